package health.flanders.portal.matching.partnering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MeetingSchedulerTests {

	private static final long ANNA = 1;

	private static final long BRAM = 2;

	private static final long CHLOE = 3;

	private static final long DIRK = 4;

	private static final long EVA = 5;

	private final MeetingScheduler scheduler = new MeetingScheduler();

	@Test
	void placesEveryMeetingWhenThereIsRoomWithoutDoubleBooking() {
		PartneringProblem problem = problem(3, 2,
				free(ANNA, 0, 1, 2), free(BRAM, 0, 1, 2), free(CHLOE, 0, 1, 2), free(DIRK, 0, 1, 2),
				meeting(10, ANNA, BRAM), meeting(11, ANNA, CHLOE), meeting(12, ANNA, DIRK), meeting(13, BRAM, CHLOE),
				meeting(14, BRAM, DIRK), meeting(15, CHLOE, DIRK));

		MeetingSchedule schedule = this.scheduler.schedule(problem);

		assertThat(schedule.placed()).hasSize(6);
		assertThat(schedule.unplaced()).isEmpty();
		MeetingSchedulerOracleTests.ScheduleRules.assertKept(problem, schedule, "round robin");
	}

	@Test
	void aMeetingWithoutCommonFreeTimeIsLeftOutWithThatReason() {
		PartneringProblem problem = problem(3, 5, free(ANNA, 0), free(BRAM, 1, 2), free(CHLOE, 0, 1),
				meeting(10, ANNA, BRAM), meeting(11, BRAM, CHLOE));

		MeetingSchedule schedule = this.scheduler.schedule(problem);

		assertThat(schedule.unplaced()).containsExactly(new UnplacedMeeting(10, UnplacedReason.NO_COMMON_TIME));
		assertThat(schedule.placed()).containsExactly(new PlacedMeeting(11, 1, 0));
	}

	@Test
	void aParticipantMissingFromTheAvailabilityIsFreeInNoSlot() {
		PartneringProblem problem = problem(2, 1, free(ANNA, 0, 1), meeting(10, ANNA, BRAM));

		assertThat(this.scheduler.schedule(problem).unplaced())
			.containsExactly(new UnplacedMeeting(10, UnplacedReason.NO_COMMON_TIME));
	}

	@Test
	void whenAParticipantIsAskedByTwoForTheOnlySlotTheEarlierRequestWinsAndTheOtherIsBusy() {
		PartneringProblem problem = problem(1, 5, free(ANNA, 0), free(BRAM, 0), free(CHLOE, 0),
				meeting(10, CHLOE, ANNA), meeting(11, ANNA, BRAM));

		MeetingSchedule schedule = this.scheduler.schedule(problem);

		assertThat(schedule.placed()).extracting(PlacedMeeting::requestId).containsExactly(10L);
		assertThat(schedule.unplaced()).containsExactly(new UnplacedMeeting(11, UnplacedReason.PARTICIPANTS_BUSY));
	}

	@Test
	void whenEveryTableOfTheCommonFreeSlotIsTakenTheMeetingIsLeftOutForTables() {
		PartneringProblem problem = problem(2, 1, free(ANNA, 0), free(BRAM, 0), free(CHLOE, 0, 1), free(DIRK, 0),
				free(EVA, 1), meeting(10, ANNA, BRAM), meeting(11, CHLOE, DIRK), meeting(12, CHLOE, EVA));

		MeetingSchedule schedule = this.scheduler.schedule(problem);

		// Chloe and Eva meet in slot 1, so Chloe is busy there; slot 0 has Chloe and Dirk free but its one table taken.
		assertThat(schedule.placed()).extracting(PlacedMeeting::requestId).containsExactlyInAnyOrder(10L, 12L);
		assertThat(schedule.unplaced()).containsExactly(new UnplacedMeeting(11, UnplacedReason.TABLES_FULL));
	}

	@Test
	void movesMeetingsAroundToFitMoreThanTakingThemInOrderWould() {
		// In order, Anna and Bram would take slot 0, the only slot Anna and Chloe share; moving them to slot 1 fits both.
		PartneringProblem problem = problem(2, 1, free(ANNA, 0, 1), free(BRAM, 0, 1), free(CHLOE, 0),
				meeting(10, ANNA, BRAM), meeting(11, ANNA, CHLOE));

		MeetingSchedule schedule = this.scheduler.schedule(problem);

		assertThat(schedule.placed()).containsExactly(new PlacedMeeting(11, 0, 0), new PlacedMeeting(10, 1, 0));
		assertThat(schedule.unplaced()).isEmpty();
	}

	@Test
	void prefersMoreMeetingsOverAnEarlierRequest() {
		// Anna-Bram first in priority would block both Anna-Chloe and Bram-Dirk (one slot, two tables).
		PartneringProblem problem = problem(1, 2, free(ANNA, 0), free(BRAM, 0), free(CHLOE, 0), free(DIRK, 0),
				meeting(10, ANNA, BRAM), meeting(11, ANNA, CHLOE), meeting(12, BRAM, DIRK));

		MeetingSchedule schedule = this.scheduler.schedule(problem);

		assertThat(schedule.placed()).extracting(PlacedMeeting::requestId).containsExactlyInAnyOrder(11L, 12L);
		assertThat(schedule.unplaced()).containsExactly(new UnplacedMeeting(10, UnplacedReason.PARTICIPANTS_BUSY));
	}

	@Test
	void amongScheduleOfEqualSizeTheEarlierRequestsAreKept() {
		// One table in one slot: only one of three meetings fits, the first asked for.
		PartneringProblem problem = problem(1, 1, free(ANNA, 0), free(BRAM, 0), free(CHLOE, 0), free(DIRK, 0),
				free(EVA, 0), meeting(10, CHLOE, DIRK), meeting(11, ANNA, BRAM), meeting(12, BRAM, EVA));

		MeetingSchedule schedule = this.scheduler.schedule(problem);

		assertThat(schedule.placed()).extracting(PlacedMeeting::requestId).containsExactly(10L);
		assertThat(schedule.unplaced()).containsExactly(new UnplacedMeeting(11, UnplacedReason.TABLES_FULL),
				new UnplacedMeeting(12, UnplacedReason.TABLES_FULL));
	}

	@Test
	void aParticipantStaysAtTheSameTableForConsecutiveMeetings() {
		PartneringProblem problem = problem(2, 3, free(ANNA, 0, 1), free(BRAM, 0, 1), free(CHLOE, 0, 1),
				free(DIRK, 0, 1), free(EVA, 0, 1), meeting(10, BRAM, CHLOE), meeting(11, DIRK, EVA),
				meeting(12, ANNA, BRAM), meeting(13, CHLOE, DIRK));

		MeetingSchedule schedule = this.scheduler.schedule(problem);

		assertThat(schedule.placed()).hasSize(4);
		// Each of the second-slot meetings has someone who sat at a table in the first: they keep it.
		for (PlacedMeeting second : schedule.placed()) {
			if (second.slot() == 1) {
				MeetingRequest request = request(problem, second.requestId());
				assertThat(schedule.placed()).anySatisfy(first -> {
					assertThat(first.slot()).isZero();
					assertThat(first.table()).isEqualTo(second.table());
					MeetingRequest earlier = request(problem, first.requestId());
					assertThat(earlier.involves(request.first()) || earlier.involves(request.second())).isTrue();
				});
			}
		}
	}

	@Test
	void saysWhyAMoveByHandIsRefused() {
		PartneringProblem problem = problem(3, 2, free(ANNA, 0, 1, 2), free(BRAM, 0, 1), free(CHLOE, 0, 1, 2),
				free(DIRK, 0, 1, 2), meeting(10, ANNA, BRAM), meeting(11, CHLOE, DIRK), meeting(12, ANNA, CHLOE));
		MeetingSchedule schedule = new MeetingSchedule(
				List.of(new PlacedMeeting(10, 0, 0), new PlacedMeeting(11, 0, 1), new PlacedMeeting(12, 1, 0)),
				List.of());

		assertThat(this.scheduler.checkMove(problem, schedule, 99, 0, 0))
			.contains(new MoveRefusal(MoveRefusal.Reason.UNKNOWN_MEETING, null, null));
		assertThat(this.scheduler.checkMove(problem, schedule, 10, 3, 0))
			.contains(new MoveRefusal(MoveRefusal.Reason.NO_SUCH_SLOT, null, null));
		assertThat(this.scheduler.checkMove(problem, schedule, 10, 1, 2))
			.contains(new MoveRefusal(MoveRefusal.Reason.NO_SUCH_TABLE, null, null));
		assertThat(this.scheduler.checkMove(problem, schedule, 10, 2, 0))
			.contains(new MoveRefusal(MoveRefusal.Reason.PARTICIPANT_UNAVAILABLE, BRAM, null));
		assertThat(this.scheduler.checkMove(problem, schedule, 10, 1, 1))
			.contains(new MoveRefusal(MoveRefusal.Reason.PARTICIPANT_BUSY, ANNA, 12L));
		assertThat(this.scheduler.checkMove(problem, schedule, 11, 1, 0))
			.contains(new MoveRefusal(MoveRefusal.Reason.PARTICIPANT_BUSY, CHLOE, 12L));
		assertThat(this.scheduler.checkMove(problem, schedule, 11, 0, 0))
			.contains(new MoveRefusal(MoveRefusal.Reason.TABLE_TAKEN, null, 10L));
	}

	@Test
	void allowsAMoveThatKeepsTheRulesAndAppliesIt() {
		PartneringProblem problem = problem(3, 2, free(ANNA, 0, 1, 2), free(BRAM, 0, 1), free(CHLOE, 0, 1, 2),
				free(DIRK, 0, 1, 2), meeting(10, ANNA, BRAM), meeting(11, CHLOE, DIRK), meeting(12, ANNA, CHLOE));
		MeetingSchedule schedule = new MeetingSchedule(
				List.of(new PlacedMeeting(10, 0, 0), new PlacedMeeting(11, 0, 1), new PlacedMeeting(12, 1, 0)),
				List.of());

		assertThat(this.scheduler.checkMove(problem, schedule, 11, 2, 1)).isEmpty();
		assertThat(this.scheduler.checkMove(problem, schedule, 11, 0, 1)).as("staying put").isEmpty();
		MeetingSchedule moved = this.scheduler.move(problem, schedule, 11, 2, 1);
		assertThat(moved.placement(11)).contains(new PlacedMeeting(11, 2, 1));
		assertThat(moved.placed()).hasSize(3);
		MeetingSchedulerOracleTests.ScheduleRules.assertKept(problem, moved, "after the move");
		assertThatIllegalArgumentException().isThrownBy(() -> this.scheduler.move(problem, schedule, 11, 0, 0));
	}

	@Test
	void aMeetingLeftOutCanBeMovedInByHandWhereItFits() {
		PartneringProblem problem = problem(1, 1, free(ANNA, 0), free(BRAM, 0), free(CHLOE, 0), free(DIRK, 0),
				meeting(10, ANNA, BRAM), meeting(11, CHLOE, DIRK));
		MeetingSchedule schedule = this.scheduler.schedule(problem);
		assertThat(this.scheduler.checkMove(problem, schedule, 11, 0, 0))
			.contains(new MoveRefusal(MoveRefusal.Reason.TABLE_TAKEN, null, 10L));

		MeetingSchedule swapped = this.scheduler.move(problem,
				new MeetingSchedule(List.of(), List.of(new UnplacedMeeting(10, UnplacedReason.TABLES_FULL),
						new UnplacedMeeting(11, UnplacedReason.TABLES_FULL))),
				11, 0, 0);
		assertThat(swapped.placed()).containsExactly(new PlacedMeeting(11, 0, 0));
		assertThat(swapped.unplaced()).containsExactly(new UnplacedMeeting(10, UnplacedReason.TABLES_FULL));
	}

	@Test
	void aRequestToOneselfOrTheSameRequestTwiceIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> meeting(10, ANNA, ANNA));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> problem(1, 1, free(ANNA, 0), meeting(10, ANNA, BRAM), meeting(10, ANNA, CHLOE)));
		assertThatIllegalArgumentException().isThrownBy(() -> problem(0, 1, free(ANNA, 0)));
		assertThatIllegalArgumentException().isThrownBy(() -> problem(2, 0, free(ANNA, 0)));
	}

	@Test
	void availabilityOutsideTheWindowIsIgnored() {
		PartneringProblem problem = problem(2, 1, free(ANNA, 0, 5), free(BRAM, 5), meeting(10, ANNA, BRAM));

		assertThat(this.scheduler.schedule(problem).unplaced())
			.containsExactly(new UnplacedMeeting(10, UnplacedReason.NO_COMMON_TIME));
		assertThat(this.scheduler.checkMove(problem, new MeetingSchedule(List.of(), List.of()), 10, 5, 0))
			.contains(new MoveRefusal(MoveRefusal.Reason.NO_SUCH_SLOT, null, null));
	}

	@Test
	void theSameProblemGivesTheSameSchedule() {
		PartneringProblem problem = problem(3, 1, free(ANNA, 0, 1, 2), free(BRAM, 0, 1, 2), free(CHLOE, 0, 2),
				free(DIRK, 1, 2), meeting(10, ANNA, BRAM), meeting(11, CHLOE, DIRK), meeting(12, ANNA, CHLOE),
				meeting(13, BRAM, DIRK));

		assertThat(this.scheduler.schedule(problem)).isEqualTo(this.scheduler.schedule(problem));
		assertThat(this.scheduler.solve(problem).optimal()).isTrue();
	}

	private static MeetingRequest request(PartneringProblem problem, long id) {
		return problem.requests().stream().filter(request -> request.id() == id).findFirst().orElseThrow();
	}

	private record Free(long participant, BitSet slots) {
	}

	private static Free free(long participant, int... slots) {
		BitSet free = new BitSet();
		Arrays.stream(slots).forEach(free::set);
		return new Free(participant, free);
	}

	private static MeetingRequest meeting(long id, long first, long second) {
		return new MeetingRequest(id, first, second);
	}

	/** A problem from participants' free slots ({@link #free}) and requests, in that order. */
	private static PartneringProblem problem(int slots, int tables, Object... parts) {
		Map<Long, BitSet> availability = new LinkedHashMap<>();
		List<MeetingRequest> requests = new ArrayList<>();
		for (Object part : parts) {
			if (part instanceof Free free) {
				availability.put(free.participant(), free.slots());
			}
			else {
				requests.add((MeetingRequest) part);
			}
		}
		return new PartneringProblem(slots, tables, availability, requests);
	}
}
