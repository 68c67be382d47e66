package health.flanders.portal.web.programmes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import health.flanders.portal.call.programme.FundingProgramme;

/** A funding programme as the overview and the review list show it. */
public record ProgrammeView(long id, String region, String country, String programme, String funder,
		BigDecimal yearlyBudgetEur, String link, String description, LocalDate lastCheckedOn, String suggestedBy,
		Instant suggestedAt, long version) {

	static ProgrammeView of(FundingProgramme programme) {
		return new ProgrammeView(programme.getId(), programme.getRegion(), programme.getCountry(),
				programme.getProgramme(), programme.getFunder(), programme.getYearlyBudgetEur(), programme.getLink(),
				programme.getDescription(), programme.getLastCheckedOn(), programme.getSuggestedBy(),
				programme.getCreatedAt(), programme.getVersion());
	}

	/** Whether the budget has cents to show; most are whole euros. */
	public boolean budgetHasCents() {
		return yearlyBudgetEur != null && yearlyBudgetEur.stripTrailingZeros().scale() > 0;
	}
}
