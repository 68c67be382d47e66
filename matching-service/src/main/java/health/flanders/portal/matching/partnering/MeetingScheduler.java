package health.flanders.portal.matching.partnering;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Schedules the accepted partnering meetings of a session into slots and tables: nobody in two meetings at once, each
 * meeting in a slot where both are free, at most one meeting per table per slot, as many meetings as possible, earlier
 * requests preferred. The problem (scheduling a graph's edges into slots of limited size) is NP-hard in general, so:
 * <ol>
 * <li>a greedy pass places the requests in order of priority, each in the slot its two participants' other requests
 * need least;</li>
 * <li>each request left out is then placed by an ejection chain (meetings in its way move to other slots, and theirs,
 * up to a depth) whenever one exists;</li>
 * <li>if the result is below an upper bound (see {@link ExactSearch}), a branch and bound search looks for a better
 * schedule or proves there is none, within a fixed amount of work (on sessions of up to 300 requests that could be
 * placed): small sessions are solved exactly;</li>
 * <li>swaps by ejection chain then let a left-out request take the place of a later one, keeping the number;</li>
 * <li>tables are given slot by slot, keeping participants at the table where they sat last when possible.</li>
 * </ol>
 * Deterministic: the same problem gives the same schedule. Stateless and thread-safe.
 */
public final class MeetingScheduler {

	/** The longest ejection chain tried to place a left-out request. */
	private static final int CHAIN_DEPTH = 6;

	/** Placements tried per chain attempt, so a request that cannot be placed costs little. */
	private static final long CHAIN_NODES = 5_000;

	/** The shorter chains tried for swaps in favour of an earlier request, and their cost per request and in all. */
	private static final int SWAP_DEPTH = 2;

	private static final long SWAP_NODES = 300;

	private static final long SWAP_NODES_PER_REQUEST = 200;

	/** Bound steps the exact search may take: about half a second at most. */
	private static final long EXACT_WORK = 10_000_000;

	/** The exact search is not tried on sessions with more requests that could be placed: it could not finish. */
	private static final int EXACT_REQUESTS = 300;

	private static final Comparator<PlacedMeeting> PLACEMENT_ORDER = Comparator.comparingInt(PlacedMeeting::slot)
		.thenComparingInt(PlacedMeeting::table);

	public MeetingSchedule schedule(PartneringProblem problem) {
		return solve(problem).schedule();
	}

	/** Schedules the problem and says how good the schedule is known to be. */
	public SchedulingOutcome solve(PartneringProblem problem) {
		Instance instance = new Instance(problem);
		Timetable timetable = new Timetable(instance);
		placeGreedily(timetable);
		int upperBound = ExactSearch.upperBound(instance);
		EjectionChains chains = new EjectionChains(timetable);
		boolean improved = true;
		while (improved && timetable.placed < upperBound) {
			improved = false;
			for (int request = 0; request < instance.requests() && timetable.placed < upperBound; request++) {
				if (timetable.slotOf[request] == Timetable.NONE && instance.common[request] != 0
						&& chains.insert(request, CHAIN_DEPTH, CHAIN_NODES, false)) {
					improved = true;
				}
			}
		}
		boolean optimal = timetable.placed >= upperBound;
		if (!optimal && schedulable(instance) <= EXACT_REQUESTS) {
			ExactSearch search = new ExactSearch(timetable, upperBound, EXACT_WORK);
			optimal = search.run();
			if (search.best() > timetable.placed) {
				timetable = new Timetable(instance);
				int[] slots = search.bestSlots();
				for (int request = 0; request < slots.length; request++) {
					if (slots[request] != Timetable.NONE) {
						timetable.place(request, slots[request]);
					}
				}
				chains = new EjectionChains(timetable);
			}
		}
		preferEarlierRequests(timetable, chains);
		fillWhatFits(timetable);
		return new SchedulingOutcome(toSchedule(timetable), upperBound, optimal);
	}

	/**
	 * Checks moving one meeting by hand to (slot, table), the other meetings staying where the schedule has them:
	 * empty when allowed, else why not. A meeting the schedule left out may be "moved" in as well.
	 */
	public Optional<MoveRefusal> checkMove(PartneringProblem problem, MeetingSchedule schedule, long requestId, int slot,
			int table) {
		Map<Long, MeetingRequest> requests = new HashMap<>();
		problem.requests().forEach(request -> requests.put(request.id(), request));
		MeetingRequest moved = requests.get(requestId);
		if (moved == null) {
			return Optional.of(MoveRefusal.of(MoveRefusal.Reason.UNKNOWN_MEETING));
		}
		if (slot < 0 || slot >= problem.slots()) {
			return Optional.of(MoveRefusal.of(MoveRefusal.Reason.NO_SUCH_SLOT));
		}
		if (table < 0 || table >= problem.tables()) {
			return Optional.of(MoveRefusal.of(MoveRefusal.Reason.NO_SUCH_TABLE));
		}
		for (long participant : new long[] { moved.first(), moved.second() }) {
			if (!problem.available(participant, slot)) {
				return Optional.of(new MoveRefusal(MoveRefusal.Reason.PARTICIPANT_UNAVAILABLE, participant, null));
			}
		}
		for (PlacedMeeting other : schedule.placed()) {
			if (other.requestId() == requestId || other.slot() != slot) {
				continue;
			}
			MeetingRequest otherRequest = requests.get(other.requestId());
			if (otherRequest == null) {
				continue;
			}
			for (long participant : new long[] { moved.first(), moved.second() }) {
				if (otherRequest.involves(participant)) {
					return Optional.of(
							new MoveRefusal(MoveRefusal.Reason.PARTICIPANT_BUSY, participant, other.requestId()));
				}
			}
		}
		for (PlacedMeeting other : schedule.placed()) {
			if (other.requestId() != requestId && other.slot() == slot && other.table() == table) {
				return Optional.of(new MoveRefusal(MoveRefusal.Reason.TABLE_TAKEN, null, other.requestId()));
			}
		}
		return Optional.empty();
	}

	/**
	 * The schedule with the meeting moved to (slot, table) (or placed there, if it was left out), after
	 * {@link #checkMove} allowed it; the other meetings and the reasons of those left out stay as they were.
	 * @throws IllegalArgumentException with the refusal when the move breaks a rule
	 */
	public MeetingSchedule move(PartneringProblem problem, MeetingSchedule schedule, long requestId, int slot,
			int table) {
		checkMove(problem, schedule, requestId, slot, table).ifPresent(refusal -> {
			throw new IllegalArgumentException("Cannot move meeting " + requestId + ": " + refusal);
		});
		List<PlacedMeeting> placed = new ArrayList<>();
		schedule.placed().stream().filter(meeting -> meeting.requestId() != requestId).forEach(placed::add);
		placed.add(new PlacedMeeting(requestId, slot, table));
		placed.sort(PLACEMENT_ORDER);
		List<UnplacedMeeting> unplaced = schedule.unplaced()
			.stream()
			.filter(meeting -> meeting.requestId() != requestId)
			.toList();
		return new MeetingSchedule(placed, unplaced);
	}

	/** Of the slots in the mask, the one with the most tables left (the earliest of equals). */
	static int roomiest(Timetable timetable, long slots) {
		int best = Timetable.NONE;
		for (long rest = slots; rest != 0; rest &= rest - 1) {
			int slot = Long.numberOfTrailingZeros(rest);
			if (best == Timetable.NONE || timetable.size[slot] < timetable.size[best]) {
				best = slot;
			}
		}
		return best;
	}

	/**
	 * Places the requests in order of priority, each in the fitting slot that the two participants' requests not yet
	 * placed could use least (so as to leave them room), then the one with the most tables left.
	 */
	private static void placeGreedily(Timetable timetable) {
		Instance instance = timetable.instance;
		int[][] requestsOf = requestsOf(instance);
		int[] need = new int[instance.slots];
		for (int request = 0; request < instance.requests(); request++) {
			long fitting = timetable.fitting(request);
			if (fitting == 0) {
				continue;
			}
			if (Long.bitCount(fitting) > 1) {
				Arrays.fill(need, 0);
				for (int participant : new int[] { instance.first[request], instance.second[request] }) {
					for (int other : requestsOf[participant]) {
						if (other > request && timetable.slotOf[other] == Timetable.NONE) {
							for (long slots = timetable.fitting(other) & fitting; slots != 0; slots &= slots - 1) {
								need[Long.numberOfTrailingZeros(slots)]++;
							}
						}
					}
				}
				int best = Timetable.NONE;
				for (long slots = fitting; slots != 0; slots &= slots - 1) {
					int slot = Long.numberOfTrailingZeros(slots);
					if (best == Timetable.NONE || need[slot] < need[best]
							|| (need[slot] == need[best] && timetable.size[slot] < timetable.size[best])) {
						best = slot;
					}
				}
				timetable.place(request, best);
			}
			else {
				timetable.place(request, Long.numberOfTrailingZeros(fitting));
			}
		}
	}

	private static int schedulable(Instance instance) {
		int count = 0;
		for (long common : instance.common) {
			count += common == 0 ? 0 : 1;
		}
		return count;
	}

	private static int[][] requestsOf(Instance instance) {
		int[] count = new int[instance.participants()];
		for (int request = 0; request < instance.requests(); request++) {
			count[instance.first[request]]++;
			count[instance.second[request]]++;
		}
		int[][] requestsOf = new int[instance.participants()][];
		for (int participant = 0; participant < count.length; participant++) {
			requestsOf[participant] = new int[count[participant]];
			count[participant] = 0;
		}
		for (int request = 0; request < instance.requests(); request++) {
			int first = instance.first[request];
			int second = instance.second[request];
			requestsOf[first][count[first]++] = request;
			requestsOf[second][count[second]++] = request;
		}
		return requestsOf;
	}

	/**
	 * Lets each left-out request, earliest first, take the place of a later one by a short ejection chain. Every swap
	 * makes the set of placed requests earlier in priority; the passes and the work are limited all the same, so that
	 * the time stays small on a large session.
	 */
	private static void preferEarlierRequests(Timetable timetable, EjectionChains chains) {
		Instance instance = timetable.instance;
		long limit = chains.spent() + 10_000 + SWAP_NODES_PER_REQUEST * instance.requests();
		boolean changed = true;
		for (int pass = 0; pass < 3 && changed; pass++) {
			changed = false;
			for (int request = 0; request < instance.requests() && chains.spent() < limit; request++) {
				if (timetable.slotOf[request] == Timetable.NONE && instance.common[request] != 0
						&& chains.insert(request, SWAP_DEPTH, SWAP_NODES, true)) {
					changed = true;
				}
			}
		}
	}

	private static void fillWhatFits(Timetable timetable) {
		for (int request = 0; request < timetable.instance.requests(); request++) {
			long fitting = timetable.slotOf[request] == Timetable.NONE ? timetable.fitting(request) : 0;
			if (fitting != 0) {
				timetable.place(request, roomiest(timetable, fitting));
			}
		}
	}

	private static MeetingSchedule toSchedule(Timetable timetable) {
		Instance instance = timetable.instance;
		int[] tableOf = TableAssignment.assign(timetable);
		List<PlacedMeeting> placed = new ArrayList<>();
		List<UnplacedMeeting> unplaced = new ArrayList<>();
		for (int request = 0; request < instance.requests(); request++) {
			int slot = timetable.slotOf[request];
			if (slot != Timetable.NONE) {
				placed.add(new PlacedMeeting(instance.requestIds[request], slot, tableOf[request]));
			}
			else {
				unplaced.add(new UnplacedMeeting(instance.requestIds[request], reason(timetable, request)));
			}
		}
		placed.sort(PLACEMENT_ORDER);
		return new MeetingSchedule(placed, unplaced);
	}

	/** Why a request is left out of a schedule where nothing more fits. */
	private static UnplacedReason reason(Timetable timetable, int request) {
		Instance instance = timetable.instance;
		long common = instance.common[request];
		if (common == 0) {
			return UnplacedReason.NO_COMMON_TIME;
		}
		long bothFree = common & ~timetable.busy[instance.first[request]] & ~timetable.busy[instance.second[request]];
		return bothFree == 0 ? UnplacedReason.PARTICIPANTS_BUSY : UnplacedReason.TABLES_FULL;
	}
}
