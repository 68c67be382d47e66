package health.flanders.portal.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import health.flanders.portal.call.eligibility.EligibilityCriteria;

/** The life of a call as rules of the call itself: each phase by the clock, each refused change in words. */
class CallTests {

	static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	static final Instant OPENS = Instant.parse("2027-02-01T08:00:00Z");

	static final Instant DEADLINE = Instant.parse("2027-04-15T15:00:00Z");

	static Clock at(Instant instant) {
		return Clock.fixed(instant, ZoneOffset.UTC);
	}

	static Call draft() {
		Call call = new Call("ICON-PM-2027", new Bilingual("Personalised Medicine", "Gepersonaliseerde geneeskunde"),
				new Bilingual("The call.", "De oproep."), OPENS, DEADLINE, new BigDecimal("10000000.00"),
				EligibilityCriteria.icon(), EvaluationDefaults.standard(), Call.MAX_ABSTRACT_LENGTH,
				at(Instant.parse("2027-01-01T00:00:00Z")));
		call.defineGoals(List.of(new GoalDefinition("1", null, new Bilingual("Knowledge", "Kennis")),
				new GoalDefinition("1a", "1", new Bilingual("Data", "Data"))), false);
		return call;
	}

	static Call published() {
		Call call = draft();
		call.publish(at(Instant.parse("2027-01-10T00:00:00Z")));
		return call;
	}

	static CallChangeRefusedException refusal(Runnable change) {
		try {
			change.run();
		}
		catch (CallChangeRefusedException ex) {
			return ex;
		}
		throw new AssertionError("The change was not refused");
	}

	@Test
	void aPublishedCallIsUpcomingThenOpenThenClosedByTheClockAlone() {
		Call call = published();

		assertThat(call.phaseAt(OPENS.minusSeconds(1))).isEqualTo(CallPhase.PUBLISHED);
		assertThat(call.phaseAt(OPENS)).isEqualTo(CallPhase.OPEN);
		assertThat(call.phaseAt(DEADLINE.minusNanos(1))).isEqualTo(CallPhase.OPEN);
		assertThat(call.phaseAt(DEADLINE)).isEqualTo(CallPhase.CLOSED);
		assertThat(call.acceptsSubmissionsAt(DEADLINE.minusMillis(1))).isTrue();
		assertThat(call.acceptsSubmissionsAt(DEADLINE)).isFalse();
		assertThat(call.acceptsSubmissionsAt(OPENS.minusSeconds(1))).isFalse();
	}

	@Test
	void aDraftIsNoPhaseTheClockChanges() {
		Call call = draft();

		assertThat(call.phaseAt(OPENS.plusSeconds(10))).isEqualTo(CallPhase.DRAFT);
		assertThat(call.acceptsSubmissionsAt(OPENS.plusSeconds(10))).isFalse();
	}

	@Test
	void theWholeLifeRunsInItsOrder() {
		Call call = published();
		call.startEvaluation(at(DEADLINE));
		assertThat(call.phaseAt(DEADLINE)).isEqualTo(CallPhase.IN_EVALUATION);
		assertThat(call.getEvaluationStartedAt()).isEqualTo(DEADLINE);

		call.decide(at(DEADLINE.plus(Duration.ofDays(60))));
		assertThat(call.phaseAt(DEADLINE.plus(Duration.ofDays(60)))).isEqualTo(CallPhase.DECIDED);
		assertThat(call.getDecidedAt()).isEqualTo(DEADLINE.plus(Duration.ofDays(60)));
	}

	@Test
	void publishingTwiceIsRefused() {
		Call call = published();

		assertThat(refusal(() -> call.publish(at(OPENS))).code()).isEqualTo("call.refused.publish.not-draft");
	}

	@Test
	void publishingAfterTheDeadlineIsRefused() {
		Call call = draft();

		assertThat(refusal(() -> call.publish(at(DEADLINE))).code()).isEqualTo("call.refused.publish.deadline-passed");
		assertThat(call.getStatus()).isEqualTo(CallStatus.DRAFT);
	}

	@Test
	void publishingWithoutTheDutchTextsIsRefused() {
		Call call = new Call("EN-ONLY", "Title", "Description", OPENS, DEADLINE, BigDecimal.TEN,
				EligibilityCriteria.icon(), at(OPENS.minusSeconds(3600)));
		call.defineGoals(List.of(new GoalDefinition("1", null, new Bilingual("K", "")),
				new GoalDefinition("1a", "1", new Bilingual("D", ""))), false);

		assertThat(refusal(() -> call.publish(at(OPENS))).code()).isEqualTo("call.refused.publish.dutch-missing");
	}

	@Test
	void publishingWithoutASubGoalIsRefused() {
		Call call = draft();
		call.defineGoals(List.of(new GoalDefinition("1", null, new Bilingual("Knowledge", "Kennis"))), false);

		assertThat(refusal(() -> call.publish(at(OPENS))).code()).isEqualTo("call.refused.publish.no-goals");
	}

	@Test
	void theEvaluationCannotStartBeforeTheDeadline() {
		Call call = published();

		assertThat(refusal(() -> call.startEvaluation(at(OPENS.minusSeconds(1)))).code())
			.isEqualTo("call.refused.evaluation.published");
		assertThat(refusal(() -> call.startEvaluation(at(DEADLINE.minus(Duration.ofDays(42))))).code())
			.isEqualTo("call.refused.evaluation.open");
		assertThat(refusal(() -> call.startEvaluation(at(DEADLINE.minusMillis(1)))).code())
			.isEqualTo("call.refused.evaluation.open");
		assertThat(call.getStatus()).isEqualTo(CallStatus.PUBLISHED);
	}

	@Test
	void aDraftHasNoEvaluationAndAnEvaluationStartsOnce() {
		assertThat(refusal(() -> draft().startEvaluation(at(DEADLINE))).code())
			.isEqualTo("call.refused.evaluation.draft");
		Call call = published();
		call.startEvaluation(at(DEADLINE));

		assertThat(refusal(() -> call.startEvaluation(at(DEADLINE.plusSeconds(1)))).code())
			.isEqualTo("call.refused.evaluation.in-evaluation");
	}

	@Test
	void onlyACallInEvaluationIsDecided() {
		assertThat(refusal(() -> published().decide(at(DEADLINE))).code())
			.isEqualTo("call.refused.decide.not-in-evaluation");
		assertThat(refusal(() -> draft().decide(at(DEADLINE))).code()).isEqualTo("call.refused.decide.not-in-evaluation");
	}

	@Test
	void theAssignmentIsReleasedOnceDuringTheEvaluation() {
		Call call = published();
		assertThat(refusal(() -> call.releaseAssignment(at(DEADLINE))).code())
			.isEqualTo("call.refused.release.not-in-evaluation");
		call.startEvaluation(at(DEADLINE));
		call.releaseAssignment(at(DEADLINE.plusSeconds(60)));
		assertThat(call.getAssignmentReleasedAt()).isEqualTo(DEADLINE.plusSeconds(60));
		assertThat(refusal(() -> call.releaseAssignment(at(DEADLINE.plusSeconds(120)))).code())
			.isEqualTo("call.refused.release.twice");
		call.decide(at(DEADLINE.plusSeconds(180)));
		assertThat(refusal(() -> call.releaseAssignment(at(DEADLINE.plusSeconds(240)))).code())
			.isEqualTo("call.refused.release.not-in-evaluation");
	}

	@Test
	void anOpenCallsDeadlineIsExtendedNeverShortened() {
		Call call = published();
		Clock whileOpen = at(DEADLINE.minus(Duration.ofDays(3)));

		assertThat(refusal(() -> call.extendDeadline(DEADLINE.minusSeconds(60), "Earlier", whileOpen)).code())
			.isEqualTo("call.refused.extend.not-later");
		assertThat(refusal(() -> call.extendDeadline(DEADLINE, "The same", whileOpen)).code())
			.isEqualTo("call.refused.extend.not-later");
		assertThat(refusal(() -> call.extendDeadline(DEADLINE.plus(Duration.ofDays(7)), " ", whileOpen)).code())
			.isEqualTo("call.refused.extend.no-reason");

		call.extendDeadline(DEADLINE.plus(Duration.ofDays(7)), "The portal was down for a day", whileOpen);

		assertThat(call.getDeadline()).isEqualTo(DEADLINE.plus(Duration.ofDays(7)));
		assertThat(call.phaseAt(DEADLINE.plus(Duration.ofDays(1)))).isEqualTo(CallPhase.OPEN);
	}

	@Test
	void aClosedOrUpcomingCallsDeadlineIsNotExtended() {
		Call call = published();

		assertThat(refusal(() -> call.extendDeadline(DEADLINE.plus(Duration.ofDays(7)), "Late", at(DEADLINE))).code())
			.isEqualTo("call.refused.extend.not-open");
		assertThat(refusal(() -> call.extendDeadline(DEADLINE.plus(Duration.ofDays(7)), "Early", at(OPENS.minusSeconds(1))))
			.code()).isEqualTo("call.refused.extend.not-open");
	}

	@Test
	void anOpenCallIsNotRescheduledThroughTheForm() {
		Call call = published();
		Clock whileOpen = at(OPENS.plus(Duration.ofDays(1)));

		assertThat(refusal(() -> call.reschedule(OPENS.plusSeconds(60), DEADLINE, whileOpen)).code())
			.isEqualTo("call.refused.schedule.opened");
		assertThat(refusal(() -> call.reschedule(OPENS, DEADLINE.minusSeconds(60), whileOpen)).code())
			.isEqualTo("call.refused.schedule.extend-only");
		assertThat(refusal(() -> call.reschedule(OPENS, DEADLINE.plusSeconds(60), at(DEADLINE))).code())
			.isEqualTo("call.refused.schedule.closed");
		call.reschedule(OPENS, DEADLINE, whileOpen);
		assertThat(call.getDeadline()).isEqualTo(DEADLINE);
	}

	@Test
	void anUpcomingCallMovesFreelyButNotIntoThePast() {
		Call call = published();
		Clock beforeOpening = at(OPENS.minus(Duration.ofDays(2)));

		call.reschedule(OPENS.plus(Duration.ofDays(1)), DEADLINE.minus(Duration.ofDays(10)), beforeOpening);

		assertThat(call.getOpensAt()).isEqualTo(OPENS.plus(Duration.ofDays(1)));
		assertThat(call.getDeadline()).isEqualTo(DEADLINE.minus(Duration.ofDays(10)));
		assertThat(refusal(() -> call.reschedule(OPENS.minus(Duration.ofDays(30)), OPENS.minus(Duration.ofDays(3)),
				beforeOpening)).code()).isEqualTo("call.refused.schedule.deadline-past");
		assertThatIllegalArgumentException().isThrownBy(() -> call.reschedule(DEADLINE, OPENS, beforeOpening));
	}

	@Test
	void rulesAndGoalsAreLockedOnceProposalsExistButTitlesMayBeCorrected() {
		Call call = published();
		EligibilityCriteria looser = new EligibilityCriteria(2, 1, false, false, null, null, null);

		assertThat(refusal(() -> call.changeRules(looser, 4000, true)).code()).isEqualTo("call.refused.rules.locked");
		assertThat(refusal(() -> call.changeRules(EligibilityCriteria.icon(), 2000, true)).code())
			.isEqualTo("call.refused.rules.locked");
		call.changeRules(EligibilityCriteria.icon(), Call.MAX_ABSTRACT_LENGTH, true);

		List<GoalDefinition> reordered = List.of(new GoalDefinition("1", null, new Bilingual("Knowledge", "Kennis")),
				new GoalDefinition("1a", "1", new Bilingual("Data", "Data")),
				new GoalDefinition("1b", "1", new Bilingual("More", "Meer")));
		assertThat(refusal(() -> call.defineGoals(reordered, true)).code()).isEqualTo("call.refused.goals.locked");

		call.defineGoals(List.of(new GoalDefinition("1", null, new Bilingual("Knowledge, corrected", "Kennis, verbeterd")),
				new GoalDefinition("1a", "1", new Bilingual("Data", "Gegevens"))), true);
		assertThat(call.getGoals().get(0).getTitle(Locale.forLanguageTag("nl"))).isEqualTo("Kennis, verbeterd");

		call.changeRules(looser, 2000, false);
		assertThat(call.getEligibility().minIndependentFlemishEnterprises()).isEqualTo(2);
		assertThat(call.getAbstractMaxLength()).isEqualTo(2000);
	}

	@Test
	void goalsAreAddedReorderedAndRemovedInADraft() {
		Call call = draft();

		call.defineGoals(List.of(new GoalDefinition("2", null, new Bilingual("Second", "Tweede")),
				new GoalDefinition("2a", "2", new Bilingual("Sub", "Sub")),
				new GoalDefinition("1", null, new Bilingual("Knowledge", "Kennis"))), false);

		assertThat(call.getGoals()).extracting(CallGoal::getCode).containsExactly("2", "2a", "1");
		assertThat(call.getGoals()).extracting(CallGoal::getPosition).containsExactly(0, 1, 2);
		assertThatIllegalArgumentException().isThrownBy(() -> call.defineGoals(
				List.of(new GoalDefinition("1a", "1", new Bilingual("Orphan", "Wees"))), false));
	}

	@Test
	void aDecidedCallKeepsItsBudget() {
		Call call = published();
		call.startEvaluation(at(DEADLINE));
		call.changeBudget(new BigDecimal("12000000.00"));
		call.decide(at(DEADLINE.plus(Duration.ofDays(30))));

		assertThat(refusal(() -> call.changeBudget(BigDecimal.ONE)).code()).isEqualTo("call.refused.budget.decided");
		assertThat(call.getBudgetEur()).isEqualByComparingTo("12000000.00");
	}

	@Test
	void aDeadlineAt17OnTheDaysDaylightSavingChangesIs17InBrussels() {
		Instant spring = LocalDateTime.of(2027, 3, 28, 17, 0).atZone(BRUSSELS).toInstant();
		Instant autumn = LocalDateTime.of(2027, 10, 31, 17, 0).atZone(BRUSSELS).toInstant();
		assertThat(spring).isEqualTo(Instant.parse("2027-03-28T15:00:00Z"));
		assertThat(autumn).isEqualTo(Instant.parse("2027-10-31T16:00:00Z"));

		Call springCall = new Call("SPRING", new Bilingual("S", "S"), new Bilingual("S", "S"),
				Instant.parse("2027-03-01T08:00:00Z"), spring, BigDecimal.TEN, EligibilityCriteria.icon(),
				EvaluationDefaults.standard(), 4000, at(Instant.parse("2027-02-01T00:00:00Z")));
		springCall.defineGoals(draft().goalDefinitions(), false);
		springCall.publish(at(Instant.parse("2027-02-01T00:00:00Z")));

		assertThat(springCall.phaseAt(Instant.parse("2027-03-28T14:59:59Z"))).isEqualTo(CallPhase.OPEN);
		assertThat(springCall.phaseAt(Instant.parse("2027-03-28T15:00:00Z"))).isEqualTo(CallPhase.CLOSED);
	}

	@Test
	void aCopyIsANewDraftWithTheSameTextsRulesAndGoals() {
		Call source = published();

		Call copy = source.copyAsDraft("ICON-PM-2028", OPENS.plus(Duration.ofDays(365)),
				DEADLINE.plus(Duration.ofDays(365)), at(DEADLINE));

		assertThat(copy.getStatus()).isEqualTo(CallStatus.DRAFT);
		assertThat(copy.getCode()).isEqualTo("ICON-PM-2028");
		assertThat(copy.getBilingualTitle()).isEqualTo(source.getBilingualTitle());
		assertThat(copy.goalDefinitions()).isEqualTo(source.goalDefinitions());
		assertThat(copy.getEligibility()).isNotSameAs(source.getEligibility());
		assertThat(copy.getEligibility().maxResearchBudgetShare()).isEqualByComparingTo("0.40");
	}

	@Test
	void aReaderOfDutchSeesTheDutchTextAndOthersTheEnglish() {
		Call call = draft();

		assertThat(call.getTitle(Locale.forLanguageTag("nl"))).isEqualTo("Gepersonaliseerde geneeskunde");
		assertThat(call.getTitle(Locale.ENGLISH)).isEqualTo("Personalised Medicine");
		assertThat(call.getTitle(Locale.FRENCH)).isEqualTo("Personalised Medicine");
		assertThat(new Bilingual("English", " ").in(Locale.forLanguageTag("nl"))).isEqualTo("English");
	}

	@Test
	void theEnglishTextsAreNeeded() {
		assertThatThrownBy(() -> draft().describe(new Bilingual("", "Titel"), new Bilingual("d", "d")))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
