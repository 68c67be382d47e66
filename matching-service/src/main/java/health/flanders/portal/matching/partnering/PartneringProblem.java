package health.flanders.portal.matching.partnering;

import java.util.BitSet;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Slots 0..slots-1 of the partnering window, {@code tables} tables per slot; each participant's free slots; the
 * accepted requests in order of priority (earlier requests are preferred when not all fit). A participant missing from
 * {@code availability} is free in no slot; bits at or beyond {@code slots} are ignored. Tables are numbered
 * 0..tables-1. The maps and lists are copied, so the problem does not change when the caller's do.
 */
public record PartneringProblem(int slots, int tables, Map<Long, BitSet> availability, List<MeetingRequest> requests) {

	/** The most slots a window may have (a working day of 10-minute meetings fits). */
	public static final int MAX_SLOTS = 64;

	public PartneringProblem {
		if (slots < 1 || slots > MAX_SLOTS) {
			throw new IllegalArgumentException("A partnering window has 1 to " + MAX_SLOTS + " slots, not " + slots);
		}
		if (tables < 1) {
			throw new IllegalArgumentException("A partnering room has at least one table, not " + tables);
		}
		Map<Long, BitSet> copied = new LinkedHashMap<>();
		availability.forEach((participant, free) -> copied.put(Objects.requireNonNull(participant),
				(BitSet) Objects.requireNonNull(free, "availability of " + participant).clone()));
		availability = Collections.unmodifiableMap(copied);
		requests = List.copyOf(requests);
		Set<Long> ids = new HashSet<>();
		for (MeetingRequest request : requests) {
			if (!ids.add(request.id())) {
				throw new IllegalArgumentException("Request " + request.id() + " is listed twice");
			}
		}
	}

	/** Whether the participant is free in the slot. */
	public boolean available(long participant, int slot) {
		BitSet free = availability.get(participant);
		return free != null && slot >= 0 && slot < slots && free.get(slot);
	}
}
