package health.flanders.portal.web.calls;

import java.time.Instant;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import health.flanders.portal.call.CallStatus;
import health.flanders.portal.web.sessions.InfoSessionSchedule;

@Controller
class CallController {

	private final java.time.Clock clock;

	private final CallCatalogue catalogue;

	private final InfoSessionSchedule sessions;

	CallController(CallCatalogue catalogue, InfoSessionSchedule sessions, java.time.Clock clock) {
		this.clock = clock;
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
		CallView call = catalogue.published(id);
		model.addAttribute("call", call);
		Instant now = clock.instant();
		model.addAttribute("acceptsProposals", call.status() == CallStatus.OPEN && !now.isBefore(call.opensAt())
				&& now.isBefore(call.deadline()));
		model.addAttribute("sessions", sessions.ofCall(id));
		return "calls/detail";
	}
}
