package health.flanders.portal.web.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import health.flanders.portal.call.Call;
import health.flanders.portal.call.session.InfoSession;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;

/**
 * Sessions that have ended, by the portal's clock: the API leaves them out unless asked, the pages list them after the
 * upcoming ones and say they are past, and nobody can cancel them any more.
 */
@PortalIntegrationTest
class PastSessionsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	SessionRegistrations registrations;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	Call call;

	InfoSession longAgo;

	InfoSession endedAnHourAgo;

	InfoSession runningNow;

	InfoSession tomorrow;

	InfoSession nextWeek;

	/** Five sessions of one call, two of them over, each session two hours long; made in an order of their own. */
	@BeforeEach
	void fiveSessions() {
		Instant now = clock.instant();
		call = data.openCall();
		nextWeek = session("Next week", now.plus(Duration.ofDays(7)));
		longAgo = session("May 2019", Instant.parse("2019-05-14T12:00:00Z"));
		runningNow = session("Running now", now.minus(Duration.ofHours(1)));
		endedAnHourAgo = session("Ended an hour ago", now.minus(Duration.ofHours(3)));
		tomorrow = session("Tomorrow", now.plus(Duration.ofDays(1)));
	}

	@Test
	void theApiListsOnlyTheSessionsThatHaveNotEndedTheSoonestFirst() throws Exception {
		String json = mvc.perform(get("/api/v1/info-sessions"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(ids(json)).filteredOn(this::ours).containsExactly(runningNow.getId(), tomorrow.getId(), nextWeek.getId());
		List<Boolean> past = JsonPath.read(json, "$[*].past");
		assertThat(past).isNotEmpty().containsOnly(false);
		List<String> ends = JsonPath.read(json, "$[*].endsAt");
		assertThat(ends).allSatisfy(end -> assertThat(java.time.OffsetDateTime.parse(end).toInstant())
			.isAfter(clock.instant().minusSeconds(60)));
	}

	@Test
	void theApiListsThePastSessionsAfterTheUpcomingOnesTheLatestFirstWhenAskedAndMarksThem() throws Exception {
		String json = mvc.perform(get("/api/v1/info-sessions").param("past", "true"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(ids(json)).filteredOn(this::ours)
			.containsExactly(runningNow.getId(), tomorrow.getId(), nextWeek.getId(), endedAnHourAgo.getId(),
					longAgo.getId());
		assertThat(JsonPath.<List<Boolean>>read(json, "$[?(@.id == " + longAgo.getId() + ")].past")).containsExactly(true);
		assertThat(JsonPath.<List<Boolean>>read(json, "$[?(@.id == " + endedAnHourAgo.getId() + ")].past"))
			.containsExactly(true);
		assertThat(JsonPath.<List<Boolean>>read(json, "$[?(@.id == " + runningNow.getId() + ")].past"))
			.containsExactly(false);
		assertThat(JsonPath.<List<String>>read(json, "$[?(@.id == " + longAgo.getId() + ")].startsAt"))
			.containsExactly("2019-05-14T14:00:00+02:00");
	}

	@Test
	void thePublicListShowsTheUpcomingSessionsFirstAndLabelsThePastOnesInEnglishAndDutch() throws Exception {
		String english = page(get("/info-sessions"));
		assertInOrder(english);
		assertLabels(english, "Past");

		String dutch = page(get("/info-sessions").header("Accept-Language", "nl"));
		assertInOrder(dutch);
		assertLabels(dutch, "Voorbij");
	}

	@Test
	void theCallPageShowsItsUpcomingSessionsFirstAndLabelsThePastOnes() throws Exception {
		String english = page(get("/calls/{id}", call.getId()));
		assertInOrder(english);
		assertLabels(english, "Past");

		assertLabels(page(get("/calls/{id}", call.getId()).header("Accept-Language", "nl")), "Voorbij");
	}

	@Test
	void theAdminListShowsTheUpcomingSessionsFirstLabelsThePastOnesAndOffersNoCancellingThem() throws Exception {
		String english = page(get("/admin/info-sessions").with(admin()));
		assertInOrder(english);
		assertLabels(english, "Past");
		for (InfoSession past : List.of(longAgo, endedAnHourAgo)) {
			assertThat(item(english, past)).doesNotContain("Cancel session").doesNotContain("/cancel");
		}
		for (InfoSession upcoming : List.of(runningNow, tomorrow, nextWeek)) {
			assertThat(item(english, upcoming)).contains("Cancel session");
		}
		assertLabels(page(get("/admin/info-sessions").with(admin()).header("Accept-Language", "nl")), "Voorbij");
	}

	@Test
	void cancellingAPastSessionIsRefusedWithTheReasonAndChangesNothing() throws Exception {
		String email = "past-" + TestData.unique() + "@example.org";
		registrations.register(tomorrow.getId(),
				new SessionRegistrations.Request("Ann Peeters", email, "Acme NV", false, null, Locale.ENGLISH));
		// The session took place since: it started a day and a half ago.
		jdbc.sql("update info_sessions set starts_at = now() - interval '36 hours', ends_at = now() - interval '34 hours' "
				+ "where id = ?").param(tomorrow.getId()).update();

		mvc.perform(cancel(tomorrow))
			.andExpect(redirectedUrl("/admin/info-sessions"))
			.andExpect(flash().attribute("refusal",
					"This session has ended: a session that took place cannot be cancelled."));
		mvc.perform(cancel(tomorrow).header("Accept-Language", "nl"))
			.andExpect(flash().attribute("refusal",
					"Deze sessie is voorbij: een sessie die al plaatsvond, kan niet meer geannuleerd worden."));

		assertThat(jdbc.sql("select cancelled_at is null from info_sessions where id = ?")
			.param(tomorrow.getId())
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(jdbc.sql("select count(*) from outgoing_mails where recipient = ? and subject like 'Cancelled:%'")
			.param(email)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void anUpcomingSessionIsStillCancelled() throws Exception {
		mvc.perform(cancel(nextWeek)).andExpect(redirectedUrl("/admin/info-sessions")).andExpect(
				flash().attribute("cancelledCount", 0));
		assertThat(jdbc.sql("select cancelled_at is not null from info_sessions where id = ?")
			.param(nextWeek.getId())
			.query(Boolean.class)
			.single()).isTrue();
	}

	private InfoSession session(String name, Instant startsAt) {
		return data.session(call, name + " " + TestData.unique(), startsAt);
	}

	private boolean ours(long id) {
		return List.of(longAgo, endedAnHourAgo, runningNow, tomorrow, nextWeek)
			.stream()
			.anyMatch(session -> session.getId() == id);
	}

	private static List<Long> ids(String json) {
		List<Number> ids = JsonPath.read(json, "$[*].id");
		return ids.stream().map(Number::longValue).toList();
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	/** Upcoming sessions first, the soonest first; then the past ones, the latest first. */
	private void assertInOrder(String html) {
		List<Integer> positions = List.of(runningNow, tomorrow, nextWeek, endedAnHourAgo, longAgo)
			.stream()
			.map(session -> html.indexOf(session.getTitle()))
			.toList();
		assertThat(positions).doesNotContain(-1).isSorted();
	}

	/** The past sessions carry the label in words, the upcoming ones do not. */
	private void assertLabels(String html, String label) {
		String badge = ">" + label + "</span>";
		assertThat(item(html, longAgo)).contains(badge);
		assertThat(item(html, endedAnHourAgo)).contains(badge);
		assertThat(item(html, runningNow)).doesNotContain(badge);
		assertThat(item(html, tomorrow)).doesNotContain(badge);
		assertThat(item(html, nextWeek)).doesNotContain(badge);
	}

	/** The list item or table row that shows this session. */
	private static String item(String html, InfoSession session) {
		int title = html.indexOf(session.getTitle());
		assertThat(title).as(session.getTitle()).isNotNegative();
		int start = Math.max(html.lastIndexOf("<li", title), html.lastIndexOf("<tr", title));
		int end = html.indexOf(html.startsWith("<tr", start) ? "</tr>" : "</li>", title);
		return html.substring(start, end);
	}

	private MockHttpServletRequestBuilder cancel(InfoSession session) {
		return post("/admin/info-sessions/{id}/cancel", session.getId()).with(csrf())
			.with(admin())
			.header("Referer", "http://localhost/admin/info-sessions");
	}

	private RequestPostProcessor admin() {
		return user(userDetails.loadUserByUsername(data.user(Role.ADMIN).getEmail()));
	}
}
