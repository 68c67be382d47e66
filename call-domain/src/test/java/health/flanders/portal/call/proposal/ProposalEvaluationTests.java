package health.flanders.portal.call.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import health.flanders.portal.call.Bilingual;
import health.flanders.portal.call.Call;
import health.flanders.portal.call.EvaluationDefaults;
import health.flanders.portal.call.GoalDefinition;
import health.flanders.portal.call.eligibility.EligibilityCriteria;
import health.flanders.portal.call.organisation.EnterpriseNumber;
import health.flanders.portal.call.organisation.Organisation;
import health.flanders.portal.call.organisation.OrganisationType;

/** A proposal's phases after the deadline, as rules of the proposal itself: evaluated, then funded or not. */
class ProposalEvaluationTests {

	static final Instant OPENS = Instant.parse("2027-02-01T08:00:00Z");

	static final Instant DEADLINE = Instant.parse("2027-04-15T15:00:00Z");

	static final Clock BEFORE = at(DEADLINE.minusSeconds(3600));

	static final Clock AFTER = at(DEADLINE.plusSeconds(3600));

	final Call call = publishedCall();

	final Organisation one = organisation("One NV", "0419052173");

	final Organisation two = organisation("Two BV", "0403170701");

	final Organisation three = organisation("Three NV", "0202239951");

	@Test
	void aSubmittedProposalEntersTheEvaluationOnlyOnceItsCallsEvaluationStarted() {
		Proposal proposal = submitted();

		assertThatIllegalStateException().isThrownBy(() -> proposal.enterEvaluation(AFTER));
		assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.SUBMITTED);

		call.startEvaluation(AFTER);
		proposal.enterEvaluation(AFTER);

		assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.IN_EVALUATION);
		assertThat(proposal.isOpenForApplicants()).isFalse();
	}

	@Test
	void aDraftAWithdrawnOrAnEvaluatedProposalDoesNotEnterTheEvaluation() {
		Proposal draft = draft();
		Proposal withdrawn = submitted();
		withdrawn.withdraw(BEFORE);
		Proposal evaluated = submitted();
		call.startEvaluation(AFTER);
		evaluated.enterEvaluation(AFTER);

		for (Proposal proposal : List.of(draft, withdrawn, evaluated)) {
			ProposalStatus before = proposal.getStatus();
			assertThatIllegalStateException().isThrownBy(() -> proposal.enterEvaluation(AFTER));
			assertThat(proposal.getStatus()).isEqualTo(before);
		}
	}

	@Test
	void aReopenedProposalReturnsToItsSubmittedVersionOnceTheDeadlinePassed() {
		Proposal proposal = submitted();
		proposal.reopen(BEFORE);
		proposal.describe("A new title", "A new abstract", "IV", "Need", "Economy", "Society", 36, BEFORE);
		proposal.addMember(three, MemberRole.COORDINATOR, new BigDecimal("5.00"));
		SubmittedContent submitted = new SubmittedContent("ACRO", "The submitted title", "The submitted abstract", "II",
				"A high need.", "Sales.", "Better care.", 24, List.of("1a"),
				List.of(new SubmittedContent.Member(one, MemberRole.COORDINATOR, new BigDecimal("200000.00")),
						new SubmittedContent.Member(two, MemberRole.PARTNER, new BigDecimal("100000.00"))));

		assertThatIllegalStateException().isThrownBy(() -> proposal.returnToSubmitted(submitted, BEFORE));
		proposal.returnToSubmitted(submitted, AFTER);

		assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.SUBMITTED);
		assertThat(proposal.getTitle()).isEqualTo("The submitted title");
		assertThat(proposal.getAbstractText()).isEqualTo("The submitted abstract");
		assertThat(proposal.getDiseaseArea()).isEqualTo("II");
		assertThat(proposal.getDurationMonths()).isEqualTo(24);
		assertThat(proposal.getGoals()).extracting(goal -> goal.getCode()).containsExactly("1a");
		assertThat(proposal.getMembers()).extracting(member -> member.getOrganisation().getName(),
				ConsortiumMember::getRole, member -> member.getRequestedBudgetEur().toPlainString())
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("One NV", MemberRole.COORDINATOR, "200000.00"),
					org.assertj.core.groups.Tuple.tuple("Two BV", MemberRole.PARTNER, "100000.00"));

		call.startEvaluation(AFTER);
		proposal.enterEvaluation(AFTER);
		assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.IN_EVALUATION);
	}

	@Test
	void aDraftNeverSubmittedHasNoVersionToReturnTo() {
		Proposal draft = draft();
		SubmittedContent content = new SubmittedContent("ACRO", "T", "A", null, "", "", "", null, List.of(), List.of());

		assertThatIllegalStateException().isThrownBy(() -> draft.returnToSubmitted(content, AFTER));
		assertThat(draft.getStatus()).isEqualTo(ProposalStatus.DRAFT);
	}

	@Test
	void theDecisionFundsOrDoesNotFundAProposalInEvaluationOnly() {
		Proposal funded = submitted();
		Proposal notFunded = submitted();
		Proposal withdrawn = submitted();
		withdrawn.withdraw(BEFORE);
		Proposal notYetEvaluated = submitted();
		call.startEvaluation(AFTER);
		funded.enterEvaluation(AFTER);
		notFunded.enterEvaluation(AFTER);

		funded.fund(AFTER);
		notFunded.notFund(AFTER);

		assertThat(funded.getStatus()).isEqualTo(ProposalStatus.FUNDED);
		assertThat(notFunded.getStatus()).isEqualTo(ProposalStatus.NOT_FUNDED);
		assertThatIllegalStateException().isThrownBy(() -> funded.notFund(AFTER));
		assertThatIllegalStateException().isThrownBy(() -> notFunded.fund(AFTER));
		assertThatIllegalStateException().isThrownBy(() -> withdrawn.fund(AFTER));
		assertThatIllegalStateException().isThrownBy(() -> notYetEvaluated.notFund(AFTER));
		assertThat(funded.getStatus()).isEqualTo(ProposalStatus.FUNDED);
		assertThat(withdrawn.getStatus()).isEqualTo(ProposalStatus.WITHDRAWN);
		assertThat(notYetEvaluated.getStatus()).isEqualTo(ProposalStatus.SUBMITTED);
	}

	private Proposal draft() {
		Proposal proposal = new Proposal(call, "ACRO", 1L, BEFORE);
		proposal.addMember(one, MemberRole.COORDINATOR, new BigDecimal("200000.00"));
		proposal.addMember(two, MemberRole.PARTNER, new BigDecimal("100000.00"));
		proposal.describe("The submitted title", "The submitted abstract", "II", "A high need.", "Sales.",
				"Better care.", 24, BEFORE);
		return proposal;
	}

	private Proposal submitted() {
		Proposal proposal = draft();
		proposal.submit("ICON-PM-2027-0001", BEFORE);
		return proposal;
	}

	private static Call publishedCall() {
		Call call = new Call("ICON-PM-2027", new Bilingual("Personalised Medicine", "Gepersonaliseerde geneeskunde"),
				new Bilingual("The call.", "De oproep."), OPENS, DEADLINE, new BigDecimal("10000000.00"),
				EligibilityCriteria.icon(), EvaluationDefaults.standard(), Call.MAX_ABSTRACT_LENGTH,
				at(Instant.parse("2027-01-01T00:00:00Z")));
		call.defineGoals(List.of(new GoalDefinition("1", null, new Bilingual("Knowledge", "Kennis")),
				new GoalDefinition("1a", "1", new Bilingual("Data", "Data"))), false);
		call.publish(at(Instant.parse("2027-01-10T00:00:00Z")));
		return call;
	}

	private static Organisation organisation(String name, String number) {
		return new Organisation(name, OrganisationType.ENTERPRISE, EnterpriseNumber.parse(number), "9000", "Gent", "BE",
				at(OPENS));
	}

	private static Clock at(Instant instant) {
		return Clock.fixed(instant, ZoneOffset.UTC);
	}
}
