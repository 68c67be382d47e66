package health.flanders.portal.web.dashboard;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import health.flanders.portal.web.dashboard.BarChart.Category;
import health.flanders.portal.web.dashboard.CallDashboard.Count;
import health.flanders.portal.web.dashboard.CallDashboard.Figures;
import health.flanders.portal.web.system.BrusselsTime;

/** The dashboard's figures drawn as charts, in the reader's language: labels, numbers and amounts. */
@Component
class DashboardCharts {

	private final MessageSource messages;

	private final BrusselsTime time;

	DashboardCharts(MessageSource messages, BrusselsTime time) {
		this.messages = messages;
		this.time = time;
	}

	/** The charts of the dashboard, by name; a chart with nothing to draw is left out. */
	record Charts(BarChart days, BarChart goals, BarChart areas, BarChart regions, BarChart budget,
			BarChart eligibility, BarChart introductions, BarChart sessions) {
	}

	Charts of(Figures figures, Locale locale) {
		NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
		List<String> progress = List.of(text("dashboard.series.submitted", locale), text("dashboard.series.drafts", locale));
		return new Charts(days(figures, locale, numbers),
				figures.goals().isEmpty() ? null : BarChart.rows("chart-goals", text("dashboard.goals.chart", locale),
						progress, counts(figures.goals(), count -> count.key() + " " + count.label(), numbers), null),
				figures.areas().isEmpty() ? null : BarChart.rows("chart-areas", text("dashboard.areas.chart", locale),
						progress, counts(figures.areas(), count -> area(count.key(), locale), numbers), null),
				figures.regions().isEmpty() ? null : BarChart.rows("chart-regions",
						text("dashboard.regions.chart", locale), progress,
						counts(figures.regions(), count -> text("region." + count.key(), locale), numbers), null),
				budget(figures, locale, numbers), eligibility(figures, locale, numbers),
				introductions(figures, locale, numbers), sessions(figures, locale, numbers));
	}

	private BarChart days(Figures figures, Locale locale, NumberFormat numbers) {
		DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM", locale);
		List<Category> days = figures.days()
			.stream()
			.map(d -> new Category(day.format(d.day()), List.of((double) d.started(), (double) d.submitted()),
					List.of(numbers.format(d.started()), numbers.format(d.submitted()))))
			.toList();
		int max = figures.days().stream().mapToInt(d -> Math.max(d.started(), d.submitted())).max().orElse(0);
		return BarChart.columns("chart-days", text("dashboard.days.chart", locale),
				List.of(text("dashboard.series.started", locale), text("dashboard.series.submitted", locale)), days,
				numbers.format(max));
	}

	private BarChart budget(Figures figures, Locale locale, NumberFormat numbers) {
		CallDashboard.Budget budget = figures.budget();
		List<Category> bars = new ArrayList<>();
		bars.add(Category.of(text("dashboard.budget.requested", locale), budget.requestedEur().doubleValue(),
				euros(budget.requestedEur(), numbers)));
		bars.add(Category.of(text("dashboard.budget.eligible", locale), budget.eligibleEur().doubleValue(),
				euros(budget.eligibleEur(), numbers)));
		if (budget.line() != null) {
			bars.add(Category.of(text("dashboard.budget.funded", locale), budget.line().fundedEur().doubleValue(),
					euros(budget.line().fundedEur(), numbers)));
		}
		return BarChart.rows("chart-budget", text("dashboard.budget.chart", locale), List.of(), bars,
				new BarChart.Reference(messages.getMessage("dashboard.budget.call",
						new Object[] { euros(budget.callEur(), numbers) }, locale), budget.callEur().doubleValue()));
	}

	private BarChart eligibility(Figures figures, Locale locale, NumberFormat numbers) {
		CallDashboard.Eligibility eligibility = figures.eligibility();
		return BarChart.rows("chart-eligibility", text("dashboard.eligibility.chart", locale), List.of(),
				List.of(one(text("dashboard.eligibility.eligible", locale), eligibility.eligibleByCheck(), numbers),
						one(text("dashboard.eligibility.notEligible", locale), eligibility.notEligibleByCheck(), numbers),
						one(text("dashboard.eligibility.madeEligible", locale), eligibility.madeEligible(), numbers),
						one(text("dashboard.eligibility.madeNotEligible", locale), eligibility.madeNotEligible(),
								numbers)),
				null);
	}

	private BarChart introductions(Figures figures, Locale locale, NumberFormat numbers) {
		CallDashboard.Introductions introductions = figures.introductions();
		return BarChart.rows("chart-introductions", text("dashboard.introductions.chart", locale), List.of(),
				List.of(one(text("dashboard.introductions.sent", locale), introductions.sent(), numbers),
						one(text("dashboard.introductions.accepted", locale), introductions.accepted(), numbers),
						one(text("dashboard.introductions.declined", locale), introductions.declined(), numbers),
						one(text("dashboard.introductions.awaiting", locale), introductions.awaiting(), numbers)),
				null);
	}

	private BarChart sessions(Figures figures, Locale locale, NumberFormat numbers) {
		if (figures.sessions().isEmpty()) {
			return null;
		}
		List<Category> sessions = figures.sessions()
			.stream()
			.map(session -> new Category(sessionLabel(session, locale),
					List.of((double) session.confirmed(), (double) session.waitlisted(), (double) session.seats()),
					List.of(numbers.format(session.confirmed()), numbers.format(session.waitlisted()),
							numbers.format(session.seats()))))
			.toList();
		return BarChart.rows("chart-sessions", text("dashboard.sessions.chart", locale),
				List.of(text("dashboard.sessions.confirmed", locale), text("dashboard.sessions.waitlisted", locale),
						text("dashboard.sessions.seats", locale)),
				sessions, null);
	}

	/** A session as the chart names it: its day and title, and whether it was cancelled. */
	String sessionLabel(CallDashboard.Session session, Locale locale) {
		String label = time.day(session.startsAt().atZone(BrusselsTime.ZONE).toLocalDate()) + " · " + session.title();
		return session.cancelled() ? label + " (" + text("dashboard.sessions.cancelled", locale) + ")" : label;
	}

	private List<Category> counts(List<Count> counts, Function<Count, String> label, NumberFormat numbers) {
		return counts.stream()
			.map(count -> new Category(label.apply(count),
					List.of((double) count.submitted(), (double) count.drafts()),
					List.of(numbers.format(count.submitted()), numbers.format(count.drafts()))))
			.toList();
	}

	/** A disease area as the chart names it: the ICD-10 chapter and its name, or that none is chosen yet. */
	String area(String chapter, Locale locale) {
		return chapter == null ? text("dashboard.areas.none", locale)
				: chapter + " " + messages.getMessage("icd10." + chapter, null, chapter, locale);
	}

	private static Category one(String label, int value, NumberFormat numbers) {
		return Category.of(label, value, numbers.format(value));
	}

	private static String euros(BigDecimal amount, NumberFormat numbers) {
		return "EUR " + numbers.format(amount);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
