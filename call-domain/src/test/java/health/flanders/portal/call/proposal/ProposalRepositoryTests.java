package health.flanders.portal.call.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import health.flanders.portal.call.Bilingual;
import health.flanders.portal.call.Call;
import health.flanders.portal.call.EvaluationDefaults;
import health.flanders.portal.call.CallGoal;
import health.flanders.portal.call.eligibility.EligibilityCriteria;
import health.flanders.portal.call.organisation.EnterpriseNumber;
import health.flanders.portal.call.organisation.Organisation;
import health.flanders.portal.call.organisation.OrganisationType;
import health.flanders.portal.call.testing.RepositoryTest;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;

@RepositoryTest
class ProposalRepositoryTests {

	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

	@Autowired
	ProposalRepository proposals;

	@Autowired
	TestEntityManager entities;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aProposalIsFoundOnlyForItsOwnApplicants() {
		Call call = call("PROP-1");
		PortalUser ann = user("ann-prop@example.org");
		PortalUser bob = user("bob-prop@example.org");
		Organisation acme = organisation("Acme Diagnostics NV", "0403.170.701");
		Proposal proposal = new Proposal(call, "ACME", ann.getId(), CLOCK);
		proposal.addressGoal(call.getGoals().get(1));
		proposal.addMember(acme, MemberRole.COORDINATOR, new BigDecimal("250000.00"));
		Long id = proposals.saveAndFlush(proposal).getId();
		entities.clear();

		Proposal found = proposals.findForApplicant(id, ann.getId(), ann.getEmail()).orElseThrow();
		assertThat(found.getMembers()).singleElement().satisfies(member -> {
			assertThat(member.getOrganisation().getName()).isEqualTo("Acme Diagnostics NV");
			assertThat(member.isCoordinator()).isTrue();
			assertThat(member.getRequestedBudgetEur()).isEqualByComparingTo("250000.00");
		});
		assertThat(found.getStatus()).isEqualTo(ProposalStatus.DRAFT);
		assertThat(proposals.findForApplicant(id, bob.getId(), bob.getEmail())).isEmpty();
	}

	@Test
	void aConsortiumHasAtMostOneCoordinatorInTheDatabase() {
		Call call = call("PROP-2");
		PortalUser ann = user("ann-coord@example.org");
		Proposal proposal = new Proposal(call, "TWOC", ann.getId(), CLOCK);
		proposal.addMember(organisation("One NV", "0202.239.951"), MemberRole.COORDINATOR, null);
		proposal.addMember(organisation("Two NV", "0207.341.062"), MemberRole.PARTNER, null);
		Long id = proposals.saveAndFlush(proposal).getId();

		assertThatThrownBy(() -> jdbc.update("update consortium_members set role = 'COORDINATOR' where proposal_id = ?",
				id))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("uk_consortium_members_one_coordinator");
	}

	private Call call(String code) {
		Call call = new Call(code, new Bilingual("Personalised Medicine", "Gepersonaliseerde geneeskunde"),
				new Bilingual("d", "d"), Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2027-01-15T16:00:00Z"),
				new BigDecimal("10000000.00"), EligibilityCriteria.icon(), EvaluationDefaults.standard(),
				Call.MAX_ABSTRACT_LENGTH, CLOCK);
		CallGoal one = call.addGoal("1", "Knowledge", null);
		call.addGoal("1a", "Data", one);
		call.publish(CLOCK);
		return entities.persist(call);
	}

	private PortalUser user(String email) {
		return entities.persist(new PortalUser(email, "{bcrypt}x", "Someone", Locale.ENGLISH, Set.of(Role.APPLICANT),
				CLOCK));
	}

	private Organisation organisation(String name, String number) {
		return entities.persist(new Organisation(name, OrganisationType.ENTERPRISE, EnterpriseNumber.parse(number),
				"9000", "Gent", "BE", CLOCK));
	}
}
