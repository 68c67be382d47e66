package health.flanders.portal.web.proposals;

import java.time.Instant;
import java.util.List;

import health.flanders.portal.call.CallPhase;

/** The proposals of one call on an applicant's dashboard, under the call's title, phase and deadline. */
public record DashboardGroup(long callId, String callTitle, CallPhase phase, Instant opensAt, Instant deadline,
		List<DashboardLine> lines) {
}
