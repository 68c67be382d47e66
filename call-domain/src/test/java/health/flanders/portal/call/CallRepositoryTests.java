package health.flanders.portal.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import health.flanders.portal.call.eligibility.EligibilityCriteria;
import health.flanders.portal.call.testing.RepositoryTest;

@RepositoryTest
class CallRepositoryTests {

	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

	@Autowired
	CallRepository calls;

	@Autowired
	TestEntityManager entities;

	@Autowired
	JdbcTemplate jdbc;

	static Call pilotCall(String code) {
		Call call = new Call(code, new Bilingual("Personalised Medicine", "Gepersonaliseerde geneeskunde"),
				new Bilingual("The pilot call.", "De pilootoproep."), Instant.parse("2026-11-01T09:00:00Z"),
				Instant.parse("2027-01-15T16:00:00Z"), new BigDecimal("10000000.00"), EligibilityCriteria.icon(),
				EvaluationDefaults.standard(), Call.MAX_ABSTRACT_LENGTH, CLOCK);
		CallGoal one = call.addGoal("1", new Bilingual("Knowledge on data and biomarkers", "Kennis over data"), null);
		call.addGoal("1a", new Bilingual("Wider availability of data", "Ruimere beschikbaarheid van data"), one);
		call.addGoal("1b", "Biomarker and pharmacogenomic data", one);
		return call;
	}

	@Test
	void aCallIsStoredWithItsGoalsEligibilitySettingsAndExactBudget() {
		Call call = pilotCall("REPO-1");
		call.publish(CLOCK);
		Long id = calls.saveAndFlush(call).getId();
		entities.clear();

		Call found = calls.findWithGoalsById(id).orElseThrow();
		assertThat(found.getStatus()).isEqualTo(CallStatus.PUBLISHED);
		assertThat(found.getTitle(java.util.Locale.forLanguageTag("nl"))).isEqualTo("Gepersonaliseerde geneeskunde");
		assertThat(found.getGoals().get(1).getTitle(java.util.Locale.forLanguageTag("nl")))
			.isEqualTo("Ruimere beschikbaarheid van data");
		assertThat(found.getBudgetEur()).isEqualByComparingTo("10000000.00");
		assertThat(found.getDeadline()).isEqualTo(Instant.parse("2027-01-15T16:00:00Z"));
		assertThat(found.getEligibility().minIndependentFlemishEnterprises()).isEqualTo(3);
		assertThat(found.getEligibility().maxResearchBudgetShare()).isEqualByComparingTo("0.40");
		assertThat(found.getGoals()).extracting(CallGoal::getCode).containsExactly("1", "1a", "1b");
		CallGoal one = found.getTopLevelGoals().get(0);
		assertThat(found.getSubGoals(one)).extracting(CallGoal::getCode).containsExactly("1a", "1b");
	}

	@Test
	void onlyPublishedCallsAreFoundByStatus() {
		Call open = pilotCall("REPO-2");
		open.publish(CLOCK);
		calls.save(open);
		calls.save(pilotCall("REPO-3"));
		calls.flush();

		assertThat(calls.findByStatusInOrderByDeadlineDesc(EnumSet.of(CallStatus.PUBLISHED)))
			.extracting(Call::getCode)
			.contains("REPO-2")
			.doesNotContain("REPO-3");
		assertThat(calls.findPublished()).extracting(Call::getCode).contains("REPO-2").doesNotContain("REPO-3");
	}

	@Test
	void theDatabaseRefusesADeadlineBeforeTheOpening() {
		assertThatThrownBy(() -> jdbc.update("""
				insert into calls (code, title, description, status, opens_at, deadline, budget_eur)
				values ('BAD', 't', 'd', 'PUBLISHED', '2027-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 1)"""))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("ck_calls_deadline_after_opening");
	}

	@Test
	void instantsAreStoredAsTimestampsWithTimeZone() {
		String type = jdbc.queryForObject(
				"select data_type from information_schema.columns where table_name = 'calls' and column_name = 'deadline'",
				String.class);
		assertThat(type).isEqualTo("timestamp with time zone");
	}
}
