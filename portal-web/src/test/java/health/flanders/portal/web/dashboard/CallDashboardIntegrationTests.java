package health.flanders.portal.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import health.flanders.portal.call.Call;
import health.flanders.portal.call.organisation.Organisation;
import health.flanders.portal.call.proposal.Proposal;
import health.flanders.portal.call.session.InfoSession;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.dashboard.CallDashboard.Count;
import health.flanders.portal.web.dashboard.CallDashboard.Figures;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;

/**
 * The call dashboard counts what the database holds: starts and submissions per day, goals, disease areas, regions,
 * budgets and the funding line, eligibility as checked and as staff decided, introductions and registrations; staff
 * and admins see it, others not. The public call page shows counts only, and only once the call has closed.
 */
@PortalIntegrationTest
class CallDashboardIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	CallDashboard dashboard;

	/** A call with two submitted proposals (one overridden as not eligible), one withdrawn, one draft and more. */
	private record Scene(Call call, Proposal eligible, Proposal overridden, PortalUser staff) {
	}

	private Scene scene() {
		Call call = data.openCall();
		PortalUser applicant = data.user(Role.APPLICANT);
		PortalUser staff = data.user(Role.STAFF);
		Proposal eligible = data.submittedProposal(call, applicant, "DASHA" + TestData.unique().substring(0, 4));
		Proposal overridden = data.submittedProposal(call, applicant, "DASHB" + TestData.unique().substring(0, 4));
		jdbc.sql("""
				insert into eligibility_overrides (proposal_id, eligible, reason, decided_by, decided_at, version)
				values (?, false, 'The university is not independent.', ?, now(), 1)""")
			.params(overridden.getId(), staff.getId())
			.update();
		Proposal withdrawn = data.submittedProposal(call, applicant, "DASHC" + TestData.unique().substring(0, 4));
		jdbc.sql("update proposals set status = 'WITHDRAWN', withdrawn_at = now() where id = ?")
			.param(withdrawn.getId())
			.update();
		Organisation brussels = data.flemishEnterprise("Brussels Lab NV " + TestData.unique(), null);
		jdbc.sql("update organisations set postal_code = '1000', city = 'Brussel' where id = ?")
			.param(brussels.getId())
			.update();
		Proposal draft = data.proposal(call, applicant, "DASHD" + TestData.unique().substring(0, 4), brussels);

		introduction(eligible, data.flemishEnterprise("Asked One NV " + TestData.unique(), null), staff, "ACCEPTED");
		introduction(draft, data.flemishEnterprise("Asked Two NV " + TestData.unique(), null), staff, "SENT");
		InfoSession session = data.session(call, "Webinar " + TestData.unique(), call.getDeadline().minus(Duration.ofDays(7)));
		register(session, "CONFIRMED");
		register(session, "CONFIRMED");
		register(session, "WAITLISTED");
		register(session, "CANCELLED");
		return new Scene(call, eligible, overridden, staff);
	}

	@Test
	void theFiguresAreThoseOfTheCallsProposalsIntroductionsAndSessions() {
		Scene scene = scene();

		Figures figures = dashboard.of(scene.call().getId(), Locale.ENGLISH);

		assertThat(figures.submitted()).isEqualTo(2);
		assertThat(figures.drafts()).isEqualTo(1);
		assertThat(figures.withdrawn()).isEqualTo(1);
		LocalDate today = jdbc.sql("select (created_at at time zone 'Europe/Brussels')::date from proposals where id = ?")
			.param(scene.eligible().getId())
			.query(Date.class)
			.single()
			.toLocalDate();
		assertThat(figures.days()).filteredOn(day -> day.day().equals(today))
			.singleElement()
			.satisfies(day -> {
				assertThat(day.started()).isEqualTo(4);
				assertThat(day.submitted()).isEqualTo(3);
			});
		assertThat(figures.days()).filteredOn(day -> !day.day().equals(today))
			.allSatisfy(day -> assertThat(day.started() + day.submitted()).isZero());
		assertThat(figures.days().get(0).day()).isBeforeOrEqualTo(today);
		assertThat(figures.days().get(figures.days().size() - 1).day()).isAfter(today.plusDays(26));

		assertThat(figures.goals()).extracting(Count::key).containsExactly("1", "1a", "1b", "2", "2a", "2b");
		assertThat(figures.goals()).filteredOn(count -> count.key().equals("1b"))
			.singleElement()
			.satisfies(count -> assertThat(count.submitted()).isEqualTo(2));
		assertThat(figures.goals()).filteredOn(count -> !count.key().equals("1b"))
			.allSatisfy(count -> assertThat(count.submitted() + count.drafts()).isZero());
		assertThat(figures.areas()).containsExactly(new Count("II", null, 2, 0), new Count(null, null, 0, 1));
		assertThat(figures.regions()).containsExactly(new Count("FLEMISH_REGION", null, 8, 0),
				new Count("BRUSSELS_CAPITAL_REGION", null, 0, 1));

		assertThat(figures.eligibility()).isEqualTo(new CallDashboard.Eligibility(2, 1, 0, 0, 1));
		assertThat(figures.budget().callEur()).isEqualByComparingTo("10000000");
		assertThat(figures.budget().requestedEur()).isEqualByComparingTo("1600000");
		assertThat(figures.budget().eligibleEur()).isEqualByComparingTo("800000");
		assertThat(figures.budget().line()).isNull();
		assertThat(figures.introductions()).isEqualTo(new CallDashboard.Introductions(2, 1, 0, 1));
		assertThat(figures.sessions()).singleElement().satisfies(session -> {
			assertThat(session.confirmed()).isEqualTo(2);
			assertThat(session.waitlisted()).isEqualTo(1);
			assertThat(session.seats()).isEqualTo(120);
			assertThat(session.cancelled()).isFalse();
		});
	}

	@Test
	void onceDecidedTheBudgetShowsTheFundingLine() {
		Scene scene = scene();
		jdbc.sql("update calls set status = 'DECIDED', decided_at = now(), version = version + 1 where id = ?")
			.param(scene.call().getId())
			.update();
		jdbc.sql("""
				insert into funding_decisions (proposal_id, call_id, rank, outcome, total, decided_by, decided_at)
				values (?, ?, 1, 'FUNDED', 4.10, ?, now()), (?, ?, 2, 'RESERVE', 3.90, ?, now())""")
			.params(scene.eligible().getId(), scene.call().getId(), scene.staff().getId(), scene.overridden().getId(),
					scene.call().getId(), scene.staff().getId())
			.update();

		CallDashboard.Line line = dashboard.of(scene.call().getId(), Locale.ENGLISH).budget().line();

		assertThat(line).isEqualTo(new CallDashboard.Line(1, new BigDecimal("800000.00"), 1, true));
		String page = page(get("/staff/calls/{id}", scene.call().getId()).param("lang", "en").with(as(scene.staff())));
		assertThat(page).contains("Decided: one proposal funded, one on the reserve list.")
			.contains("Above the funding line");
	}

	@Test
	void staffSeeEachChartAsAnImageWithItsTableInTheirLanguage() {
		Scene scene = scene();

		String english = page(get("/staff/calls/{id}", scene.call().getId()).param("lang", "en").with(as(scene.staff())));
		assertThat(Pattern.compile("<svg class=\"chart\"[^>]* role=\"img\" aria-labelledby=\"chart-[a-z]+-title\">")
			.matcher(english)
			.results()
			.count()).isEqualTo(8);
		assertThat(english).contains("<title id=\"chart-budget-title\">Budget requested by the submitted proposals")
			.contains("The call&#39;s budget: EUR 10,000,000")
			.containsPattern("Requested by the submitted proposals</th>\\s*<td class=\"text-end\">1,600,000</td>")
			.containsPattern("Not eligible by staff&#39;s decision</th>\\s*<td class=\"text-end\">1</td>")
			.containsPattern("Accepted</th>\\s*<td class=\"text-end\">1</td>")
			.contains("<caption class=\"caption-top\">Registrations and seats per information session</caption>")
			.contains("Submitted: 2; drafts: 1; withdrawn: 1")
			.contains("II Neoplasms");

		String dutch = page(get("/staff/calls/{id}", scene.call().getId()).param("lang", "nl").with(as(scene.staff())));
		assertThat(dutch).contains("Budget van de oproep: EUR 10.000.000")
			.containsPattern("Gevraagd door de ingediende voorstellen</th>\\s*<td class=\"text-end\">1.600.000</td>")
			.contains("Ingediend: 2; concepten: 1; ingetrokken: 1")
			.doesNotContain("1,600,000");
	}

	@Test
	void staffAndAdminsMayOpenTheDashboardOthersMayNot() throws Exception {
		Call call = data.openCall();

		mvc.perform(get("/staff/calls/{id}", call.getId()).with(as(data.user(Role.STAFF)))).andExpect(status().isOk());
		mvc.perform(get("/staff/calls/{id}", call.getId()).with(as(data.user(Role.ADMIN)))).andExpect(status().isOk());
		mvc.perform(get("/staff/calls/{id}", call.getId()).with(as(data.user(Role.APPLICANT))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/staff/calls/{id}", call.getId()).with(as(data.user(Role.REVIEWER))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/staff/calls/{id}", call.getId())).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/staff/calls/{id}", Long.MAX_VALUE).with(as(data.user(Role.STAFF))))
			.andExpect(status().isNotFound());
		// The admins' way there is the dashboard alone: the staff's other pages of a call stay theirs.
		mvc.perform(get("/staff/calls/{id}/proposals", call.getId()).with(as(data.user(Role.ADMIN))))
			.andExpect(status().isForbidden());
	}

	@Test
	void theCallsListsLinkToTheDashboard() {
		Scene scene = scene();
		String link = "href=\"/staff/calls/" + scene.call().getId() + "\"";

		assertThat(page(get("/staff/calls").with(as(scene.staff())))).contains(link);
		assertThat(page(get("/admin/calls").with(as(data.user(Role.ADMIN))))).contains(link);
		assertThat(page(get("/staff/calls/{id}/proposals", scene.call().getId()).with(as(scene.staff())))).contains(link);
	}

	@Test
	void theCallPageShowsCountsOnlyOnceTheCallHasClosed() {
		Scene scene = scene();

		String open = page(get("/calls/{id}", scene.call().getId()).param("lang", "en"));
		assertThat(open).doesNotContain("The call in numbers", "Proposals submitted");

		data.passDeadline(scene.call());
		String closed = page(get("/calls/{id}", scene.call().getId()).param("lang", "en"));
		assertThat(closed).contains("The call in numbers")
			.containsPattern("Proposals submitted</dt>\\s*<dd class=\"col-sm-8\">2</dd>")
			.containsPattern("Eligible proposals</dt>\\s*<dd class=\"col-sm-8\">1</dd>")
			.containsPattern("Organisations in their consortia</dt>\\s*<dd class=\"col-sm-8\">8</dd>")
			.containsPattern("Of which enterprises</dt>\\s*<dd class=\"col-sm-8\">6</dd>")
			.doesNotContain("Proposals funded", scene.eligible().getAcronym(), scene.overridden().getAcronym(),
					"800,000", "800.000");
		String dutch = page(get("/calls/{id}", scene.call().getId()).param("lang", "nl"));
		assertThat(dutch).contains("De oproep in cijfers")
			.containsPattern("Ingediende voorstellen</dt>\\s*<dd class=\"col-sm-8\">2</dd>");
	}

	private void introduction(Proposal proposal, Organisation organisation, PortalUser sender, String state) {
		jdbc.sql("""
				insert into introductions (proposal_id, organisation_id, message, sent_by, sent_at, contact_email,
				answer_token_sha256, state, answered_at)
				values (?, ?, 'Could we talk?', ?, now(), ?, ?, ?, case when cast(? as varchar) = 'SENT' then null else now() end)""")
			.params(proposal.getId(), organisation.getId(), sender.getId(), "contact-" + TestData.unique() + "@example.org",
					TestData.unique() + TestData.unique(), state, state)
			.update();
	}

	private void register(InfoSession session, String status) {
		jdbc.sql("""
				insert into info_session_registrations (session_id, attendance, name, email, organisation,
				consent_registration, status, cancel_token_hash, created_at)
				values (?, 'IN_PERSON', 'Bert Janssens', ?, 'Acme NV', true, ?, ?, now())""")
			.params(session.getId(), "bert-" + TestData.unique() + "@example.org", status, TestData.unique())
			.update();
	}

	private String page(RequestBuilder request) {
		try {
			return mvc.perform(request)
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private RequestPostProcessor as(PortalUser person) {
		return user(userDetails.loadUserByUsername(person.getEmail()));
	}
}
