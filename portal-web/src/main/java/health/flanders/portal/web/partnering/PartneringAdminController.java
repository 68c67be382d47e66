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

	PartneringAdminController(PartneringAdministration administration) {
		this.administration = administration;
	}

	@GetMapping("/admin/info-sessions/{id}/partnering")
	String settings(@PathVariable long id, Model model) {
		model.addAttribute("form", administration.formOf(id));
		model.addAttribute("infoSession", administration.session(id));
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
		model.addAttribute("infoSession", administration.session(id));
		return "partnering/admin-settings";
	}
}
