package health.flanders.portal.web.staff;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class OrganisationRegistryController {

	private final OrganisationRegistry registry;

	OrganisationRegistryController(OrganisationRegistry registry) {
		this.registry = registry;
	}

	@GetMapping("/staff/organisations")
	String list(Model model) {
		model.addAttribute("organisations", registry.active());
		return "staff/organisations";
	}
}
