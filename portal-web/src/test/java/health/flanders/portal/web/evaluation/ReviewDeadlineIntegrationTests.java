package health.flanders.portal.web.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import health.flanders.portal.call.Call;
import health.flanders.portal.call.audit.AuditTrail;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.AuditEntries;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;
import health.flanders.portal.web.system.BrusselsTime;

/** Staff set and move a call's review deadline on its evaluation page, within the call's rules. */
@PortalIntegrationTest
class ReviewDeadlineIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	AuditTrail audit;

	/** Six weeks from now, at 17:00 in Brussels, as the form sends it. */
	private final LocalDateTime sixWeeksOut = LocalDateTime.now(BrusselsTime.ZONE)
		.plusWeeks(6)
		.truncatedTo(ChronoUnit.DAYS)
		.withHour(17);

	@Test
	void staffSetTheReviewDeadlineInBrusselsTimeAndSeeItOnTheEvaluationPage() throws Exception {
		Call call = closedCall();
		PortalUser staff = data.user(Role.STAFF);
		String page = "/staff/calls/" + call.getId() + "/evaluation";
		mvc.perform(get(page).with(as(staff)))
			.andExpect(content().string(containsString("No review deadline is set yet.")))
			.andExpect(content().string(containsString(">Set the review deadline</button>")));

		mvc.perform(change(call, staff, sixWeeksOut.toString()))
			.andExpect(redirectedUrl(page + "#review-deadline"))
			.andExpect(flash().attribute("success", containsString("The reviews are now due on")));

		assertThat(reviewDeadlineOf(call)).isEqualTo(sixWeeksOut.atZone(BrusselsTime.ZONE).toInstant());
		mvc.perform(get(page).with(as(staff)))
			.andExpect(content().string(containsString("value=\"" + sixWeeksOut + "\"")))
			.andExpect(content().string(containsString("Reviews are due on")))
			.andExpect(content().string(containsString(">Move the review deadline</button>")))
			.andExpect(content().string(containsString("/staff/calls/" + call.getId() + "/evaluation/progress")));
		assertThat(AuditEntries.of(audit, staff.getEmail(), "REVIEW_DEADLINE_SET", call.getId())).hasSize(1);
	}

	@Test
	void afterTheReleaseStaffMoveTheReviewDeadlineLaterAsAnExtension() throws Exception {
		Call call = closedCall();
		PortalUser staff = data.user(Role.STAFF);
		mvc.perform(change(call, staff, sixWeeksOut.toString())).andExpect(status().is3xxRedirection());
		jdbc.sql("update calls set status = 'IN_EVALUATION', evaluation_started_at = now(), assignment_released_at = now() where id = ?")
			.param(call.getId())
			.update();

		mvc.perform(change(call, staff, sixWeeksOut.plusDays(10).toString()))
			.andExpect(flash().attribute("success", containsString("The reviews are now due on")));

		assertThat(reviewDeadlineOf(call)).isEqualTo(sixWeeksOut.plusDays(10).atZone(BrusselsTime.ZONE).toInstant());
		assertThat(AuditEntries.of(audit, staff.getEmail(), "REVIEW_DEADLINE_MOVED", call.getId())).hasSize(1);
	}

	@Test
	void aReviewDeadlineBeforeTheSubmissionDeadlineIsRefusedWithItsReasonOnThePage() throws Exception {
		Call call = data.openCall();
		PortalUser staff = data.user(Role.STAFF);
		String page = "/staff/calls/" + call.getId() + "/evaluation";
		LocalDateTime beforeItCloses = LocalDateTime.ofInstant(call.getDeadline(), BrusselsTime.ZONE).minusDays(1)
			.truncatedTo(ChronoUnit.MINUTES);

		MvcResult refused = mvc.perform(change(call, staff, beforeItCloses.toString()).header("Referer", "http://localhost" + page))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("refusal", "The review deadline must come after the submission deadline of the call."))
			.andReturn();

		assertThat(reviewDeadlineOf(call)).isNull();
		mvc.perform(followed(refused, staff))
			.andExpect(content().string(containsString("role=\"alert\"")))
			.andExpect(content().string(containsString("The review deadline must come after the submission deadline of the call.")));
	}

	@Test
	void theReviewDeadlineOfADecidedCallStaysAndItsPageOffersNoForm() throws Exception {
		Call call = closedCall();
		PortalUser staff = data.user(Role.STAFF);
		mvc.perform(change(call, staff, sixWeeksOut.toString())).andExpect(status().is3xxRedirection());
		jdbc.sql("update calls set status = 'DECIDED', evaluation_started_at = now(), decided_at = now() where id = ?")
			.param(call.getId())
			.update();

		mvc.perform(change(call, staff, sixWeeksOut.plusDays(3).toString()))
			.andExpect(flash().attribute("refusal", "The call is decided: its review deadline can no longer change."));

		assertThat(reviewDeadlineOf(call)).isEqualTo(sixWeeksOut.atZone(BrusselsTime.ZONE).toInstant());
		mvc.perform(get("/staff/calls/{id}/evaluation", call.getId()).with(as(staff)))
			.andExpect(content().string(containsString("Reviews are due on")))
			.andExpect(content().string(not(containsString("review-deadline\" method"))))
			.andExpect(content().string(not(containsString("the review deadline</button>"))));
	}

	@Test
	void anEmptyReviewDeadlineIsMarkedBesideItsFieldThroughAFlashTheSessionStoreCanWrite() throws Exception {
		Call call = closedCall();
		PortalUser staff = data.user(Role.STAFF);

		MvcResult result = mvc.perform(change(call, staff, "")).andExpect(status().is3xxRedirection()).andReturn();

		// Sessions live in PostgreSQL: the form and its errors reach the page only if they serialise.
		mvc.perform(followed(result, staff))
			.andExpect(content().string(containsString("id=\"reviewDeadline-error\"")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")))
			.andExpect(content().string(containsString("Please fill this in.")))
			.andExpect(content().string(containsString("id=\"error-summary\"")));
		assertThat(reviewDeadlineOf(call)).isNull();
	}

	@Test
	void theEvaluationPageShowsTheReviewDeadlineInDutch() throws Exception {
		Call call = closedCall();
		PortalUser staff = data.user(Role.STAFF);
		mvc.perform(change(call, staff, sixWeeksOut.toString())).andExpect(status().is3xxRedirection());

		mvc.perform(get("/staff/calls/{id}/evaluation", call.getId()).with(as(staff)).header("Accept-Language", "nl-BE"))
			.andExpect(content().string(containsString("Reviewdeadline (Brusselse tijd)")))
			.andExpect(content().string(containsString("De reviews moeten klaar zijn op")))
			.andExpect(content().string(containsString("Voortgang van de reviews")));
	}

	@Test
	void theReviewDeadlineOfACallThatDoesNotExistIsNotFound() throws Exception {
		mvc.perform(change(Long.MAX_VALUE, data.user(Role.STAFF), sixWeeksOut.toString()))
			.andExpect(status().isNotFound());
	}

	/** The page a redirect leads to, opened in the session that carries its flash attributes. */
	private MockHttpServletRequestBuilder followed(MvcResult redirect, PortalUser staff) {
		return get(redirect.getResponse().getRedirectedUrl().replaceFirst("#.*", "")).with(as(staff))
			.cookie(redirect.getResponse().getCookie("SESSION"));
	}

	private Call closedCall() {
		Call call = data.openCall();
		data.passDeadline(call);
		return call;
	}

	private MockHttpServletRequestBuilder change(Call call, PortalUser staff, String reviewDeadline) {
		return change(call.getId(), staff, reviewDeadline);
	}

	private MockHttpServletRequestBuilder change(long callId, PortalUser staff, String reviewDeadline) {
		return post("/staff/calls/{id}/evaluation/review-deadline", callId).param("reviewDeadline", reviewDeadline)
			.with(csrf())
			.with(as(staff));
	}

	private Instant reviewDeadlineOf(Call call) {
		OffsetDateTime deadline = jdbc.sql("select review_deadline from calls where id = ?")
			.param(call.getId())
			.query((rs, row) -> rs.getObject(1, OffsetDateTime.class))
			.list()
			.get(0);
		return deadline == null ? null : deadline.toInstant();
	}

	private RequestPostProcessor as(PortalUser person) {
		return user(userDetails.loadUserByUsername(person.getEmail()));
	}
}
