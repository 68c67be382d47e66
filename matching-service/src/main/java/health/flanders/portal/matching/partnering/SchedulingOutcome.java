package health.flanders.portal.matching.partnering;

/**
 * A schedule with what is known of its quality: an upper bound on the meetings any schedule could place, and whether
 * the schedule is proven to place as many as possible (it reaches the bound, or the exact search finished).
 */
public record SchedulingOutcome(MeetingSchedule schedule, int upperBound, boolean optimal) {
}
