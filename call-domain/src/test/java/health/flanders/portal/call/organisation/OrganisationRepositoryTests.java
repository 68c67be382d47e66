package health.flanders.portal.call.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import health.flanders.portal.call.testing.RepositoryTest;

@RepositoryTest
class OrganisationRepositoryTests {

	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	TestEntityManager entities;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anOrganisationIsStoredWithItsProfileAndFoundByEnterpriseNumber() {
		Organisation saved = organisations.saveAndFlush(new Organisation("KU Leuven", OrganisationType.RTO,
				EnterpriseNumber.parse("0419.052.173"), "3000", "Leuven", "be", CLOCK)
			.withResearchKind(ResearchKind.UNIVERSITY)
			.withProfile(null, "Oude Markt 13", "https://www.kuleuven.be", List.of("pharmacogenomics", "biobank"),
					"A university."));
		entities.clear();

		Organisation found = organisations.findByEnterpriseNumber("0419052173").orElseThrow();
		assertThat(found.getId()).isEqualTo(saved.getId());
		assertThat(found.getCountry()).isEqualTo("BE");
		assertThat(found.getRegion()).isEqualTo(Region.FLEMISH_REGION);
		assertThat(found.getEnterpriseNumber().formatted()).isEqualTo("0419.052.173");
		assertThat(found.getExpertise()).containsExactly("pharmacogenomics", "biobank");
		assertThat(found.getResearchKind()).isEqualTo(ResearchKind.UNIVERSITY);
	}

	@Test
	void anEnterpriseNumberIsUnique() {
		organisations.saveAndFlush(new Organisation("First NV", OrganisationType.ENTERPRISE,
				EnterpriseNumber.parse("0403.170.701"), "9000", "Gent", "BE", CLOCK));
		assertThatThrownBy(() -> organisations.saveAndFlush(new Organisation("Second NV", OrganisationType.ENTERPRISE,
				EnterpriseNumber.parse("0403.170.701"), "2000", "Antwerpen", "BE", CLOCK)))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void theDatabaseRefusesAnEnterpriseNumberWithAWrongCheck() {
		assertThatThrownBy(() -> jdbc.update("""
				insert into organisations (name, type, enterprise_number, postal_code, city, country)
				values ('Wrong Check NV', 'ENTERPRISE', '0419052174', '9000', 'Gent', 'BE')"""))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("ck_organisations_enterprise_number_mod97");
	}

	@Test
	void onlyAnEnterpriseHasASize() {
		assertThatThrownBy(() -> jdbc.update("""
				insert into organisations (name, type, size, postal_code, city, country)
				values ('Sized Hospital', 'HOSPITAL', 'SME', '3000', 'Leuven', 'BE')"""))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("ck_organisations_size_for_enterprises");
	}
}
