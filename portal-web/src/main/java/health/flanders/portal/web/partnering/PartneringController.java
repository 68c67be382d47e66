package health.flanders.portal.web.partnering;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

import health.flanders.portal.call.organisation.OrganisationType;
import health.flanders.portal.web.security.SignedInUser;

/** Participants of a session's partnering: their profile, the others suggested to them, and meeting requests. */
@Controller
class PartneringController {

	private final Partnering partnering;

	private final Agendas agendas;

	private final MeetingMarks marks;

	PartneringController(Partnering partnering, Agendas agendas, MeetingMarks marks) {
		this.partnering = partnering;
		this.agendas = agendas;
		this.marks = marks;
	}

	@GetMapping("/info-sessions/{id}/partnering")
	String page(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		Partnering.Page page = partnering.page(id, user);
		model.addAttribute("page", page);
		model.addAttribute("agenda",
				page.participantId() == null ? java.util.List.of() : agendas.of(id, page.participantId()));
		model.addAttribute("after", page.participantId() == null ? null : marks.of(id, page.participantId(), user.id()));
		if (page.participantId() != null) {
			model.addAttribute("agendaToken", agendas.linkTokenOf(page.participantId()));
		}
		return "partnering/page";
	}

	@GetMapping("/info-sessions/{id}/partnering/profile")
	String profile(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("form", partnering.profileForm(id, user));
		return profilePage(id, model);
	}

	@PostMapping("/info-sessions/{id}/partnering/profile")
	String publish(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
			@Validated @ModelAttribute("form") ProfileForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		partnering.check(id, form, result);
		if (!result.hasErrors()) {
			try {
				partnering.publish(id, user, form);
				redirect.addFlashAttribute("published", true);
				return "redirect:/info-sessions/" + id + "/partnering";
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				model.addAttribute("conflict", true);
				form.setVersion(partnering.profileForm(id, user).getVersion());
			}
		}
		return profilePage(id, model);
	}

	@GetMapping("/info-sessions/{id}/partnering/requests/new")
	String requestForm(@PathVariable long id, @RequestParam long to, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		MeetingRequestForm form = new MeetingRequestForm();
		form.setTo(to);
		model.addAttribute("form", form);
		return requestPage(id, user, to, model);
	}

	@PostMapping("/info-sessions/{id}/partnering/requests")
	String request(@PathVariable long id, @AuthenticationPrincipal SignedInUser user,
			@Validated @ModelAttribute("form") MeetingRequestForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form.getTo() == null) {
			return "redirect:/info-sessions/" + id + "/partnering";
		}
		if (!result.hasErrors()) {
			try {
				partnering.request(id, user, form.getTo(), form.getMessage());
				redirect.addFlashAttribute("requested", true);
				return "redirect:/info-sessions/" + id + "/partnering";
			}
			catch (RequestRefusedException ex) {
				result.rejectValue("to", ex.code());
			}
			catch (DataIntegrityViolationException ex) {
				// Sent at the same moment as the other's request to us, or past the limit the database keeps.
				result.rejectValue("to", "partnering.request.refused.twice");
			}
		}
		return requestPage(id, user, form.getTo(), model);
	}

	@PostMapping("/info-sessions/{id}/partnering/requests/{requestId}/answer")
	String answer(@PathVariable long id, @PathVariable long requestId, @RequestParam boolean accept,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		partnering.answer(id, user, requestId, accept);
		redirect.addFlashAttribute("answered", accept ? "accepted" : "declined");
		return "redirect:/info-sessions/" + id + "/partnering#requests-received";
	}

	private String profilePage(long id, Model model) {
		model.addAttribute("choices", partnering.choices(id));
		model.addAttribute("types", OrganisationType.values());
		return "partnering/profile";
	}

	private String requestPage(long id, SignedInUser user, long to, Model model) {
		model.addAttribute("invitee", partnering.invitee(id, user, to));
		model.addAttribute("page", partnering.page(id, user));
		return "partnering/request";
	}
}
