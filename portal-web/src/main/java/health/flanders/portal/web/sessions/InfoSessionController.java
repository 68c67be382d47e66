package health.flanders.portal.web.sessions;

import java.time.Clock;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class InfoSessionController {

	private final InfoSessionSchedule schedule;

	private final Clock clock;

	InfoSessionController(InfoSessionSchedule schedule, Clock clock) {
		this.schedule = schedule;
		this.clock = clock;
	}

	@GetMapping("/info-sessions")
	String list(Model model) {
		model.addAttribute("sessions", schedule.all());
		model.addAttribute("now", clock.instant());
		return "sessions/list";
	}
}
