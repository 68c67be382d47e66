package health.flanders.portal.web.calls;

import java.util.Locale;

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
	String list(Model model, Locale locale) {
		model.addAttribute("calls", catalogue.published(locale));
		return "calls/list";
	}

	@GetMapping("/calls/{id}")
	String detail(@PathVariable long id, Model model, Locale locale) {
		CallView call = catalogue.published(id, locale);
		model.addAttribute("call", call);
		model.addAttribute("sessions", sessions.ofCall(id));
		return "calls/detail";
	}
}
