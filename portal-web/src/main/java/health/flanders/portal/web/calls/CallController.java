package health.flanders.portal.web.calls;

import java.time.Clock;
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

	private final Clock clock;

	private final ClosedCallCounts counts;

	CallController(CallCatalogue catalogue, InfoSessionSchedule sessions, Clock clock, ClosedCallCounts counts) {
		this.catalogue = catalogue;
		this.counts = counts;
		this.sessions = sessions;
		this.clock = clock;
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
		model.addAttribute("now", clock.instant());
		counts.of(id, call.phase()).ifPresent(closed -> model.addAttribute("counts", closed));
		return "calls/detail";
	}
}
