package health.flanders.portal.web.sessions;

import java.time.Clock;
import java.util.Locale;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import health.flanders.portal.call.session.SessionFormat;
import health.flanders.portal.web.system.Downloads;

/** Information sessions for the public: the list, one session with its registration form, calendars, cancelling. */
@Controller
class InfoSessionController {

	private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final InfoSessionSchedule schedule;

	private final SessionRegistrations registrations;

	private final Clock clock;

	InfoSessionController(InfoSessionSchedule schedule, SessionRegistrations registrations, Clock clock) {
		this.schedule = schedule;
		this.registrations = registrations;
		this.clock = clock;
	}

	@GetMapping("/info-sessions")
	String list(Model model) {
		model.addAttribute("sessions", schedule.all());
		model.addAttribute("now", clock.instant());
		return "sessions/list";
	}

	@GetMapping("/info-sessions/{id:\\d+}")
	String detail(@PathVariable long id, Model model) {
		RegistrationForm form = new RegistrationForm();
		model.addAttribute("form", form);
		return detailPage(id, model);
	}

	@PostMapping("/info-sessions/{id:\\d+}/registrations")
	String register(@PathVariable long id, @Validated @ModelAttribute("form") RegistrationForm form,
			BindingResult result, Locale locale, Model model, RedirectAttributes redirect) {
		InfoSessionView session = schedule.get(id);
		if (session.format() == SessionFormat.HYBRID && form.getAttendance() == null) {
			result.rejectValue("attendance", "session.register.attendance.required");
		}
		if (result.hasErrors()) {
			return detailPage(id, model);
		}
		try {
			SessionRegistrations.Outcome outcome = registrations.register(id,
					new SessionRegistrations.Request(form.getName(), form.getEmail(), form.getOrganisation(),
							form.isConsentConnect(), form.getAttendance(), locale));
			redirect.addFlashAttribute("outcome", outcome);
			return "redirect:/info-sessions/" + id + "/registered";
		}
		catch (SessionRegistrations.RegistrationClosedException ex) {
			model.addAttribute("closed", true);
			return detailPage(id, model);
		}
		catch (SessionRegistrations.AttendanceNotOfferedException ex) {
			result.rejectValue("attendance", "session.register.attendance.required");
			return detailPage(id, model);
		}
	}

	@GetMapping("/info-sessions/{id:\\d+}/registered")
	String registered(@PathVariable long id, Model model) {
		if (!model.containsAttribute("outcome")) {
			return "redirect:/info-sessions/" + id;
		}
		model.addAttribute("infoSession", schedule.get(id));
		return "sessions/registered";
	}

	@GetMapping("/info-sessions/registrations/cancel")
	String cancelForm(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("registration", registrations.findActive(token).orElse(null));
		return "sessions/cancel";
	}

	@PostMapping("/info-sessions/registrations/cancel")
	String cancel(@RequestParam(defaultValue = "") String token, RedirectAttributes redirect) {
		redirect.addFlashAttribute("cancelled", registrations.cancel(token));
		return "redirect:/info-sessions/registrations/cancelled";
	}

	@GetMapping("/info-sessions/registrations/cancelled")
	String cancelled(Model model) {
		if (!model.containsAttribute("cancelled")) {
			return "redirect:/info-sessions";
		}
		return "sessions/cancelled";
	}

	@GetMapping("/info-sessions/{id:\\d+}.ics")
	ResponseEntity<byte[]> calendar(@PathVariable long id) {
		return Downloads.of(CALENDAR, "icon-session-" + id + ".ics", schedule.calendarOf(id));
	}

	/** A download like any other file; calendar programs that subscribe to the URL read the body whatever this says. */
	@GetMapping("/info-sessions.ics")
	ResponseEntity<byte[]> feed() {
		return Downloads.of(CALENDAR, "icon-info-sessions.ics", schedule.upcomingCalendar());
	}

	private String detailPage(long id, Model model) {
		model.addAttribute("infoSession", schedule.get(id));
		model.addAttribute("now", clock.instant());
		model.addAttribute("retentionDays", registrations.retention().toDays());
		return "sessions/detail";
	}
}
