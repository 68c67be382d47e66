package health.flanders.portal.matching.partnering;

import java.util.Arrays;

/**
 * Which request sits in which slot (tables come later: any meeting fits any table, so a slot only has to hold at most
 * as many meetings as there are tables). Placing and removing are constant-time; the search classes change it in place
 * and undo their own changes.
 */
final class Timetable {

	static final int NONE = -1;

	final Instance instance;

	/** The slot of each request, or {@link #NONE}. */
	final int[] slotOf;

	/** Bit s set when the participant has a meeting in slot s. */
	final long[] busy;

	/** The request each participant meets in each slot, or {@link #NONE}: [participant * slots + slot]. */
	final int[] meetingOf;

	/** The requests in each slot, the first {@code size[slot]} of each row. */
	final int[][] members;

	final int[] size;

	/** Position of each placed request in its slot's row. */
	private final int[] position;

	/** Bit s set while slot s has a table left. */
	long open;

	int placed;

	Timetable(Instance instance) {
		this.instance = instance;
		this.slotOf = new int[instance.requests()];
		Arrays.fill(this.slotOf, NONE);
		this.busy = new long[instance.participants()];
		this.meetingOf = new int[instance.participants() * instance.slots];
		Arrays.fill(this.meetingOf, NONE);
		this.members = new int[instance.slots][instance.tables];
		this.size = new int[instance.slots];
		this.position = new int[instance.requests()];
		this.open = instance.slots == 64 ? -1L : (1L << instance.slots) - 1;
	}

	Timetable copy() {
		Timetable copy = new Timetable(this.instance);
		for (int request = 0; request < this.slotOf.length; request++) {
			if (this.slotOf[request] != NONE) {
				copy.place(request, this.slotOf[request]);
			}
		}
		return copy;
	}

	/** The slots where the request could go now without moving anything. */
	long fitting(int request) {
		return this.instance.common[request] & this.open & ~this.busy[this.instance.first[request]]
				& ~this.busy[this.instance.second[request]];
	}

	void place(int request, int slot) {
		int first = this.instance.first[request];
		int second = this.instance.second[request];
		this.slotOf[request] = slot;
		this.busy[first] |= 1L << slot;
		this.busy[second] |= 1L << slot;
		this.meetingOf[first * this.instance.slots + slot] = request;
		this.meetingOf[second * this.instance.slots + slot] = request;
		this.position[request] = this.size[slot];
		this.members[slot][this.size[slot]++] = request;
		if (this.size[slot] == this.instance.tables) {
			this.open &= ~(1L << slot);
		}
		this.placed++;
	}

	void remove(int request) {
		int slot = this.slotOf[request];
		int first = this.instance.first[request];
		int second = this.instance.second[request];
		this.slotOf[request] = NONE;
		this.busy[first] &= ~(1L << slot);
		this.busy[second] &= ~(1L << slot);
		this.meetingOf[first * this.instance.slots + slot] = NONE;
		this.meetingOf[second * this.instance.slots + slot] = NONE;
		int last = this.members[slot][--this.size[slot]];
		this.members[slot][this.position[request]] = last;
		this.position[last] = this.position[request];
		this.open |= 1L << slot;
		this.placed--;
	}

	int meetingOf(int participant, int slot) {
		return this.meetingOf[participant * this.instance.slots + slot];
	}
}
