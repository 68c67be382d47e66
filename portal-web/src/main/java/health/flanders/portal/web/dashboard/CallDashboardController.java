package health.flanders.portal.web.dashboard;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Staff and admins: a call at a glance, its figures drawn as charts, each with its table. */
@Controller
class CallDashboardController {

	private final CallDashboard dashboard;

	private final DashboardCharts charts;

	CallDashboardController(CallDashboard dashboard, DashboardCharts charts) {
		this.dashboard = dashboard;
		this.charts = charts;
	}

	@GetMapping("/staff/calls/{id}")
	String dashboard(@PathVariable long id, Locale locale, Model model) {
		CallDashboard.Figures figures = dashboard.of(id, locale);
		model.addAttribute("figures", figures);
		model.addAttribute("call", figures.call());
		model.addAttribute("charts", charts.of(figures, locale));
		model.addAttribute("activeDays", figures.days()
			.stream()
			.filter(day -> day.started() > 0 || day.submitted() > 0)
			.toList());
		return "dashboard/call";
	}
}
