package health.flanders.portal.call.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import health.flanders.portal.call.testing.RepositoryTest;

@RepositoryTest
@Import(CorporateGroups.class)
class CorporateGroupsTests {

	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

	@Autowired
	CorporateGroups groups;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNameWrittenWithOtherCaseSpacesOrAccentsIsTheSameGroup() {
		CorporateGroup acme = groups.register("Acme Group").orElseThrow();

		assertThat(groups.register("acme  group")).contains(acme);
		assertThat(groups.register("  Ácme Group ")).contains(acme);
		assertThat(groups.register("ÀCME\tGROUP")).contains(acme);
		assertThat(groups.find("ACME GROUP")).contains(acme);
		assertThat(acme.getName()).isEqualTo("Acme Group");
		assertThat(acme.getKey()).isEqualTo("acme group");
		assertThat(jdbc.sql("select count(*) from corporate_groups where key = 'acme group'").query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void anotherNameIsAnotherGroupRegisteredWithItsSpacesTidied() {
		CorporateGroup acme = groups.register("Acme Holding").orElseThrow();
		CorporateGroup other = groups.register("  Acme   Pharma  Group ").orElseThrow();

		assertThat(other).isNotEqualTo(acme);
		assertThat(other.getName()).isEqualTo("Acme Pharma Group");
		assertThat(groups.nameFor("acme pharma GROUP")).isEqualTo("Acme Pharma Group");
		assertThat(groups.nameFor("Unknown  Group ")).isEqualTo("Unknown Group");
	}

	@Test
	void aBlankNameIsNoGroup() {
		assertThat(groups.register("   ")).isEmpty();
		assertThat(groups.register(null)).isEmpty();
		assertThat(groups.find("")).isEmpty();
		assertThat(groups.nameFor(" ")).isNull();
	}

	@Test
	void enterprisesWhoseGroupsWereTypedDifferentlyShareOneGroupAndCountOnce() {
		Organisation first = organisations.saveAndFlush(new Organisation("Acme NV", OrganisationType.ENTERPRISE,
				EnterpriseNumber.parse("0403000059"), "9000", "Gent", "BE", CLOCK)
			.withProfile(groups.register("Acme Group").orElseThrow(), null, null, List.of(), ""));
		Organisation second = organisations.saveAndFlush(new Organisation("Bolt BV", OrganisationType.ENTERPRISE,
				EnterpriseNumber.parse("0411000084"), "9000", "Gent", "BE", CLOCK)
			.withProfile(groups.register("acme  group").orElseThrow(), null, null, List.of(), ""));

		assertThat(second.getCorporateGroup().getId()).isEqualTo(first.getCorporateGroup().getId());
		assertThat(groups.all()).extracting(CorporateGroup::getName).contains("Acme Group");
	}

	@Test
	void anUpdateNamingTheSameGroupOtherwiseChangesNothing() {
		CorporateGroup acme = groups.register("Acme Group").orElseThrow();
		Organisation organisation = organisations.saveAndFlush(new Organisation("Cura NV", OrganisationType.ENTERPRISE,
				EnterpriseNumber.parse("0412000075"), "9000", "Gent", "BE", CLOCK)
			.withProfile(acme, null, null, List.of(), ""));

		PartnerProfile retyped = organisation.profile().inGroup("ACME  group");
		assertThat(organisation.update(retyped, groups.register(retyped.corporateGroup()).orElseThrow(), CLOCK))
			.isEmpty();
		assertThat(organisation.update(retyped.inGroup("Barco"), groups.register("Barco").orElseThrow(), CLOCK))
			.containsExactly("corporateGroup");
		assertThat(organisation.getCorporateGroup().getName()).isEqualTo("Barco");
	}
}
