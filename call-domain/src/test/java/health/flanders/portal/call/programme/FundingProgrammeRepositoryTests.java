package health.flanders.portal.call.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

import health.flanders.portal.call.testing.RepositoryTest;

@RepositoryTest
class FundingProgrammeRepositoryTests {

	/** 23:30 UTC on 30 June is already 1 July in Brussels. */
	static final Clock CLOCK = Clock.fixed(Instant.parse("2019-06-30T23:30:00Z"), ZoneOffset.UTC);

	@Autowired
	FundingProgrammeRepository programmes;

	@Autowired
	TestEntityManager entities;

	@Test
	void thePublicSeesOnlyPublishedProgrammesByCountryThenRegion() {
		FundingProgramme flanders = published("Flanders", "BE", "ICON Personalised Medicine");
		FundingProgramme wallonia = published("Wallonia", "BE", "Walloon programme");
		FundingProgramme france = published("France (national)", "FR", "French programme");
		FundingProgramme suggested = programmes.save(programme("Bavaria", "DE", "Bavarian programme"));
		FundingProgramme declined = programme("Lombardy", "IT", "Lombard programme");
		declined.decline("staff@example.org", CLOCK);
		programmes.save(declined);
		entities.flush();
		entities.clear();

		assertThat(programmes.findPublished()).extracting(FundingProgramme::getId)
			.containsSubsequence(flanders.getId(), wallonia.getId(), france.getId())
			.doesNotContain(suggested.getId(), declined.getId());
		assertThat(programmes.findPublishedIn("BE")).extracting(FundingProgramme::getId)
			.containsSubsequence(flanders.getId(), wallonia.getId())
			.doesNotContain(france.getId());
		assertThat(programmes.findCountriesWithPublished()).contains("BE", "FR")
			.doesNotContain("DE", "IT")
			.isSorted()
			.doesNotHaveDuplicates();
		assertThat(programmes.findAwaitingReview()).extracting(FundingProgramme::getId)
			.contains(suggested.getId())
			.doesNotContain(flanders.getId(), declined.getId());
	}

	@Test
	void publishingRecordsWhoAndWhenAndTheDayInBrusselsAndHappensOnce() {
		FundingProgramme programme = programmes.save(programme("Flanders", "BE", "Reviewed once"));
		programme.publish("staff@example.org", CLOCK);
		entities.flush();
		entities.clear();

		FundingProgramme stored = programmes.findById(programme.getId()).orElseThrow();
		assertThat(stored.getStatus()).isEqualTo(ProgrammeStatus.PUBLISHED);
		assertThat(stored.getReviewedBy()).isEqualTo("staff@example.org");
		assertThat(stored.getReviewedAt()).isEqualTo(CLOCK.instant());
		assertThat(stored.getLastCheckedOn()).isEqualTo(LocalDate.of(2019, 7, 1));
		assertThat(stored.getYearlyBudgetEur()).isEqualByComparingTo("5000000");
		assertThat(stored.getVersion()).isEqualTo(1);
		assertThatIllegalStateException().isThrownBy(() -> stored.decline("other@example.org", CLOCK));
	}

	@Test
	void detailsThatTheSchemaWouldRefuseAreRefusedFirst() {
		assertThatIllegalArgumentException().isThrownBy(() -> details("be", "https://www.vlaio.be", null));
		assertThatIllegalArgumentException().isThrownBy(() -> details("BE", "ftp://www.vlaio.be", null));
		assertThatIllegalArgumentException().isThrownBy(() -> details("BE", "https://www.vlaio.be", BigDecimal.ZERO));
		assertThat(details("BE", " https://www.vlaio.be ", null).link()).isEqualTo("https://www.vlaio.be");
	}

	private FundingProgramme published(String region, String country, String name) {
		FundingProgramme programme = programme(region, country, name);
		programme.publish("staff@example.org", CLOCK);
		return programmes.save(programme);
	}

	private static FundingProgramme programme(String region, String country, String name) {
		return new FundingProgramme(new ProgrammeDetails(region, country, name, "Funder", new BigDecimal("5000000.00"),
				"https://www.example.org", "A programme for tests."), "someone@example.org", CLOCK);
	}

	private static ProgrammeDetails details(String country, String link, BigDecimal budget) {
		return new ProgrammeDetails("Flanders", country, "Programme", "Funder", budget, link, "Description");
	}
}
