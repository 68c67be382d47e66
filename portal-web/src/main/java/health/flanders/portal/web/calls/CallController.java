package health.flanders.portal.web.calls;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import health.flanders.portal.web.sessions.InfoSessionSchedule;

@Controller
class CallController {

	private final CallCatalogue catalogue;

	private final InfoSessionSchedule sessions;

	CallController(CallCatalogue catalogue, InfoSessionSchedule sessions) {
		this.catalogue = catalogue;
		this.sessions = sessions;
	}

	@GetMapping("/calls")
	String list(Model model) {
		model.addAttribute("calls", catalogue.published());
		return "calls/list";
	}

	@GetMapping("/calls/{id}")
	String detail(@PathVariable long id, Model model) {
		model.addAttribute("call", catalogue.published(id));
		model.addAttribute("sessions", sessions.ofCall(id));
		return "calls/detail";
	}
}
