package health.flanders.portal.web.sessions;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import health.flanders.portal.call.session.SessionFormat;
import health.flanders.portal.web.calls.CallCatalogue;

/** Admins plan, change and cancel information sessions, and run them: attendees, check-in, a message to all. */
@Controller
class SessionAdminController {

	private final SessionAdministration administration;

	private final CallCatalogue calls;

	SessionAdminController(SessionAdministration administration, CallCatalogue calls) {
		this.administration = administration;
		this.calls = calls;
	}

	@ModelAttribute("formats")
	SessionFormat[] formats() {
		return SessionFormat.values();
	}

	@GetMapping("/admin/info-sessions")
	String list(Model model) {
		model.addAttribute("rows", administration.overview());
		return "sessions/admin-list";
	}

	@GetMapping("/admin/info-sessions/new")
	String newSession(@ModelAttribute("form") SessionForm form, Model model, Locale locale) {
		model.addAttribute("calls", calls.published(locale));
		return "sessions/admin-form";
	}

	@PostMapping("/admin/info-sessions")
	String create(@Validated @ModelAttribute("form") SessionForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		checkTogether(form, result);
		if (!result.hasErrors()) {
			long id = administration.create(form);
			redirect.addFlashAttribute("saved", form.getTitle());
			return "redirect:/admin/info-sessions/" + id + "/attendees";
		}
		model.addAttribute("calls", calls.published(locale));
		return "sessions/admin-form";
	}

	@GetMapping("/admin/info-sessions/{id}/edit")
	String edit(@PathVariable long id, Model model, Locale locale) {
		model.addAttribute("form", administration.formOf(id));
		model.addAttribute("sessionId", id);
		model.addAttribute("calls", calls.published(locale));
		return "sessions/admin-form";
	}

	@PostMapping("/admin/info-sessions/{id}")
	String change(@PathVariable long id, @Validated @ModelAttribute("form") SessionForm form, BindingResult result,
			Model model, RedirectAttributes redirect, Locale locale) {
		checkTogether(form, result);
		if (!result.hasErrors()) {
			try {
				int promoted = administration.change(id, form);
				redirect.addFlashAttribute("saved", form.getTitle());
				if (promoted > 0) {
					redirect.addFlashAttribute("promoted", promoted);
				}
				return "redirect:/admin/info-sessions";
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				model.addAttribute("conflict", true);
				model.addAttribute("current", administration.formOf(id));
				form.setVersion(administration.formOf(id).getVersion());
			}
			catch (IllegalArgumentException ex) {
				result.reject("session.admin.seatsTaken");
			}
		}
		model.addAttribute("sessionId", id);
		model.addAttribute("calls", calls.published(locale));
		return "sessions/admin-form";
	}

	/** A session that has ended is refused by the session itself: RefusalAdvice takes the admin back with the reason. */
	@PostMapping("/admin/info-sessions/{id}/cancel")
	String cancel(@PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("cancelledCount", administration.cancel(id));
		return "redirect:/admin/info-sessions";
	}

	@GetMapping("/admin/info-sessions/{id}/attendees")
	String attendees(@PathVariable long id, Model model) {
		model.addAttribute("sessionId", id);
		model.addAttribute("sessionTitle", administration.title(id));
		model.addAttribute("attendees", administration.attendees(id));
		return "sessions/admin-attendees";
	}

	@PostMapping("/admin/info-sessions/{id}/attendees/{registrationId}/check-in")
	String checkIn(@PathVariable long id, @PathVariable long registrationId) {
		administration.checkIn(id, registrationId);
		return "redirect:/admin/info-sessions/" + id + "/attendees#registration-" + registrationId;
	}

	@GetMapping("/admin/info-sessions/{id}/attendees.csv")
	void exportAttendees(@PathVariable long id, HttpServletResponse response) throws IOException {
		List<SessionAdministration.Attendee> attendees = administration.attendees(id);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("icon-session-" + id + "-attendees.csv").build().toString());
		administration.writeCsv(attendees, response.getOutputStream());
	}

	@GetMapping("/admin/info-sessions/{id}/message")
	String messageForm(@PathVariable long id, @ModelAttribute("message") MessageForm message, Model model) {
		model.addAttribute("sessionId", id);
		model.addAttribute("sessionTitle", administration.title(id));
		return "sessions/admin-message";
	}

	@PostMapping("/admin/info-sessions/{id}/message")
	String message(@PathVariable long id, @Validated @ModelAttribute("message") MessageForm message,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("sessionId", id);
			model.addAttribute("sessionTitle", administration.title(id));
			return "sessions/admin-message";
		}
		redirect.addFlashAttribute("messaged", administration.message(id, message.getSubject(), message.getText()));
		return "redirect:/admin/info-sessions/" + id + "/attendees";
	}

	/** The fields that only make sense together. */
	private static void checkTogether(SessionForm form, BindingResult result) {
		if (form.getStartsAt() != null && form.getEndsAt() != null && !form.getEndsAt().isAfter(form.getStartsAt())) {
			result.rejectValue("endsAt", "session.admin.endsAfterStart");
		}
		if (form.getFormat() != SessionFormat.ONLINE && (form.getVenue() == null || form.getVenue().isBlank())) {
			result.rejectValue("venue", "session.admin.venueRequired");
		}
		if (form.getFormat() != SessionFormat.IN_PERSON
				&& (form.getOnlineLink() == null || form.getOnlineLink().isBlank())) {
			result.rejectValue("onlineLink", "session.admin.onlineLinkRequired");
		}
		if (form.getFormat() == SessionFormat.HYBRID && form.getOnlineCapacity() == null) {
			result.rejectValue("onlineCapacity", "session.admin.onlineCapacityRequired");
		}
	}

	/** A message to everyone registered for a session. */
	public static class MessageForm {

		@NotBlank
		@Size(max = 200)
		private String subject = "";

		@NotBlank
		@Size(max = 5000)
		private String text = "";

		public String getSubject() {
			return subject;
		}

		public void setSubject(String subject) {
			this.subject = subject;
		}

		public String getText() {
			return text;
		}

		public void setText(String text) {
			this.text = text;
		}
	}
}
