package health.flanders.portal.matching.partnering;

import java.util.List;
import java.util.Optional;

/** The placed meetings by slot and table, and the accepted meetings that did not fit, each with its reason. */
public record MeetingSchedule(List<PlacedMeeting> placed, List<UnplacedMeeting> unplaced) {

	public MeetingSchedule {
		placed = List.copyOf(placed);
		unplaced = List.copyOf(unplaced);
	}

	/** Where the request's meeting is, if it was placed. */
	public Optional<PlacedMeeting> placement(long requestId) {
		return placed.stream().filter(meeting -> meeting.requestId() == requestId).findFirst();
	}
}
