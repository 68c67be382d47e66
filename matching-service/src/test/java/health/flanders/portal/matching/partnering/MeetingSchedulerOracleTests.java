package health.flanders.portal.matching.partnering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A property test: on 300 random small sessions (6 to 12 participants, 3 to 5 slots, 1 to 3 tables, random
 * availability and requests, sometimes the same pair twice), the schedule keeps every rule, explains each meeting left
 * out truthfully, and places as many meetings as Google OR-Tools' CP-SAT proves possible on the same session.
 */
class MeetingSchedulerOracleTests {

	private static final int INSTANCES = 300;

	@BeforeAll
	static void loadOrTools() {
		Loader.loadNativeLibraries();
	}

	@Test
	void placesAsManyMeetingsAsAnIndependentExactSolverAndKeepsEveryRule() {
		Random random = new Random(20261206);
		MeetingScheduler scheduler = new MeetingScheduler();
		int belowBound = 0;
		for (int instance = 0; instance < INSTANCES; instance++) {
			PartneringProblem problem = randomProblem(random);
			SchedulingOutcome outcome = scheduler.solve(problem);
			MeetingSchedule schedule = outcome.schedule();

			ScheduleRules.assertKept(problem, schedule, "instance " + instance);
			int optimum = oracle(problem);
			assertThat(schedule.placed()).as("meetings placed in instance %d", instance).hasSize(optimum);
			assertThat(outcome.optimal()).as("optimality proven in instance %d", instance).isTrue();
			assertThat(outcome.upperBound()).as("bound of instance %d", instance).isGreaterThanOrEqualTo(optimum);
			if (outcome.upperBound() > optimum) {
				belowBound++;
			}
		}
		// The instances are not all easy: on some the bound alone cannot prove the optimum and the search must.
		assertThat(belowBound).isPositive();
	}

	@Test
	void keepsEveryRuleOnLargerSessionsThatAreNotSolvedExactly() {
		Random random = new Random(7);
		MeetingScheduler scheduler = new MeetingScheduler();
		for (int instance = 0; instance < 12; instance++) {
			int participants = 40 + random.nextInt(40);
			PartneringProblem problem = randomProblem(random, participants, 6 + random.nextInt(4), 3 + random.nextInt(8),
					participants * 3);
			SchedulingOutcome outcome = scheduler.solve(problem);
			ScheduleRules.assertKept(problem, outcome.schedule(), "larger instance " + instance);
			assertThat(outcome.schedule().placed().size()).isLessThanOrEqualTo(outcome.upperBound());
		}
	}

	private static PartneringProblem randomProblem(Random random) {
		int participants = 6 + random.nextInt(7);
		int slots = 3 + random.nextInt(3);
		int tables = 1 + random.nextInt(3);
		int requests = participants / 2 + random.nextInt(participants * 2);
		return randomProblem(random, participants, slots, tables, requests);
	}

	private static PartneringProblem randomProblem(Random random, int participants, int slots, int tables,
			int requests) {
		double busy = 0.1 + 0.4 * random.nextDouble();
		Map<Long, BitSet> availability = new LinkedHashMap<>();
		for (long participant = 1; participant <= participants; participant++) {
			BitSet free = new BitSet();
			for (int slot = 0; slot < slots; slot++) {
				if (random.nextDouble() >= busy) {
					free.set(slot);
				}
			}
			availability.put(participant * 10, free);
		}
		List<MeetingRequest> meetings = new ArrayList<>();
		for (int request = 0; request < requests; request++) {
			long first = 1 + random.nextInt(participants);
			long second = 1 + random.nextInt(participants - 1);
			if (second >= first) {
				second++;
			}
			meetings.add(new MeetingRequest(1000 + request, first * 10, second * 10));
		}
		return new PartneringProblem(slots, tables, availability, meetings);
	}

	/** The most meetings any schedule can hold, by CP-SAT: one Boolean per request and common free slot. */
	static int oracle(PartneringProblem problem) {
		CpModel model = new CpModel();
		Map<String, List<BoolVar>> perParticipantSlot = new HashMap<>();
		Map<Integer, List<BoolVar>> perSlot = new HashMap<>();
		List<BoolVar> all = new ArrayList<>();
		for (MeetingRequest request : problem.requests()) {
			List<BoolVar> ofRequest = new ArrayList<>();
			for (int slot = 0; slot < problem.slots(); slot++) {
				if (problem.available(request.first(), slot) && problem.available(request.second(), slot)) {
					BoolVar x = model.newBoolVar(request.id() + "@" + slot);
					ofRequest.add(x);
					all.add(x);
					perSlot.computeIfAbsent(slot, key -> new ArrayList<>()).add(x);
					perParticipantSlot.computeIfAbsent(request.first() + "@" + slot, key -> new ArrayList<>()).add(x);
					perParticipantSlot.computeIfAbsent(request.second() + "@" + slot, key -> new ArrayList<>()).add(x);
				}
			}
			if (ofRequest.size() > 1) {
				model.addAtMostOne(ofRequest.toArray(BoolVar[]::new));
			}
		}
		perParticipantSlot.values().forEach(inSlot -> model.addAtMostOne(inSlot.toArray(BoolVar[]::new)));
		perSlot.values()
			.forEach(inSlot -> model.addLessOrEqual(LinearExpr.sum(inSlot.toArray(BoolVar[]::new)), problem.tables()));
		model.maximize(LinearExpr.sum(all.toArray(BoolVar[]::new)));
		CpSolver solver = new CpSolver();
		solver.getParameters().setNumWorkers(1);
		// Presolve costs more than it saves on models this small: without it the test takes half the time.
		solver.getParameters().setCpModelPresolve(false);
		CpSolverStatus status = solver.solve(model);
		assertThat(status).isEqualTo(CpSolverStatus.OPTIMAL);
		return (int) Math.round(solver.objectiveValue());
	}

	/** The rules every schedule keeps, checked from the problem alone. */
	static final class ScheduleRules {

		private ScheduleRules() {
		}

		static void assertKept(PartneringProblem problem, MeetingSchedule schedule, String what) {
			Map<Long, MeetingRequest> requests = new HashMap<>();
			problem.requests().forEach(request -> requests.put(request.id(), request));
			Set<Long> seen = new HashSet<>();
			Set<String> busy = new HashSet<>();
			Set<String> tables = new HashSet<>();
			Map<Integer, Integer> perSlot = new HashMap<>();
			for (PlacedMeeting meeting : schedule.placed()) {
				MeetingRequest request = requests.get(meeting.requestId());
				assertThat(request).as("%s: placed meeting is a request", what).isNotNull();
				assertThat(seen.add(meeting.requestId())).as("%s: placed once", what).isTrue();
				assertThat(meeting.slot()).as(what).isBetween(0, problem.slots() - 1);
				assertThat(meeting.table()).as(what).isBetween(0, problem.tables() - 1);
				assertThat(problem.available(request.first(), meeting.slot())).as("%s: first free", what).isTrue();
				assertThat(problem.available(request.second(), meeting.slot())).as("%s: second free", what).isTrue();
				assertThat(busy.add(request.first() + "@" + meeting.slot())).as("%s: no double booking", what).isTrue();
				assertThat(busy.add(request.second() + "@" + meeting.slot())).as("%s: no double booking", what)
					.isTrue();
				assertThat(tables.add(meeting.slot() + "/" + meeting.table())).as("%s: one meeting a table", what)
					.isTrue();
				perSlot.merge(meeting.slot(), 1, Integer::sum);
			}
			perSlot.values().forEach(count -> assertThat(count).isLessThanOrEqualTo(problem.tables()));
			for (UnplacedMeeting meeting : schedule.unplaced()) {
				MeetingRequest request = requests.get(meeting.requestId());
				assertThat(seen.add(meeting.requestId())).as("%s: placed or not, once", what).isTrue();
				List<Integer> common = new ArrayList<>();
				List<Integer> bothFree = new ArrayList<>();
				for (int slot = 0; slot < problem.slots(); slot++) {
					if (problem.available(request.first(), slot) && problem.available(request.second(), slot)) {
						common.add(slot);
						if (!busy.contains(request.first() + "@" + slot)
								&& !busy.contains(request.second() + "@" + slot)) {
							bothFree.add(slot);
						}
					}
				}
				UnplacedReason expected = common.isEmpty() ? UnplacedReason.NO_COMMON_TIME
						: bothFree.isEmpty() ? UnplacedReason.PARTICIPANTS_BUSY : UnplacedReason.TABLES_FULL;
				assertThat(meeting.reason()).as("%s: reason for %d", what, meeting.requestId()).isEqualTo(expected);
				for (int slot : bothFree) {
					assertThat(perSlot.getOrDefault(slot, 0)).as("%s: tables of slot %d full", what, slot)
						.isEqualTo(problem.tables());
				}
			}
			assertThat(seen).as("%s: every request accounted for", what).hasSize(problem.requests().size());
		}
	}
}
