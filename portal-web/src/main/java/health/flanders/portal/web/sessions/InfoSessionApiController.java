package health.flanders.portal.web.sessions;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import health.flanders.portal.call.session.SessionFormat;
import health.flanders.portal.web.system.BrusselsTime;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/info-sessions")
@Tag(name = "Information sessions")
class InfoSessionApiController {

	private final InfoSessionSchedule schedule;

	InfoSessionApiController(InfoSessionSchedule schedule) {
		this.schedule = schedule;
	}

	@GetMapping
	@Operation(summary = "Every information session, the latest first")
	List<InfoSessionResource> list() {
		return schedule.all().stream().map(InfoSessionResource::of).toList();
	}

	record InfoSessionResource(long id, String title, OffsetDateTime startsAt, OffsetDateTime endsAt,
			SessionFormat format, String venue, String address, int capacity, int seatsLeft, Long callId) {

		static InfoSessionResource of(InfoSessionView session) {
			return new InfoSessionResource(session.id(), session.title(),
					session.startsAt().atZone(BrusselsTime.ZONE).toOffsetDateTime(),
					session.endsAt().atZone(BrusselsTime.ZONE).toOffsetDateTime(), session.format(),
					session.venue(), session.address(), session.capacity(), session.seatsLeft(), session.callId());
		}
	}
}
