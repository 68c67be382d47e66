package health.flanders.portal.matching.partnering;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Branch and bound over the requests (the most constrained first): each request goes into one of the slots where it
 * still fits, or is left out; a branch is cut when the meetings placed so far plus an upper bound on the rest cannot
 * beat the best schedule known. The bound is the least of: the requests that still fit somewhere; per slot, the tables
 * left and half the participants who could still meet in it; half the sum over participants of their still-fitting
 * requests, each at most their free slots left. The search stops after a given amount of work; it is exact when it
 * finishes.
 */
final class ExactSearch {

	private final Instance instance;

	private final Timetable timetable;

	private final int[] order;

	private final int[] degree;

	private final long[] usable;

	private final int[] touched;

	private final int[] perSlot;

	private int best;

	private int[] bestSlots;

	private final int ceiling;

	private long work;

	private final long workLimit;

	private boolean aborted;

	/**
	 * @param incumbent the best schedule known, which the search tries to beat
	 * @param ceiling an upper bound on any schedule: the search stops when it reaches it
	 * @param workLimit the number of bound steps after which the search gives up
	 */
	ExactSearch(Timetable incumbent, int ceiling, long workLimit) {
		this.instance = incumbent.instance;
		this.timetable = new Timetable(this.instance);
		this.order = IntStream.range(0, this.instance.requests())
			.filter(request -> this.instance.common[request] != 0)
			.boxed()
			.sorted((a, b) -> Integer.compare(Long.bitCount(this.instance.common[a]),
					Long.bitCount(this.instance.common[b])))
			.mapToInt(Integer::intValue)
			.toArray();
		this.degree = new int[this.instance.participants()];
		this.usable = new long[this.instance.participants()];
		this.touched = new int[this.instance.participants()];
		this.perSlot = new int[this.instance.slots];
		this.best = incumbent.placed;
		this.bestSlots = incumbent.slotOf.clone();
		this.ceiling = ceiling;
		this.workLimit = workLimit;
	}

	/** An upper bound on the number of meetings any schedule of the instance can hold. */
	static int upperBound(Instance instance) {
		Timetable empty = new Timetable(instance);
		ExactSearch search = new ExactSearch(empty, Integer.MAX_VALUE, Long.MAX_VALUE);
		return search.bound(0);
	}

	/** Runs the search; returns whether it finished, so that {@link #bestSlots()} is optimal. */
	boolean run() {
		if (this.best < this.ceiling) {
			search(0);
		}
		return !this.aborted;
	}

	int best() {
		return this.best;
	}

	/** The slot of each request in the best schedule found, or {@link Timetable#NONE}. */
	int[] bestSlots() {
		return this.bestSlots;
	}

	private void search(int next) {
		if (next == this.order.length) {
			if (this.timetable.placed > this.best) {
				this.best = this.timetable.placed;
				this.bestSlots = this.timetable.slotOf.clone();
			}
			return;
		}
		this.work += this.order.length - next;
		if (this.work > this.workLimit) {
			this.aborted = true;
			return;
		}
		if (this.timetable.placed + bound(next) <= this.best) {
			return;
		}
		int request = this.order[next];
		for (long fitting = this.timetable.fitting(request); fitting != 0; fitting &= fitting - 1) {
			this.timetable.place(request, Long.numberOfTrailingZeros(fitting));
			search(next + 1);
			this.timetable.remove(request);
			if (this.aborted || this.best >= this.ceiling) {
				return;
			}
		}
		search(next + 1);
	}

	private int bound(int from) {
		int fits = 0;
		int touchedCount = 0;
		for (int index = from; index < this.order.length; index++) {
			int request = this.order[index];
			long fitting = this.timetable.fitting(request);
			if (fitting == 0) {
				continue;
			}
			fits++;
			int first = this.instance.first[request];
			int second = this.instance.second[request];
			if (this.degree[first]++ == 0) {
				this.touched[touchedCount++] = first;
				this.usable[first] = 0;
			}
			this.usable[first] |= fitting;
			if (this.degree[second]++ == 0) {
				this.touched[touchedCount++] = second;
				this.usable[second] = 0;
			}
			this.usable[second] |= fitting;
		}
		int ends = 0;
		Arrays.fill(this.perSlot, 0);
		for (int index = 0; index < touchedCount; index++) {
			int participant = this.touched[index];
			ends += Math.min(this.degree[participant], Long.bitCount(this.usable[participant]));
			for (long slots = this.usable[participant]; slots != 0; slots &= slots - 1) {
				this.perSlot[Long.numberOfTrailingZeros(slots)]++;
			}
			this.degree[participant] = 0;
		}
		int bySlot = 0;
		for (int slot = 0; slot < this.instance.slots; slot++) {
			bySlot += Math.min(this.instance.tables - this.timetable.size[slot], this.perSlot[slot] / 2);
		}
		return Math.min(fits, Math.min(ends / 2, bySlot));
	}
}
