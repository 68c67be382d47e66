package health.flanders.portal.web.partnering;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import health.flanders.portal.call.NotFoundException;
import health.flanders.portal.web.system.Downloads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A participant's partnering agenda as iCalendar by their personal link, for their calendar; no sign-in. */
@RestController
@Tag(name = "Information sessions")
class AgendaApiController {

	private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final AgendaFeed feed;

	AgendaApiController(AgendaFeed feed) {
		this.feed = feed;
	}

	@GetMapping("/api/v1/info-sessions/{id}/partnering/agenda.ics")
	@Operation(summary = "A participant's partnering agenda (iCalendar, Brussels time) by their personal link; "
			+ "404 for a token that is not theirs")
	@Parameter(name = "token", description = "the secret of the participant's personal link, shown on their agenda")
	ResponseEntity<byte[]> agenda(@PathVariable long id, @RequestParam(required = false) String token) {
		byte[] calendar = feed.of(id, token).orElseThrow(() -> new NotFoundException("partnering agenda", id));
		ResponseEntity<byte[]> download = Downloads.of(CALENDAR, "partnering-agenda-" + id + ".ics", calendar);
		// Personal: no shared cache keeps it.
		return ResponseEntity.ok()
			.headers(download.getHeaders())
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(calendar);
	}
}
