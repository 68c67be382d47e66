package health.flanders.portal.web.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import health.flanders.portal.call.Call;
import health.flanders.portal.call.audit.AuditTrail;
import health.flanders.portal.call.proposal.Proposal;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.AuditEntries;
import health.flanders.portal.web.support.Mailbox;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;

/** Admins set up, publish and run calls; staff read them; each call keeps to itself. */
@PortalIntegrationTest
class CallAdminIntegrationTests {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail audit;

	@Autowired
	Mailbox mailbox;

	@Autowired
	UserDetailsService userDetails;

	@Test
	void anAdminCreatesADraftInBothLanguagesPreviewsItAndPublishesIt() throws Exception {
		PortalUser admin = data.user(Role.ADMIN);
		String code = code();
		String location = mvc.perform(post("/admin/calls").with(csrf()).with(as(admin)).params(params(validCall(code))))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = jdbc.sql("select id from calls where code = ?").param(code).query(Long.class).single();
		assertThat(location).isEqualTo("/admin/calls/" + id + "/edit");
		assertThat(jdbc.sql("select status from calls where id = ?").param(id).query(String.class).single())
			.isEqualTo("DRAFT");

		// A draft does not exist for the public, in the pages or the API.
		mvc.perform(get("/calls/{id}", id)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/calls/{id}", id)).andExpect(status().isNotFound());
		mvc.perform(get("/admin/calls/{id}/preview/en", id).with(as(admin)))
			.andExpect(content().string(containsString("Precision oncology " + code)));
		mvc.perform(get("/admin/calls/{id}/preview/nl", id).with(as(admin)))
			.andExpect(content().string(containsString("Precisie-oncologie " + code)))
			.andExpect(content().string(containsString("Data delen")));

		mvc.perform(post("/admin/calls/{id}/publish", id).with(csrf()).with(as(admin)))
			.andExpect(flash().attributeExists("success"));
		mvc.perform(get("/calls/{id}", id).param("lang", "nl"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Precisie-oncologie " + code)))
			.andExpect(content().string(containsString("Opent binnenkort")));
		mvc.perform(get("/api/v1/calls/{id}", id).header("Accept-Language", "nl-BE,nl;q=0.9"))
			.andExpect(content().string(containsString("\"title\":\"Precisie-oncologie " + code + "\"")))
			.andExpect(content().string(containsString("\"status\":\"PUBLISHED\"")));
		mvc.perform(get("/api/v1/calls/{id}", id))
			.andExpect(content().string(containsString("\"title\":\"Precision oncology " + code + "\"")));

		// Publishing twice is refused in words.
		mvc.perform(post("/admin/calls/{id}/publish", id).with(csrf()).with(as(admin)))
			.andExpect(flash().attribute("refused", "This call is published already."));
		assertThat(AuditEntries.of(audit, admin.getEmail(), "CALL_CREATED", id)).hasSize(1);
		assertThat(AuditEntries.of(audit, admin.getEmail(), "CALL_PUBLISHED", id)).hasSize(1);
		assertThat(audit.verify().intact()).isTrue();
	}

	@Test
	void badInputOnTheCallFormIsShownBesideEachFieldKeepsWhatWasTypedAndSavesNothing() throws Exception {
		PortalUser admin = data.user(Role.ADMIN);
		Call existing = data.openCall();
		Map<String, String> form = validCall(existing.getCode());
		form.put("titleNl", "");
		form.put("deadline", form.get("opensAt").replace("09:00", "08:00"));
		form.put("budgetEur", "-1000");
		form.put("goals[2].code", "3a");
		form.put("goals[2].parentCode", "3");
		long before = jdbc.sql("select count(*) from calls").query(Long.class).single();

		mvc.perform(post("/admin/calls").with(csrf()).with(as(admin)).params(params(form)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "titleNl", "deadline", "budgetEur",
					"goals[2].parentCode"))
			.andExpect(content().string(containsString("The deadline must come after the opening.")))
			.andExpect(content().string(containsString("No goal above this one has this code")))
			.andExpect(content().string(containsString("value=\"-1000\"")))
			.andExpect(content().string(containsString("Precision oncology " + existing.getCode())));

		// A code that is taken is said beside the code, once the rest is right.
		mvc.perform(post("/admin/calls").with(csrf()).with(as(admin)).params(params(validCall(existing.getCode()))))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "code", "call.admin.code.taken"));
		assertThat(jdbc.sql("select count(*) from calls").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void goalsAreAddedAndMovedOnThePageWithoutSaving() throws Exception {
		PortalUser admin = data.user(Role.ADMIN);
		Map<String, String> form = validCall(code());
		form.put("goalAction", "add-sub-0");

		mvc.perform(post("/admin/calls").with(csrf()).with(as(admin)).params(params(form)))
			.andExpect(status().isOk())
			.andExpect(model().attribute("goalsChanged", true))
			.andExpect(content().string(containsString("name=\"goals[2].parentCode\" value=\"1\"")));
		assertThat(jdbc.sql("select count(*) from calls where code = ?").param(form.get("code")).query(Long.class).single())
			.isZero();
	}

	@Test
	void aCopyStartsFromTheEarlierCallWithoutItsCodeAndAYearLater() throws Exception {
		PortalUser admin = data.user(Role.ADMIN);
		Call call = data.openCall();

		mvc.perform(get("/admin/calls/new").param("copyOf", call.getId().toString()).with(as(admin)))
			.andExpect(content().string(containsString(call.getTitle())))
			.andExpect(content().string(containsString("Testoproep")))
			.andExpect(content().string(containsString("id=\"code\" name=\"code\" value=\"\"")));
	}

	@Test
	void rulesAndGoalsAreLockedOnceAProposalExistsButTextsMayBeCorrectedOnTheAuditTrail() throws Exception {
		PortalUser admin = data.user(Role.ADMIN);
		Call call = data.openCall();
		data.proposal(call, data.user(Role.APPLICANT), "LOCK" + TestData.unique().substring(0, 4));
		Map<String, String> form = formOf(call, admin);

		mvc.perform(get("/admin/calls/{id}/edit", call.getId()).with(as(admin)))
			.andExpect(content().string(containsString("so its eligibility settings and abstract length are locked")));
		Map<String, String> looser = new java.util.HashMap<>(form);
		looser.put("minRtos", "0");
		mvc.perform(post("/admin/calls/{id}", call.getId()).with(csrf()).with(as(admin)).params(params(looser)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("its eligibility settings and abstract length are locked")));
		Map<String, String> moreGoals = new java.util.HashMap<>(form);
		moreGoals.put("goals[6].code", "2c");
		moreGoals.put("goals[6].parentCode", "2");
		moreGoals.put("goals[6].titleEn", "Another");
		moreGoals.put("goals[6].titleNl", "Nog een");
		mvc.perform(post("/admin/calls/{id}", call.getId()).with(csrf()).with(as(admin)).params(params(moreGoals)))
			.andExpect(content().string(containsString("its goals are locked")));
		assertThat(jdbc.sql("select min_rtos from calls where id = ?").param(call.getId()).query(Integer.class).single())
			.isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from call_goals where call_id = ?").param(call.getId())
			.query(Long.class).single()).isEqualTo(6);

		Map<String, String> corrected = new java.util.HashMap<>(form);
		corrected.put("titleEn", "Personalised medicine, corrected");
		mvc.perform(post("/admin/calls/{id}", call.getId()).with(csrf()).with(as(admin)).params(params(corrected)))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select title from calls where id = ?").param(call.getId()).query(String.class).single())
			.isEqualTo("Personalised medicine, corrected");
		assertThat(AuditEntries.of(audit, admin.getEmail(), "CALL_TEXTS_CORRECTED", call.getId())).hasSize(1);

		// A form loaded before that save changes nothing and says so.
		mvc.perform(post("/admin/calls/{id}", call.getId()).with(csrf()).with(as(admin)).params(params(form)))
			.andExpect(model().attribute("conflict", true));
	}

	@Test
	void extendingTheDeadlineEmailsEveryApplicantInTheirLanguageAndNeverShortensIt() throws Exception {
		PortalUser admin = data.user(Role.ADMIN);
		Call call = data.openCall();
		PortalUser english = data.user(Role.APPLICANT);
		PortalUser dutch = data.user(Role.APPLICANT);
		jdbc.sql("update users set locale = 'nl' where id = ?").param(dutch.getId()).update();
		data.proposal(call, english, "EXT" + TestData.unique().substring(0, 4));
		data.proposal(call, dutch, "VERL" + TestData.unique().substring(0, 4));
		LocalDateTime deadline = LocalDateTime.ofInstant(call.getDeadline(), java.time.ZoneId.of("Europe/Brussels"));

		mvc.perform(post("/admin/calls/{id}/deadline", call.getId()).with(csrf()).with(as(admin))
				.param("newDeadline", deadline.minusDays(1).format(LOCAL)).param("reason", "Earlier"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("a deadline is never shortened")));
		mvc.perform(post("/admin/calls/{id}/deadline", call.getId()).with(csrf()).with(as(admin))
				.param("newDeadline", deadline.plusDays(7).format(LOCAL)).param("reason", ""))
			.andExpect(model().attributeHasFieldErrors("extension", "reason"));
		mvc.perform(post("/admin/calls/{id}/deadline", call.getId()).with(csrf()).with(as(admin))
				.param("newDeadline", deadline.plusDays(7).withHour(17).withMinute(0).format(LOCAL))
				.param("reason", "The portal was unreachable for a day"))
			.andExpect(flash().attribute("success", "The deadline is extended; 2 applicants are e-mailed."));

		String toEnglish = Mailbox.text(mailbox.awaitMessageTo(english.getEmail()));
		assertThat(toEnglish).contains("The portal was unreachable for a day").contains(call.getTitle()).contains("17:00");
		var toDutch = mailbox.awaitMessageTo(dutch.getEmail());
		assertThat(toDutch.getSubject()).startsWith("Deadline verlengd: Testoproep");
		assertThat(AuditEntries.of(audit, admin.getEmail(), "CALL_DEADLINE_EXTENDED", call.getId())).hasSize(1);
	}

	@Test
	void theEvaluationStartsOnlyOnceTheCallHasClosed() throws Exception {
		PortalUser staff = data.user(Role.STAFF);
		Call call = data.openCall();
		Proposal proposal = data.submittedProposal(call, data.user(Role.APPLICANT), "EVAL" + TestData.unique().substring(0, 4));

		mvc.perform(post("/staff/calls/{id}/evaluation/start", call.getId()).with(csrf()).with(as(staff)))
			.andExpect(flash().attribute("refusal", "The call is still open: its evaluation, and the release of the reviewer "
					+ "assignment, start once its deadline has passed."));
		mvc.perform(post("/staff/calls/{id}/assignment/release", call.getId()).param("confirmed", "true").with(csrf())
				.with(as(staff)))
			.andExpect(flash().attributeExists("refusal"));
		assertThat(statusOf(call)).isEqualTo("PUBLISHED");
		// A draft beside it stays writable: nothing of the evaluation reached the applicants' side.
		mvc.perform(get("/calls/{id}", call.getId())).andExpect(content().string(containsString("Open")));

		data.passDeadline(call);
		mvc.perform(get("/staff/calls/{id}/evaluation", call.getId()).with(as(staff)))
			.andExpect(content().string(containsString("Start the evaluation")));
		mvc.perform(post("/staff/calls/{id}/evaluation/start", call.getId()).with(csrf()).with(as(staff)))
			.andExpect(flash().attribute("evaluationStarted", true));
		assertThat(statusOf(call)).isEqualTo("IN_EVALUATION");
		assertThat(jdbc.sql("select status from proposals where id = ?").param(proposal.getId()).query(String.class)
			.single()).isEqualTo("IN_EVALUATION");
		mvc.perform(post("/staff/calls/{id}/evaluation/start", call.getId()).with(csrf()).with(as(staff)))
			.andExpect(flash().attribute("refusal", "The evaluation of this call has started already."));
		assertThat(AuditEntries.of(audit, staff.getEmail(), "EVALUATION_STARTED", call.getId())).hasSize(1);
	}

	@Test
	void aClosedCallSaysSoOnItsPageTheDashboardAndTheApiAndRefusesASubmission() throws Exception {
		Call call = data.openCall();
		PortalUser applicant = data.user(Role.APPLICANT);
		Proposal draft = data.completeProposal(call, applicant, "LATE" + TestData.unique().substring(0, 4));
		data.passDeadline(call);

		mvc.perform(get("/calls/{id}", call.getId()))
			.andExpect(content().string(containsString("Closed")))
			.andExpect(content().string(not(containsString("Start a proposal"))));
		mvc.perform(get("/api/v1/calls/{id}", call.getId()))
			.andExpect(content().string(containsString("\"status\":\"CLOSED\"")));
		mvc.perform(get("/proposals").with(as(applicant)))
			.andExpect(content().string(containsString("Closed")))
			.andExpect(content().string(containsString("The deadline has passed.")));
		mvc.perform(post("/proposals/{id}/submit", draft.getId()).with(csrf()).with(as(applicant)));
		assertThat(jdbc.sql("select status from proposals where id = ?").param(draft.getId()).query(String.class)
			.single()).isEqualTo("DRAFT");
	}

	@Test
	void twoCallsKeepTheirProposalsApartInEveryStaffListAndExport() throws Exception {
		PortalUser staff = data.user(Role.STAFF);
		PortalUser applicant = data.user(Role.APPLICANT);
		Call first = data.openCall();
		Call second = data.openCall();
		String suffix = TestData.unique().substring(0, 4).toUpperCase();
		data.submittedProposal(first, applicant, "ONE" + suffix);
		data.submittedProposal(second, applicant, "TWO" + suffix);

		for (String page : List.of("/staff/calls/%d/proposals", "/staff/calls/%d/proposals.csv",
				"/staff/calls/%d/evaluation", "/staff/calls/%d/ranking")) {
			String firstPage = body(get(String.format(page, first.getId())).with(as(staff)));
			String secondPage = body(get(String.format(page, second.getId())).with(as(staff)));
			assertThat(firstPage).as(page).contains("ONE" + suffix).doesNotContain("TWO" + suffix);
			assertThat(secondPage).as(page).contains("TWO" + suffix).doesNotContain("ONE" + suffix);
		}
		// The ranking's export lists nothing of the other call (and nothing yet of its own: no consensus yet).
		assertThat(body(get(String.format("/staff/calls/%d/ranking.csv", first.getId())).with(as(staff))))
			.doesNotContain("TWO" + suffix);
		// The overview counts each call's own proposals.
		String overview = body(get("/admin/calls").with(as(staff)));
		assertThat(overview).contains(first.getCode()).contains(second.getCode());
		mvc.perform(get("/proposals").with(as(applicant)))
			.andExpect(content().string(containsString(first.getTitle())))
			.andExpect(content().string(containsString(second.getTitle())));
	}

	@Test
	void theApiListsOpenCallsFirstThenUpcomingThenClosedOnes() throws Exception {
		Call closed = data.openCall();
		data.passDeadline(closed);
		Call upcoming = data.openCall(java.time.Instant.now().plus(java.time.Duration.ofDays(3)),
				java.time.Instant.now().plus(java.time.Duration.ofDays(40)));
		Call open = data.openCall();

		String calls = body(get("/api/v1/calls"));
		int openAt = calls.indexOf(open.getCode());
		int upcomingAt = calls.indexOf(upcoming.getCode());
		int closedAt = calls.indexOf(closed.getCode());
		assertThat(openAt).isPositive().isLessThan(upcomingAt);
		assertThat(upcomingAt).isLessThan(closedAt);
	}

	@Test
	void theAbstractIsHeldToTheCallsOwnLimit() throws Exception {
		PortalUser admin = data.user(Role.ADMIN);
		PortalUser applicant = data.user(Role.APPLICANT);
		Call call = data.draftCall();
		Map<String, String> form = formOf(call, admin);
		form.put("abstractMaxLength", "300");
		mvc.perform(post("/admin/calls/{id}", call.getId()).with(csrf()).with(as(admin)).params(params(form)))
			.andExpect(status().is3xxRedirection());
		jdbc.sql("update calls set status = 'PUBLISHED', opens_at = now() - interval '1 day' where id = ?")
			.param(call.getId())
			.update();
		Proposal proposal = data.proposal(call, applicant, "SHORT" + TestData.unique().substring(0, 4));

		mvc.perform(post("/proposals/{id}", proposal.getId()).with(csrf()).with(as(applicant))
				.param("title", "A title").param("abstractText", "x".repeat(301)).param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("proposalForm", "abstractText"))
			.andExpect(content().string(containsString("maxlength=\"300\"")));
	}

	private String statusOf(Call call) {
		return jdbc.sql("select status from calls where id = ?").param(call.getId()).query(String.class).single();
	}

	private String body(MockHttpServletRequestBuilder request) throws Exception {
		return new String(mvc.perform(request).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	/** The fields of a call's edit form as the page fills them. */
	private Map<String, String> formOf(Call call, PortalUser admin) throws Exception {
		var form = (CallForm) mvc.perform(get("/admin/calls/{id}/edit", call.getId()).with(as(admin)))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("form");
		Map<String, String> fields = new java.util.HashMap<>();
		fields.put("code", form.getCode());
		fields.put("titleEn", form.getTitleEn());
		fields.put("titleNl", form.getTitleNl());
		fields.put("descriptionEn", form.getDescriptionEn());
		fields.put("descriptionNl", form.getDescriptionNl());
		fields.put("opensAt", form.getOpensAt().format(LOCAL));
		fields.put("deadline", form.getDeadline().format(LOCAL));
		fields.put("budgetEur", form.getBudgetEur().toPlainString());
		fields.put("minIndependentFlemishEnterprises", form.getMinIndependentFlemishEnterprises().toString());
		fields.put("minRtos", form.getMinRtos().toString());
		fields.put("enterpriseMustCoordinate", String.valueOf(form.isEnterpriseMustCoordinate()));
		fields.put("universityRequiredWithStrategicResearchCentre",
				String.valueOf(form.isUniversityRequiredWithStrategicResearchCentre()));
		fields.put("researchShareLimited", "true");
		fields.put("maxResearchSharePercent", form.getMaxResearchSharePercent().toPlainString());
		fields.put("enterpriseBudgetMinimum", "true");
		fields.put("minEnterpriseBudgetEur", form.getMinEnterpriseBudgetEur().toPlainString());
		fields.put("enterpriseBudgetMaximum", "true");
		fields.put("maxEnterpriseBudgetEur", form.getMaxEnterpriseBudgetEur().toPlainString());
		fields.put("reviewersPerProposal", form.getReviewersPerProposal().toString());
		fields.put("maxProposalsPerReviewer", form.getMaxProposalsPerReviewer().toString());
		fields.put("totalThreshold", form.getTotalThreshold().toPlainString());
		fields.put("abstractMaxLength", form.getAbstractMaxLength().toString());
		fields.put("version", String.valueOf(form.getVersion()));
		for (int i = 0; i < form.getGoals().size(); i++) {
			CallForm.GoalLine goal = form.getGoals().get(i);
			fields.put("goals[" + i + "].code", goal.getCode());
			fields.put("goals[" + i + "].parentCode", goal.getParentCode());
			fields.put("goals[" + i + "].titleEn", goal.getTitleEn());
			fields.put("goals[" + i + "].titleNl", goal.getTitleNl().isEmpty() ? goal.getTitleEn() : goal.getTitleNl());
		}
		return fields;
	}

	/** A new call's form, right in every field: opening and deadline next year, 17:00 Brussels time. */
	private static Map<String, String> validCall(String code) {
		int year = LocalDateTime.now().getYear() + 1;
		Map<String, String> form = new java.util.HashMap<>();
		form.put("code", code);
		form.put("titleEn", "Precision oncology " + code);
		form.put("titleNl", "Precisie-oncologie " + code);
		form.put("descriptionEn", "A call on precision oncology.");
		form.put("descriptionNl", "Een oproep over precisie-oncologie.");
		form.put("opensAt", year + "-02-01T09:00");
		form.put("deadline", year + "-03-28T17:00");
		form.put("budgetEur", "5000000");
		form.put("minIndependentFlemishEnterprises", "3");
		form.put("minRtos", "1");
		form.put("enterpriseMustCoordinate", "true");
		form.put("universityRequiredWithStrategicResearchCentre", "true");
		form.put("researchShareLimited", "true");
		form.put("maxResearchSharePercent", "40");
		form.put("enterpriseBudgetMinimum", "true");
		form.put("minEnterpriseBudgetEur", "100000");
		form.put("enterpriseBudgetMaximum", "true");
		form.put("maxEnterpriseBudgetEur", "3000000");
		form.put("reviewersPerProposal", "3");
		form.put("maxProposalsPerReviewer", "12");
		form.put("totalThreshold", "3.00");
		form.put("abstractMaxLength", "3000");
		form.put("goals[0].code", "1");
		form.put("goals[0].parentCode", "");
		form.put("goals[0].titleEn", "Data");
		form.put("goals[0].titleNl", "Data");
		form.put("goals[1].code", "1a");
		form.put("goals[1].parentCode", "1");
		form.put("goals[1].titleEn", "Data sharing");
		form.put("goals[1].titleNl", "Data delen");
		return form;
	}

	private static org.springframework.util.MultiValueMap<String, String> params(Map<String, String> fields) {
		var params = new org.springframework.util.LinkedMultiValueMap<String, String>();
		fields.forEach(params::add);
		return params;
	}

	private static String code() {
		return "C" + TestData.unique().substring(0, 10).toUpperCase();
	}

	private RequestPostProcessor as(PortalUser person) {
		return user(userDetails.loadUserByUsername(person.getEmail()));
	}
}
