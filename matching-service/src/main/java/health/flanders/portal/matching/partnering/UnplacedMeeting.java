package health.flanders.portal.matching.partnering;

/** An accepted meeting the schedule could not hold, with the reason. */
public record UnplacedMeeting(long requestId, UnplacedReason reason) {
}
