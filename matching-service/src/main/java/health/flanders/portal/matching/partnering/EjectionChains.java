package health.flanders.portal.matching.partnering;

import java.util.Arrays;

/**
 * Places an unplaced request by moving placed ones along a chain: the request takes a slot, the meetings in its way
 * (one of the two participants' meeting in that slot, or any meeting of a slot whose tables are all taken) leave it
 * and are placed again elsewhere in the same way, up to a depth. Moved meetings are never moved twice in one chain, and
 * a failed attempt leaves the timetable as it was. A meeting that could not be placed again is not tried again in the
 * same attempt, as in the search for augmenting paths of a matching. Optionally one meeting later in priority than the request may be
 * left out instead of placed again: a swap that keeps the number of meetings and prefers the earlier request.
 */
final class EjectionChains {

	private static final int PLACE = 0;

	private static final int REMOVE = 1;

	private static final int DROP = 2;

	private final Timetable timetable;

	private final Instance instance;

	/** The attempt that moved each request last; a request moved in the current attempt stays where it went. */
	private final int[] movedIn;

	private int attempt;

	/** The attempt in which each request could not be placed again, and with how many moves left. */
	private final int[] failedIn;

	private final int[] failedDepth;

	private int[] kinds = new int[64];

	private int[] requests = new int[64];

	private int[] slots = new int[64];

	private int length;

	private long budget;

	/** Requests with a higher index than this may be left out, once per chain. */
	private int dropAfter;

	private boolean dropped;

	private long droppedRequest = -1;

	/** Placements tried so far, over all attempts. */
	private long spent;

	EjectionChains(Timetable timetable) {
		this.timetable = timetable;
		this.instance = timetable.instance;
		this.movedIn = new int[this.instance.requests()];
		this.failedIn = new int[this.instance.requests()];
		this.failedDepth = new int[this.instance.requests()];
	}

	/**
	 * Tries to place the unplaced request with chains of at most {@code maxDepth} moves (shortest first), each attempt
	 * trying at most {@code nodes} placements. With {@code allowDrop}, one request later in priority may be left out.
	 * Returns whether the request was placed; the request left out, if any, is {@link #lastDropped()}.
	 */
	boolean insert(int request, int maxDepth, long nodes, boolean allowDrop) {
		this.droppedRequest = -1;
		for (int depth = 0; depth <= maxDepth; depth++) {
			this.attempt++;
			this.length = 0;
			this.budget = nodes;
			this.dropped = false;
			this.dropAfter = allowDrop ? request : Integer.MAX_VALUE;
			boolean placed = place(request, depth, true);
			this.spent += nodes - Math.max(this.budget, 0);
			if (placed) {
				for (int op = 0; op < this.length; op++) {
					if (this.kinds[op] == DROP) {
						this.droppedRequest = this.requests[op];
					}
				}
				return true;
			}
			if (this.budget < 0) {
				return false;
			}
		}
		return false;
	}

	/** Placements tried so far, over all attempts. */
	long spent() {
		return this.spent;
	}

	/** The request left out by the last successful {@link #insert}, or -1. */
	long lastDropped() {
		return this.droppedRequest;
	}

	private boolean place(int request, int depth, boolean root) {
		this.budget--;
		long fitting = this.timetable.fitting(request);
		if (fitting != 0) {
			push(PLACE, request, MeetingScheduler.roomiest(this.timetable, fitting));
			return true;
		}
		if (!root && !this.dropped && request > this.dropAfter) {
			this.dropped = true;
			push(DROP, request, Timetable.NONE);
			return true;
		}
		if (depth == 0 || this.budget < 0) {
			return false;
		}
		int first = this.instance.first[request];
		int second = this.instance.second[request];
		for (long candidates = this.instance.common[request]; candidates != 0; candidates &= candidates - 1) {
			int slot = Long.numberOfTrailingZeros(candidates);
			int a = this.timetable.meetingOf(first, slot);
			int b = this.timetable.meetingOf(second, slot);
			if (a == Timetable.NONE && b == Timetable.NONE) {
				// Both are free but every table is taken: any meeting of the slot may make way.
				int[] members = Arrays.copyOf(this.timetable.members[slot], this.timetable.size[slot]);
				for (int other : members) {
					if (this.movedIn[other] == this.attempt || failed(other, depth - 1)) {
						continue;
					}
					int mark = this.length;
					push(REMOVE, other, slot);
					push(PLACE, request, slot);
					if (place(other, depth - 1, false)) {
						return true;
					}
					undoTo(mark);
					if (this.budget < 0) {
						return false;
					}
				}
				continue;
			}
			if ((a != Timetable.NONE && (this.movedIn[a] == this.attempt || failed(a, depth - 1)))
					|| (b != Timetable.NONE && (this.movedIn[b] == this.attempt || failed(b, depth - 1)))) {
				continue;
			}
			int mark = this.length;
			if (a != Timetable.NONE) {
				push(REMOVE, a, slot);
			}
			if (b != Timetable.NONE && b != a) {
				push(REMOVE, b, slot);
			}
			push(PLACE, request, slot);
			if ((a == Timetable.NONE || place(a, depth - 1, false))
					&& (b == Timetable.NONE || b == a || place(b, depth - 1, false))) {
				return true;
			}
			undoTo(mark);
			if (this.budget < 0) {
				return false;
			}
		}
		this.failedIn[request] = this.attempt;
		this.failedDepth[request] = depth;
		return false;
	}

	/**
	 * Whether the request already could not be placed again in this attempt with at least as many moves left. The
	 * timetable has changed since, so it might now; skipping it is what keeps an attempt near-linear in size.
	 */
	private boolean failed(int request, int depth) {
		return this.failedIn[request] == this.attempt && this.failedDepth[request] >= depth;
	}

	private void push(int kind, int request, int slot) {
		if (this.length == this.kinds.length) {
			this.kinds = Arrays.copyOf(this.kinds, this.length * 2);
			this.requests = Arrays.copyOf(this.requests, this.length * 2);
			this.slots = Arrays.copyOf(this.slots, this.length * 2);
		}
		this.kinds[this.length] = kind;
		this.requests[this.length] = request;
		this.slots[this.length] = slot;
		this.length++;
		if (kind == PLACE) {
			this.timetable.place(request, slot);
			this.movedIn[request] = this.attempt;
		}
		else if (kind == REMOVE) {
			this.timetable.remove(request);
		}
	}

	private void undoTo(int mark) {
		while (this.length > mark) {
			this.length--;
			int request = this.requests[this.length];
			switch (this.kinds[this.length]) {
				case PLACE -> {
					this.timetable.remove(request);
					this.movedIn[request] = 0;
				}
				case REMOVE -> this.timetable.place(request, this.slots[this.length]);
				default -> this.dropped = false;
			}
		}
	}
}
