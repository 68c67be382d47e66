package health.flanders.portal.web.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import health.flanders.portal.call.Call;
import health.flanders.portal.call.organisation.Organisation;
import health.flanders.portal.call.programme.ProgrammeStatus;
import health.flanders.portal.call.proposal.Proposal;
import health.flanders.portal.call.session.InfoSession;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.staff.CsvSeparator;
import health.flanders.portal.web.staff.RegistryImport;
import health.flanders.portal.web.system.LinkTokens;

/**
 * Every page of the portal, with real data behind it and the person who opens it ({@code null}: the public), for
 * the checks that run over all pages (valid HTML, accessibility, security headers), and every file it lets people
 * download. A new page or download belongs here. The demo profile's own pages ({@code /demo/mail}) do not exist in
 * these tests' portal: DemoMailboxBrowserTests runs the same checks on them in a demo portal.
 */
@TestComponent
@Import(DatabaseOutagePage.class)
public class PortalPages {

	private final TestData data;

	private final JdbcClient jdbc;

	private final RegistryImport imports;

	private final UserDetailsService userDetails;

	private final Clock clock;

	PortalPages(TestData data, JdbcClient jdbc, RegistryImport imports, UserDetailsService userDetails, Clock clock) {
		this.data = data;
		this.jdbc = jdbc;
		this.imports = imports;
		this.userDetails = userDetails;
		this.clock = clock;
	}

	/**
	 * A page and who opens it. A page shown only after a form (a confirmation, with what it confirms in the flash
	 * attributes) names that form: it is posted first, and the page then opened.
	 */
	public record Page(String path, PortalUser viewer, Form after) {

		public Page(String path, PortalUser viewer) {
			this(path, viewer, null);
		}

		public Role role() {
			return viewer == null ? null : viewer.getRoles().iterator().next();
		}

		@Override
		public String toString() {
			return (viewer == null ? "public" : role().name()) + " " + path;
		}
	}

	/** A form on the page {@code from}, posted to {@code action} with these fields (its CSRF token aside). */
	public record Form(String from, String action, Map<String, String> fields) {
	}

	/**
	 * Opens the page through MockMvc in this language, as its viewer, after posting its form if it has one (in the
	 * same session, where the form leaves what the page shows). MockMvc does not forward an error (a refusal by the
	 * security filters) to the error page as the servlet container does: that forward is made here, and the answer
	 * has the headers of both, as a browser gets it.
	 */
	public MockHttpServletResponse open(MockMvc mvc, Page page, String language) throws Exception {
		MockHttpServletRequestBuilder request = get(page.path()).param("lang", language);
		if (page.after() != null) {
			MockHttpServletRequestBuilder form = post(page.after().action()).with(csrf());
			page.after().fields().forEach(form::param);
			MockHttpServletResponse posted = mvc.perform(signedIn(form, page)).andReturn().getResponse();
			if (!page.path().equals(posted.getRedirectedUrl()) || posted.getCookies().length == 0) {
				throw new IllegalStateException(page + ": the form led to " + posted.getRedirectedUrl()
						+ " with cookies " + List.of(posted.getCookies()));
			}
			request = request.cookie(posted.getCookies());
		}
		MockHttpServletResponse response = mvc.perform(signedIn(request, page)).andReturn().getResponse();
		if (response.getStatus() >= 400 && response.getContentAsByteArray().length == 0) {
			MockHttpServletResponse error = mvc
				.perform(signedIn(get("/error").param("lang", language)
					.accept(MediaType.TEXT_HTML)
					.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, response.getStatus())
					.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, page.path().replaceFirst("\\?.*", "")), page))
				.andReturn()
				.getResponse();
			for (String name : response.getHeaderNames()) {
				if (!error.containsHeader(name)) {
					response.getHeaders(name).forEach(value -> error.addHeader(name, value));
				}
			}
			return error;
		}
		return response;
	}

	private MockHttpServletRequestBuilder signedIn(MockHttpServletRequestBuilder request, Page page) {
		return page.viewer() == null ? request
				: request.with(user(userDetails.loadUserByUsername(page.viewer().getEmail())));
	}

	public List<Page> all() {
		Call call = data.openCall();
		InfoSession session = data.session(call, "Information session " + TestData.unique(),
				call.getDeadline().minus(Duration.ofDays(7)));
		PortalUser applicant = data.user(Role.APPLICANT);
		PortalUser staff = data.user(Role.STAFF);
		PortalUser reviewer = data.user(Role.REVIEWER);
		PortalUser admin = data.user(Role.ADMIN);
		Organisation enterprise = data.flemishEnterprise("Page Check NV " + TestData.unique(), null);
		Proposal proposal = data.proposal(call, applicant, "PAGES", enterprise);
		Proposal complete = data.completeProposal(call, applicant, "PAGES" + TestData.unique().substring(0, 4));
		Proposal submitted = data.submittedProposal(call, applicant, "SENT" + TestData.unique().substring(0, 4));
		Organisation asked = data.flemishEnterprise("Asked NV " + TestData.unique(), null);
		String introduction = introduction(complete, asked, applicant, false);
		String acceptedIntroduction = introduction(complete,
				data.flemishEnterprise("Accepting BV " + TestData.unique(), null), applicant, true);
		String registration = registration(session);
		String registrationToCancel = registration(session);

		data.fundingProgramme("Published programme " + TestData.unique(), "BE", new BigDecimal("5000000.00"),
				ProgrammeStatus.PUBLISHED);
		data.fundingProgramme("Suggested programme " + TestData.unique(), "NL", null, ProgrammeStatus.SUGGESTED);

		List<Page> pages = new ArrayList<>();
		for (String path : List.of("/", "/calls", "/calls/" + call.getId(), "/info-sessions", "/login", "/register",
				"/password/forgot", "/connect/listing", "/connect/listing/sent", "/password/reset?token=no-such-token", "/calls/" + Long.MAX_VALUE,
				"/info-sessions/" + session.getId(), "/info-sessions/registrations/cancel?token=no-such-token",
				"/funding-programmes", "/funding-programmes?country=BE", "/funding-programmes/suggest",
				"/funding-programmes/suggested", "/connect/map", "/connect/map?region=FLEMISH_REGION&area=II",
				"/login?error", "/login?blocked", "/password/reset?token=" + passwordReset(applicant),
				"/info-sessions/registrations/cancel?token=" + registration, "/connect/introductions/" + introduction,
				"/connect/introductions/" + acceptedIntroduction, "/too-many-requests", "/receipts/verify", "/privacy",
				"/accessibility", "/contact")) {
			pages.add(new Page(path, null));
		}
		pages.add(new Page("/info-sessions/" + session.getId() + "/registered", null,
				new Form("/info-sessions/" + session.getId(), "/info-sessions/" + session.getId() + "/registrations",
						Map.of("name", "Ann Peeters", "email", "ann-" + TestData.unique() + "@example.org",
								"organisation", "Acme NV", "consent", "true"))));
		pages.add(new Page("/info-sessions/registrations/cancelled", null,
				new Form("/info-sessions/registrations/cancel?token=" + registrationToCancel,
						"/info-sessions/registrations/cancel", Map.of("token", registrationToCancel))));
		pages.add(new Page("/proposals", applicant));
		pages.add(new Page("/account", applicant));
		pages.add(new Page("/account/close", applicant));
		pages.add(new Page("/proposals/" + proposal.getId(), applicant));
		pages.add(new Page("/proposals/" + complete.getId(), applicant));
		pages.add(new Page("/proposals/" + proposal.getId() + "/organisations?q=univ", applicant));
		// A staff page refused, a proposal that does not exist, the database out of reach.
		pages.add(new Page("/staff/organisations", applicant));
		pages.add(new Page("/proposals/" + Long.MAX_VALUE, applicant));
		pages.add(new Page(DatabaseOutagePage.PATH, applicant));
		pages.add(new Page("/staff/organisations", staff));
		pages.add(new Page("/account", staff));
		pages.add(new Page("/staff/organisations/new", staff));
		pages.add(new Page("/staff/organisations/import", staff));
		for (long registryImport : imports(enterprise, staff)) {
			pages.add(new Page("/staff/organisations/import/" + registryImport, staff));
		}
		pages.add(new Page("/staff/listing-requests", staff));
		pages.add(new Page("/staff/organisations/" + enterprise.getId(), staff));
		pages.add(new Page("/staff/organisations/" + enterprise.getId() + "/edit", staff));
		pages.add(new Page("/staff/organisations?q=biomarkers&type=ENTERPRISE", staff));
		pages.add(new Page("/staff/calls", staff));
		pages.add(new Page("/staff/calls/" + call.getId() + "/proposals", staff));
		pages.add(new Page("/staff/calls/" + call.getId() + "/proposals?q=" + submitted.getAcronym()
				+ "&status=SUBMITTED&eligibility=eligible&sort=budget&dir=desc", staff));
		pages.add(new Page("/staff/calls/" + call.getId() + "/proposals?q=nothing-answers-this", staff));
		pages.add(new Page("/staff/proposals/" + Long.MAX_VALUE, staff));
		pages.add(new Page("/proposals/" + submitted.getId(), applicant));
		pages.add(new Page("/proposals/" + submitted.getId() + "/receipt", applicant));
		pages.add(new Page("/staff/proposals/" + submitted.getId(), staff));
		pages.add(new Page("/staff/funding-programmes", staff));
		pages.add(new Page("/proposals/" + complete.getId() + "/partners", applicant));
		pages.add(new Page("/proposals/" + complete.getId() + "/partners/" + enterprise.getId() + "/introduce", applicant));
		pages.add(new Page("/staff/proposals/" + complete.getId() + "/partners", staff));
		pages.add(new Page("/staff/proposals/" + complete.getId() + "/partners/" + asked.getId() + "/introduce", staff));
		pages.add(new Page("/staff/organisations?place=DATA_AI&area=II", staff));
		pages.add(new Page("/connect/map", staff));
		pages.add(new Page("/reviews", reviewer));
		pages.add(new Page("/account", reviewer));
		Evaluation evaluation = evaluation(applicant, staff, reviewer);
		pages.add(new Page("/reviews/" + evaluation.proposal().getId(), reviewer));
		pages.add(new Page("/reviews/" + evaluation.proposal().getId(), evaluation.reviewing()));
		// The profile with publications listed (one still without its vector, so the progress bar shows).
		jdbc.sql("""
				insert into reviewer_publications (reviewer_id, title, abstract, year, doi, pmid, source, title_key, added_at)
				values (?, 'Circulating tumour DNA for the follow-up of resected colorectal cancer with a long title that wraps',
				        null, 2021, '10.1000/crc.2021.1', '31234567', 'MEDLINE', 'circulating tumour dna', now())""")
			.param(evaluation.reviewing().getId())
			.update();
		pages.add(new Page("/reviews/profile", evaluation.reviewing()));
		pages.add(new Page("/staff/calls/" + evaluation.call().getId() + "/evaluation", staff));
		pages.add(new Page("/staff/proposals/" + evaluation.proposal().getId() + "/evaluation", staff));
		pages.add(new Page("/staff/calls/" + evaluation.call().getId() + "/ranking", staff));
		pages.add(new Page("/staff/calls/" + evaluation.call().getId() + "/evaluation/progress", staff));
		// The call dashboard of an open call (a session, proposals, introductions) and of one in evaluation, whose
		// public page then shows its counts.
		pages.add(new Page("/staff/calls/" + call.getId(), staff));
		pages.add(new Page("/staff/calls/" + call.getId(), admin));
		pages.add(new Page("/staff/calls/" + evaluation.call().getId(), staff));
		pages.add(new Page("/calls/" + evaluation.call().getId(), null));
		pages.add(new Page("/admin/reviewers/new", admin));
		pages.add(new Page("/account", admin));
		pages.add(new Page("/account/close", admin));
		Call draft = data.draftCall();
		for (String path : List.of("/admin/calls", "/admin/calls/new", "/admin/calls/new?copyOf=" + call.getId(),
				"/admin/calls/" + call.getId() + "/edit", "/admin/calls/" + draft.getId() + "/edit",
				"/admin/calls/" + draft.getId() + "/preview/en", "/admin/calls/" + draft.getId() + "/preview/nl")) {
			pages.add(new Page(path, admin));
		}
		pages.add(new Page("/admin/calls", staff));
		pages.add(new Page("/admin/calls/" + call.getId() + "/edit", staff));
		for (String path : List.of("/admin/users", "/admin/users?q=example&role=STAFF", "/admin/users/new", "/admin/users/" + applicant.getId() + "/roles",
				"/admin/audit", "/admin/audit/verify", "/admin/info-sessions", "/admin/info-sessions/new",
				"/admin/info-sessions/" + session.getId() + "/edit", "/admin/info-sessions/" + session.getId() + "/attendees",
				"/admin/info-sessions/" + session.getId() + "/message")) {
			pages.add(new Page(path, admin));
		}
		long invitee = partnering(session, applicant, data.user(Role.APPLICANT));
		pages.add(new Page("/admin/info-sessions/" + session.getId() + "/partnering", admin));
		pages.add(new Page("/info-sessions/" + session.getId() + "/partnering", applicant));
		pages.add(new Page("/info-sessions/" + session.getId() + "/partnering/profile", applicant));
		pages.add(new Page("/info-sessions/" + session.getId() + "/partnering/requests/new?to=" + invitee, applicant));
		pages.add(new Page("/info-sessions/" + session.getId() + "/partnering", staff));
		// After a partnering: the applicant's meeting, marked by them, and in the counselling log of their proposal.
		InfoSession past = pastPartnering(call, applicant);
		pages.add(new Page("/info-sessions/" + past.getId() + "/partnering", applicant));
		pages.add(new Page("/staff/proposals/" + complete.getId() + "/partners", staff));
		long meeting = jdbc.sql("select request_id from partnering_meetings where session_id = ? and slot is not null")
			.param(session.getId())
			.query(Long.class)
			.single();
		pages.add(new Page("/staff/info-sessions/" + session.getId() + "/partnering/grid", staff));
		pages.add(new Page("/staff/info-sessions/" + session.getId() + "/partnering/cards", staff));
		pages.add(new Page("/staff/info-sessions/" + session.getId() + "/partnering/meetings/" + meeting + "/move", staff));
		return pages;
	}

	/** Every file the portal lets someone download, with the person who may. */
	public List<Page> downloads() {
		Call call = data.openCall();
		InfoSession session = data.session(call, "Information session " + TestData.unique(),
				call.getDeadline().minus(Duration.ofDays(7)));
		registration(session);
		PortalUser applicant = data.user(Role.APPLICANT);
		PortalUser staff = data.user(Role.STAFF);
		PortalUser admin = data.user(Role.ADMIN);
		Proposal submitted = data.submittedProposal(call, applicant, "FILE" + TestData.unique().substring(0, 4));
		long file = attachmentOf(submitted);
		Evaluation evaluation = evaluation(applicant, staff, data.user(Role.REVIEWER));
		long proposal = evaluation.proposal().getId();
		partnering(session, data.user(Role.APPLICANT), data.user(Role.APPLICANT));
		String agendaToken = jdbc.sql("select agenda_token from partnering_participants where session_id = ? limit 1")
			.param(session.getId())
			.query(String.class)
			.single();
		return List.of(new Page("/info-sessions/" + session.getId() + ".ics", null),
				new Page("/api/v1/info-sessions/" + session.getId() + "/partnering/agenda.ics?token=" + agendaToken,
						null),
				new Page("/info-sessions.ics", null),
				new Page("/proposals/" + submitted.getId() + "/attachments/" + file, applicant),
				new Page("/staff/organisations.csv", staff),
				new Page("/staff/organisations/import/template.csv", staff),
				new Page("/staff/calls/" + call.getId() + "/proposals.csv", staff),
				new Page("/staff/calls/" + call.getId() + "/members.csv", staff),
				new Page("/staff/calls/" + call.getId() + "/members.xlsx", staff),
				new Page("/staff/calls/" + call.getId() + "/proposals.zip", staff),
				new Page("/staff/proposals/" + submitted.getId() + "/attachments/" + file, staff),
				new Page("/staff/calls/" + evaluation.call().getId() + "/ranking.csv", staff),
				new Page("/staff/proposals/" + proposal + "/summary-report.pdf", staff),
				new Page("/reviews/" + proposal + "/attachments/" + attachmentOf(evaluation.proposal()),
						evaluation.reviewing()),
				new Page("/admin/audit.csv", admin),
				new Page("/account/data.json", applicant),
				new Page("/admin/info-sessions/" + session.getId() + "/attendees.csv", admin));
	}

	/** A call in evaluation, with the proposal evaluated and the reviewer who declared no conflict and reviews it. */
	private record Evaluation(Call call, Proposal proposal, PortalUser reviewing) {
	}

	/**
	 * A call in evaluation, its assignment released: one reviewer still to declare, one reviewing, the consensus
	 * recorded, so that the ranking draws its funding line.
	 */
	private Evaluation evaluation(PortalUser applicant, PortalUser staff, PortalUser declaring) {
		Call call = data.openCall();
		Proposal proposal = data.submittedProposal(call, applicant, "EVAL" + TestData.unique().substring(0, 4));
		PortalUser reviewing = data.user(Role.REVIEWER);
		for (PortalUser reviewer : List.of(declaring, reviewing)) {
			jdbc.sql("insert into reviewer_profiles (user_id, expertise, kind) values (?, '{genomics}', 'CLINICAL')")
				.param(reviewer.getId())
				.update();
			jdbc.sql("insert into call_reviewers (call_id, reviewer_id) values (?, ?)").params(call.getId(), reviewer.getId())
				.update();
			jdbc.sql("insert into review_assignments (proposal_id, reviewer_id, affinity, created_at) values (?, ?, 0.5, now())")
				.params(proposal.getId(), reviewer.getId())
				.update();
		}
		// The reviewing one accepted the proposal and the call's confidentiality undertaking; the other has not answered.
		jdbc.sql("update review_assignments set response = 'ACCEPTED', responded_at = now() where proposal_id = ? and reviewer_id = ?")
			.params(proposal.getId(), reviewing.getId())
			.update();
		jdbc.sql("insert into reviewer_undertakings (call_id, reviewer_id, accepted_at) values (?, ?, now())")
			.params(call.getId(), reviewing.getId())
			.update();
		jdbc.sql("insert into conflict_declarations (proposal_id, reviewer_id, in_conflict, declared_at) values (?, ?, false, now())")
			.params(proposal.getId(), reviewing.getId())
			.update();
		jdbc.sql("update calls set assignment_released_at = now(), status = 'IN_EVALUATION', version = version + 1 where id = ?")
			.param(call.getId())
			.update();
		jdbc.sql("""
				insert into consensus_scores (proposal_id, criterion_id, score, justification, recorded_by, recorded_at)
				select ?, id, 4, 'Agreed by the panel.', ?, now() from evaluation_criteria where call_id = ?""")
			.params(proposal.getId(), staff.getId(), call.getId())
			.update();
		return new Evaluation(call, proposal, reviewing);
	}

	/** The link of an introduction of the proposal to the organisation, still to answer or accepted. */
	private String introduction(Proposal proposal, Organisation organisation, PortalUser sender, boolean accepted) {
		String token = LinkTokens.newToken();
		jdbc.sql("""
				insert into introductions (proposal_id, organisation_id, message, sent_by, sent_at, contact_email,
				answer_token_sha256) values (?, ?, ?, ?, ?, ?, ?)""")
			.params(proposal.getId(), organisation.getId(), "We look for a partner in pharmacogenomics.\nCould we talk?",
					sender.getId(), clock.instant().atOffset(ZoneOffset.UTC), "contact-" + TestData.unique() + "@example.org",
					LinkTokens.hash(token))
			.update();
		if (accepted) {
			jdbc.sql("update introductions set state = 'ACCEPTED', answered_at = ? where answer_token_sha256 = ?")
				.params(clock.instant().atOffset(ZoneOffset.UTC), LinkTokens.hash(token))
				.update();
		}
		return token;
	}

	/** The cancel link of a new registration with a seat at the session. */
	private String registration(InfoSession session) {
		String token = LinkTokens.newToken();
		jdbc.sql("""
				insert into info_session_registrations (session_id, attendance, name, email, organisation,
				consent_registration, status, cancel_token_hash, created_at)
				values (?, 'IN_PERSON', 'Bert Janssens', ?, 'Acme NV', true, 'CONFIRMED', ?, ?)""")
			.params(session.getId(), "bert-" + TestData.unique() + "@example.org", LinkTokens.hash(token),
					clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		jdbc.sql("update info_sessions set seats_taken = seats_taken + 1 where id = ?").param(session.getId()).update();
		return token;
	}

	/**
	 * Partnering on the session, from its end for two hours: this person and another take part, and a third person asks
	 * this one for a meeting. Returns the other's participant id, to ask them.
	 */
	private long partnering(InfoSession session, PortalUser participant, PortalUser other) {
		jdbc.sql("""
				insert into partnering_events (session_id, enabled, window_starts_at, window_ends_at, meeting_minutes,
				table_count, request_limit, requests_close_at, created_at, updated_at)
				select id, true, ends_at, ends_at + interval '2 hours', 20, 10, 5, starts_at - interval '1 day', now(),
				       now() from info_sessions where id = ?""")
			.param(session.getId())
			.update();
		long mine = participant(session, participant, "Pharma NV", "ENTERPRISE", "0419052173");
		long others = participant(session, other, "Genome Lab", "RTO", null);
		long third = participant(session, data.user(Role.APPLICANT), "Data BV", "ENTERPRISE", "0403170701");
		jdbc.sql("""
				insert into partnering_requests (session_id, requester_id, invitee_id, message, requested_at)
				values (?, ?, ?, 'Shall we talk about pharmacogenomic cohorts?', now())""")
			.params(session.getId(), third, mine)
			.update();
		// An accepted meeting, scheduled at the first slot and table, and one the schedule could not place.
		long accepted = jdbc.sql("""
				insert into partnering_requests (session_id, requester_id, invitee_id, message, status, requested_at,
				answered_at) values (?, ?, ?, '', 'ACCEPTED', now(), now()) returning id""")
			.params(session.getId(), mine, others)
			.query(Long.class)
			.single();
		long unplaced = jdbc.sql("""
				insert into partnering_requests (session_id, requester_id, invitee_id, message, status, requested_at,
				answered_at) values (?, ?, ?, '', 'ACCEPTED', now(), now()) returning id""")
			.params(session.getId(), others, third)
			.query(Long.class)
			.single();
		jdbc.sql("insert into partnering_meetings (request_id, session_id, slot, table_number, scheduled_at) values (?, ?, 0, 1, now())")
			.params(accepted, session.getId())
			.update();
		jdbc.sql("""
				insert into partnering_meetings (request_id, session_id, unplaced_reason, scheduled_at)
				values (?, ?, 'NO_COMMON_TIME', now())""")
			.params(unplaced, session.getId())
			.update();
		return others;
	}

	/**
	 * A session of this call whose partnering ended yesterday, where this person met another at a placed meeting and
	 * marked it held, to follow up.
	 */
	private InfoSession pastPartnering(Call call, PortalUser person) {
		InfoSession session = data.session(call, "Past session " + TestData.unique(), clock.instant().plus(Duration.ofDays(1)));
		jdbc.sql("update info_sessions set starts_at = now() - interval '1 day', ends_at = now() - interval '22 hours' where id = ?")
			.param(session.getId())
			.update();
		jdbc.sql("""
				insert into partnering_events (session_id, enabled, window_starts_at, window_ends_at, meeting_minutes,
				table_count, request_limit, requests_close_at, created_at, updated_at)
				select id, true, ends_at, ends_at + interval '2 hours', 20, 10, 5, starts_at - interval '1 day', now(),
				       now() from info_sessions where id = ?""")
			.param(session.getId())
			.update();
		long mine = participant(session, person, "Pharma NV", "ENTERPRISE", "0419052173");
		long other = participant(session, data.user(Role.APPLICANT), "Genome Lab", "RTO", null);
		long met = jdbc.sql("""
				insert into partnering_requests (session_id, requester_id, invitee_id, message, status, requested_at,
				answered_at) values (?, ?, ?, '', 'ACCEPTED', now(), now()) returning id""")
			.params(session.getId(), mine, other)
			.query(Long.class)
			.single();
		jdbc.sql("insert into partnering_meetings (request_id, session_id, slot, table_number, scheduled_at) values (?, ?, 0, 1, now())")
			.params(met, session.getId())
			.update();
		jdbc.sql("""
				insert into partnering_meeting_marks (request_id, participant_id, held, follow_up, marked_at)
				values (?, ?, true, true, now())""")
			.params(met, mine)
			.update();
		return session;
	}

	private long participant(InfoSession session, PortalUser person, String organisation, String type, String number) {
		long registration = jdbc.sql("""
				insert into info_session_registrations (session_id, attendance, name, email, organisation,
				consent_registration, status, cancel_token_hash, created_at)
				values (?, 'IN_PERSON', ?, ?, ?, true, 'CONFIRMED', ?, now()) returning id""")
			.params(session.getId(), person.getFullName(), person.getEmail(), organisation,
					LinkTokens.hash(LinkTokens.newToken()))
			.query(Long.class)
			.single();
		long id = jdbc.sql("""
				insert into partnering_participants (session_id, registration_id, user_id, organisation_name,
				organisation_type, enterprise_number, postal_code, country, offers, looks_for, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, '3000', 'BE', 'Pharmacogenomic sequencing of cohorts',
				'Clinical trial partners', now(), now()) returning id""")
			.params(session.getId(), registration, person.getId(), organisation, type, number)
			.query(Long.class)
			.single();
		jdbc.sql("""
				insert into partnering_availability (participant_id, starts_at, ends_at)
				select ?, window_starts_at, window_ends_at from partnering_events where session_id = ?""")
			.params(id, session.getId())
			.update();
		return id;
	}

	/** A password reset link of this person, valid for an hour. */
	private String passwordReset(PortalUser user) {
		String token = LinkTokens.newToken();
		jdbc.sql("insert into password_reset_tokens (user_id, token_hash, created_at, expires_at) values (?, ?, ?, ?)")
			.params(user.getId(), LinkTokens.hash(token), clock.instant().atOffset(ZoneOffset.UTC),
					clock.instant().plus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC))
			.update();
		return token;
	}

	/**
	 * Three uploads of the registry, previewed: one with a new row, an update of this organisation and a row of
	 * errors; one that can be imported; one imported.
	 */
	private List<Long> imports(Organisation existing, PortalUser staff) {
		String header = "enterprise_number,name,type,postal_code,city,country,expertise,value_chain\n";
		long withErrors = imports.upload("registry-with-errors.csv", (header
				+ TestData.freshEnterpriseNumber().formatted() + ",Imported NV,ENTERPRISE,9000,Gent,BE,biomarkers|sequencing,DATA_AI\n"
				+ existing.getEnterpriseNumber().formatted() + "," + existing.getName() + " renamed,ENTERPRISE,9000,Gent,BE,,\n"
				+ "0000.000.000,,PARTNERSHIP,,,Belgium,,SOMEWHERE\n").getBytes(StandardCharsets.UTF_8), CsvSeparator.COMMA, staff.getEmail());
		long confirmable = imports.upload("registry.csv", (header + TestData.freshEnterpriseNumber().formatted()
				+ ",Importable NV,ENTERPRISE,3000,Leuven,BE,genomics,\n").getBytes(StandardCharsets.UTF_8), CsvSeparator.COMMA, staff.getEmail());
		long applied = imports.upload("registry-imported.csv", (header + TestData.freshEnterpriseNumber().formatted()
				+ ",Imported " + TestData.unique().substring(0, 6) + " BV,ENTERPRISE,3000,Leuven,BE,,\n")
			.getBytes(StandardCharsets.UTF_8), CsvSeparator.COMMA, staff.getEmail());
		imports.confirm(applied, staff.getEmail());
		return List.of(withErrors, confirmable, applied);
	}

	private long attachmentOf(Proposal proposal) {
		return jdbc.sql("select id from proposal_attachments where proposal_id = ? and replaced_at is null order by id limit 1")
			.param(proposal.getId())
			.query(Long.class)
			.single();
	}
}
