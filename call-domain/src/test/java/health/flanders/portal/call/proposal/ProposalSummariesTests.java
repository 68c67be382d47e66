package health.flanders.portal.call.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;

import health.flanders.portal.call.Call;
import health.flanders.portal.call.Bilingual;
import health.flanders.portal.call.CallGoal;
import health.flanders.portal.call.CallPhase;
import health.flanders.portal.call.CallStatus;
import health.flanders.portal.call.EvaluationDefaults;
import health.flanders.portal.call.eligibility.EligibilityCriteria;
import health.flanders.portal.call.testing.RepositoryTest;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;

@RepositoryTest
@Import(ProposalSummaries.class)
class ProposalSummariesTests {

	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

	static final Instant OPENS = Instant.parse("2026-11-01T00:00:00Z");

	static final Instant DEADLINE = Instant.parse("2027-01-15T16:00:00Z");

	@Autowired
	ProposalSummaries summaries;

	@Autowired
	TestEntityManager entities;

	@Test
	void anApplicantSeesTheProposalsTheyStartedAndThoseTheyAreInvitedToNewestFirst() {
		Call call = call("SUM-1");
		PortalUser ann = user("ann-sum@example.org");
		PortalUser bob = user("bob-sum@example.org");
		entities.persist(new Proposal(call, "OWN", ann.getId(), CLOCK));
		Proposal bobsInvitation = entities.persist(new Proposal(call, "INVITED", bob.getId(),
				Clock.offset(CLOCK, Duration.ofMinutes(1))));
		entities.persist(new ProposalInvitation(bobsInvitation, ann.getEmail(), bob.getId(), CLOCK));
		Proposal revoked = entities.persist(new Proposal(call, "REVOKED", bob.getId(), CLOCK));
		ProposalInvitation revokedInvitation = entities
			.persist(new ProposalInvitation(revoked, ann.getEmail(), bob.getId(), CLOCK));
		revokedInvitation.revoke(CLOCK);
		entities.flush();

		assertThat(summaries.forApplicant(ann.getId(), ann.getEmail())).extracting(ProposalSummary::acronym)
			.containsExactly("INVITED", "OWN");
		assertThat(summaries.forApplicant(bob.getId(), bob.getEmail())).extracting(ProposalSummary::acronym)
			.containsExactlyInAnyOrder("INVITED", "REVOKED");
		assertThat(summaries.forApplicant(user("carl-sum@example.org").getId(), "carl-sum@example.org")).isEmpty();
	}

	@Test
	void aSummaryCarriesWhatTheDashboardShowsOfTheProposalAndItsCall() {
		Call call = call("SUM-2");
		PortalUser ann = user("ann-sum2@example.org");
		Proposal proposal = entities.persist(new Proposal(call, "LINE", ann.getId(), CLOCK));
		entities.flush();

		assertThat(summaries.forApplicant(ann.getId(), ann.getEmail())).singleElement().satisfies(summary -> {
			assertThat(summary.id()).isEqualTo(proposal.getId());
			assertThat(summary.status()).isEqualTo(ProposalStatus.DRAFT);
			assertThat(summary.reference()).isNull();
			assertThat(summary.hasBeenSubmitted()).isFalse();
			assertThat(summary.callTitle().en()).isEqualTo("Personalised Medicine");
			assertThat(summary.callTitle().nl()).isEqualTo("Gepersonaliseerde geneeskunde");
			assertThat(summary.callId()).isEqualTo(call.getId());
			assertThat(summary.callStatus()).isEqualTo(CallStatus.PUBLISHED);
			assertThat(summary.callPhaseAt(CLOCK.instant())).isEqualTo(CallPhase.OPEN);
			assertThat(summary.callPhaseAt(DEADLINE)).isEqualTo(CallPhase.CLOSED);
			assertThat(summary.deadline()).isEqualTo(DEADLINE);
			assertThat(summary.callAcceptsSubmissionsAt(CLOCK.instant())).isTrue();
			assertThat(summary.callAcceptsSubmissionsAt(DEADLINE)).isFalse();
			assertThat(summary.callAcceptsSubmissionsAt(OPENS.minusSeconds(1))).isFalse();
		});
	}

	private Call call(String code) {
		Call call = new Call(code, new Bilingual("Personalised Medicine", "Gepersonaliseerde geneeskunde"),
				new Bilingual("d", "d"), OPENS, DEADLINE, new BigDecimal("10000000.00"), EligibilityCriteria.icon(),
				EvaluationDefaults.standard(), Call.MAX_ABSTRACT_LENGTH, CLOCK);
		CallGoal one = call.addGoal("1", "Knowledge", null);
		call.addGoal("1a", "Data", one);
		call.publish(CLOCK);
		return entities.persist(call);
	}

	private PortalUser user(String email) {
		return entities.persist(new PortalUser(email, "{bcrypt}x", "Someone", Locale.ENGLISH, Set.of(Role.APPLICANT),
				CLOCK));
	}
}
