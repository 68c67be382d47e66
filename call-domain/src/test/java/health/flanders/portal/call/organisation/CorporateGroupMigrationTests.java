package health.flanders.portal.call.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import health.flanders.portal.call.testing.TestDatabase;

/** Migration V25 turns the corporate groups typed on each organisation into one registry entry per group. */
class CorporateGroupMigrationTests {

	@Test
	void groupsTypedOnOrganisationsBecomeOneEntryPerNormalisedName() {
		TestDatabase.Connection database = TestDatabase.fresh();
		DriverManagerDataSource dataSource = new DriverManagerDataSource(database.url(), database.username(),
				database.password());
		migrate(dataSource, "24?");
		JdbcClient jdbc = JdbcClient.create(dataSource);
		jdbc.sql("""
				insert into organisations (name, type, enterprise_number, corporate_group, postal_code, city, country)
				values ('Acme NV', 'ENTERPRISE', '0403000059', 'acme  group', '9000', 'Gent', 'BE'),
				       ('Bolt BV', 'ENTERPRISE', '0411000084', 'Acme Group', '9000', 'Gent', 'BE'),
				       ('Cura NV', 'ENTERPRISE', '0412000075', ' Ácme Group', '9000', 'Gent', 'BE'),
				       ('Dyna NV', 'ENTERPRISE', '0413000066', 'Acme Group', '9000', 'Gent', 'BE'),
				       ('Extra BV', 'ENTERPRISE', '0414000057', 'Barco', '8500', 'Kortrijk', 'BE'),
				       ('Free NV', 'ENTERPRISE', null, '  ', '9000', 'Gent', 'BE'),
				       ('Solo NV', 'ENTERPRISE', null, null, '9000', 'Gent', 'BE')""")
			.update();

		migrate(dataSource, "25");

		assertThat(jdbc.sql("select name, key from corporate_groups order by name").query().listOfRows())
			.containsExactly(Map.of("name", "Acme Group", "key", "acme group"), Map.of("name", "Barco", "key", "barco"));
		List<Map<String, Object>> members = jdbc.sql("""
				select o.name as organisation, g.name as group_name from organisations o
				left join corporate_groups g on g.id = o.corporate_group_id order by o.name""").query().listOfRows();
		assertThat(members).extracting(row -> row.get("organisation") + ": " + row.get("group_name"))
			.containsExactly("Acme NV: Acme Group", "Bolt BV: Acme Group", "Cura NV: Acme Group", "Dyna NV: Acme Group",
					"Extra BV: Barco", "Free NV: null", "Solo NV: null");
		assertThat(jdbc.sql("select count(*) from information_schema.columns where table_name = 'organisations' "
				+ "and column_name = 'corporate_group'").query(Long.class).single()).isZero();
	}

	/** Up to the target version; one ending in {@code ?} may be missing (the migrations before V25 that exist). */
	private static void migrate(DriverManagerDataSource dataSource, String target) {
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(target).load().migrate();
	}
}
