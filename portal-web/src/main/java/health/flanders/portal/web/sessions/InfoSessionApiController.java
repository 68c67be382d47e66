package health.flanders.portal.web.sessions;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import health.flanders.portal.call.session.SessionFormat;
import health.flanders.portal.web.system.BrusselsTime;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/info-sessions")
@Tag(name = "Information sessions")
class InfoSessionApiController {

	private final InfoSessionSchedule schedule;

	private final Clock clock;

	InfoSessionApiController(InfoSessionSchedule schedule, Clock clock) {
		this.schedule = schedule;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "The upcoming information sessions (those that have not ended), the soonest first; "
			+ "with past=true the past ones after them, the latest first")
	@Parameter(name = "past", description = "true: the sessions that have ended too, after the upcoming ones")
	List<InfoSessionResource> list(@RequestParam(defaultValue = "false") boolean past) {
		Instant now = clock.instant();
		List<InfoSessionView> sessions = past ? schedule.all() : schedule.upcoming();
		return sessions.stream().map(session -> InfoSessionResource.of(session, now)).toList();
	}

	/** One session; {@code past} once it has ended, {@code cancelled} when it will not take place. */
	record InfoSessionResource(long id, String title, OffsetDateTime startsAt, OffsetDateTime endsAt,
			SessionFormat format, String venue, String address, int capacity, int seatsLeft, boolean past,
			boolean cancelled, Long callId) {

		static InfoSessionResource of(InfoSessionView session, Instant now) {
			return new InfoSessionResource(session.id(), session.title(),
					session.startsAt().atZone(BrusselsTime.ZONE).toOffsetDateTime(),
					session.endsAt().atZone(BrusselsTime.ZONE).toOffsetDateTime(), session.format(),
					session.venue(), session.address(), session.capacity(), session.seatsLeft(), session.isPast(now),
					session.cancelled(), session.callId());
		}
	}
}
