package health.flanders.portal.matching.partnering;

import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A partnering problem in numbers: participants and requests by index (requests in order of priority, so a lower
 * index is preferred), and each request's common free slots as a bit mask.
 */
final class Instance {

	final int slots;

	final int tables;

	/** Participants by index. */
	final long[] participantIds;

	/** Requests by index, in the problem's order. */
	final long[] requestIds;

	final int[] first;

	final int[] second;

	/** Bit s set when both participants of the request are free in slot s. */
	final long[] common;

	/** Bit s set when the participant is free in slot s. */
	final long[] free;

	final Map<Long, Integer> requestIndex;

	Instance(PartneringProblem problem) {
		this.slots = problem.slots();
		this.tables = problem.tables();
		long window = this.slots == 64 ? -1L : (1L << this.slots) - 1;
		Map<Long, Integer> participantIndex = new LinkedHashMap<>();
		problem.availability().keySet().forEach(id -> participantIndex.putIfAbsent(id, participantIndex.size()));
		List<MeetingRequest> requests = problem.requests();
		for (MeetingRequest request : requests) {
			participantIndex.putIfAbsent(request.first(), participantIndex.size());
			participantIndex.putIfAbsent(request.second(), participantIndex.size());
		}
		this.participantIds = participantIndex.keySet().stream().mapToLong(Long::longValue).toArray();
		this.free = new long[this.participantIds.length];
		for (int participant = 0; participant < this.participantIds.length; participant++) {
			BitSet availability = problem.availability().get(this.participantIds[participant]);
			long[] words = availability == null ? new long[0] : availability.toLongArray();
			this.free[participant] = words.length == 0 ? 0 : words[0] & window;
		}
		int m = requests.size();
		this.requestIds = new long[m];
		this.first = new int[m];
		this.second = new int[m];
		this.common = new long[m];
		this.requestIndex = new HashMap<>();
		for (int request = 0; request < m; request++) {
			MeetingRequest meeting = requests.get(request);
			this.requestIds[request] = meeting.id();
			this.first[request] = participantIndex.get(meeting.first());
			this.second[request] = participantIndex.get(meeting.second());
			this.common[request] = this.free[this.first[request]] & this.free[this.second[request]];
			this.requestIndex.put(meeting.id(), request);
		}
	}

	int participants() {
		return this.participantIds.length;
	}

	int requests() {
		return this.requestIds.length;
	}
}
