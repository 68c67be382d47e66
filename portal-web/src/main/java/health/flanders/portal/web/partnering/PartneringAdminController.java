package health.flanders.portal.web.partnering;

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

/** Admins switch partnering on for an information session and set its window, meetings, tables and limit. */
@Controller
class PartneringAdminController {

	private final PartneringAdministration administration;

	private final PartneringSchedule schedule;

	PartneringAdminController(PartneringAdministration administration, PartneringSchedule schedule) {
		this.administration = administration;
		this.schedule = schedule;
	}

	@GetMapping("/admin/info-sessions/{id}/partnering")
	String settings(@PathVariable long id, Model model) {
		model.addAttribute("form", administration.formOf(id));
		return settingsPage(id, model);
	}

	/** Closes the requests and schedules the accepted meetings (again, when they were scheduled before). */
	@PostMapping("/admin/info-sessions/{id}/partnering/schedule")
	String schedule(@PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("scheduled", schedule.schedule(id).placed());
		return "redirect:/admin/info-sessions/" + id + "/partnering";
	}

	private String settingsPage(long id, Model model) {
		model.addAttribute("infoSession", administration.session(id));
		model.addAttribute("enabled", administration.isEnabled(id));
		model.addAttribute("outcome", schedule.outcome(id));
		model.addAttribute("closeAt", administration.requestsCloseAt(id));
		model.addAttribute("closedAt", administration.requestsClosedAt(id));
		return "partnering/admin-settings";
	}

	@PostMapping("/admin/info-sessions/{id}/partnering")
	String save(@PathVariable long id, @Validated @ModelAttribute("form") PartneringSettingsForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		administration.check(id, form, result);
		if (!result.hasErrors()) {
			try {
				administration.save(id, form);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/admin/info-sessions/" + id + "/partnering";
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				model.addAttribute("conflict", true);
				form.setVersion(administration.formOf(id).getVersion());
			}
		}
		return settingsPage(id, model);
	}
}
