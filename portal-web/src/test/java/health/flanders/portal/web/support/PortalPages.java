package health.flanders.portal.web.support;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

import health.flanders.portal.call.Call;
import health.flanders.portal.call.organisation.Organisation;
import health.flanders.portal.call.programme.ProgrammeStatus;
import health.flanders.portal.call.proposal.Proposal;
import health.flanders.portal.call.session.InfoSession;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;

/**
 * Every page of the portal, with real data behind it and the person who opens it ({@code null}: the public), for
 * the checks that run over all pages (valid HTML, accessibility). A new page belongs here.
 */
@TestComponent
public class PortalPages {

	private final TestData data;

	private final JdbcClient jdbc;

	PortalPages(TestData data, JdbcClient jdbc) {
		this.data = data;
		this.jdbc = jdbc;
	}

	/** A page and who opens it. */
	public record Page(String path, PortalUser viewer) {

		public Role role() {
			return viewer == null ? null : viewer.getRoles().iterator().next();
		}

		@Override
		public String toString() {
			return (viewer == null ? "public" : role().name()) + " " + path;
		}
	}

	public List<Page> all() {
		Call call = data.openCall();
		InfoSession session = data.session(call, "Information session " + TestData.unique(),
				call.getDeadline().minus(java.time.Duration.ofDays(7)));
		PortalUser applicant = data.user(Role.APPLICANT);
		PortalUser staff = data.user(Role.STAFF);
		PortalUser reviewer = data.user(Role.REVIEWER);
		PortalUser admin = data.user(Role.ADMIN);
		Organisation enterprise = data.flemishEnterprise("Page Check NV " + TestData.unique(), null);
		Proposal proposal = data.proposal(call, applicant, "PAGES", enterprise);
		Proposal complete = data.completeProposal(call, applicant, "PAGES" + TestData.unique().substring(0, 4));
		Proposal submitted = data.submittedProposal(call, applicant, "SENT" + TestData.unique().substring(0, 4));

		data.fundingProgramme("Published programme " + TestData.unique(), "BE", new BigDecimal("5000000.00"),
				ProgrammeStatus.PUBLISHED);
		data.fundingProgramme("Suggested programme " + TestData.unique(), "NL", null, ProgrammeStatus.SUGGESTED);

		List<Page> pages = new ArrayList<>();
		for (String path : List.of("/", "/calls", "/calls/" + call.getId(), "/info-sessions", "/login", "/register",
				"/password/forgot", "/connect/listing", "/connect/listing/sent", "/password/reset?token=no-such-token", "/calls/" + Long.MAX_VALUE,
				"/info-sessions/" + session.getId(), "/info-sessions/registrations/cancel?token=no-such-token",
				"/funding-programmes", "/funding-programmes?country=BE", "/funding-programmes/suggest",
				"/funding-programmes/suggested", "/connect/map", "/connect/map?region=FLEMISH_REGION&area=II")) {
			pages.add(new Page(path, null));
		}
		pages.add(new Page("/proposals", applicant));
		pages.add(new Page("/proposals/" + proposal.getId(), applicant));
		pages.add(new Page("/proposals/" + complete.getId(), applicant));
		pages.add(new Page("/proposals/" + proposal.getId() + "/organisations?q=univ", applicant));
		pages.add(new Page("/staff/organisations", staff));
		pages.add(new Page("/staff/organisations/new", staff));
		pages.add(new Page("/staff/organisations/import", staff));
		pages.add(new Page("/staff/listing-requests", staff));
		pages.add(new Page("/staff/organisations/" + enterprise.getId(), staff));
		pages.add(new Page("/staff/organisations/" + enterprise.getId() + "/edit", staff));
		pages.add(new Page("/staff/organisations?q=biomarkers&type=ENTERPRISE", staff));
		pages.add(new Page("/staff/calls", staff));
		pages.add(new Page("/staff/calls/" + call.getId() + "/proposals", staff));
		pages.add(new Page("/proposals/" + submitted.getId(), applicant));
		pages.add(new Page("/proposals/" + submitted.getId() + "/receipt", applicant));
		pages.add(new Page("/staff/proposals/" + submitted.getId(), staff));
		pages.add(new Page("/staff/funding-programmes", staff));
		pages.add(new Page("/proposals/" + complete.getId() + "/partners", applicant));
		pages.add(new Page("/proposals/" + complete.getId() + "/partners/" + enterprise.getId() + "/introduce", applicant));
		pages.add(new Page("/staff/proposals/" + complete.getId() + "/partners", staff));
		pages.add(new Page("/staff/organisations?place=DATA_AI&area=II", staff));
		pages.add(new Page("/connect/map", staff));
		pages.add(new Page("/reviews", reviewer));
		evaluationPages(pages, applicant, staff, reviewer, admin);
		for (String path : List.of("/admin/users", "/admin/users/new", "/admin/users/" + applicant.getId() + "/roles",
				"/admin/audit", "/admin/audit/verify", "/admin/info-sessions", "/admin/info-sessions/new",
				"/admin/info-sessions/" + session.getId() + "/edit", "/admin/info-sessions/" + session.getId() + "/attendees",
				"/admin/info-sessions/" + session.getId() + "/message")) {
			pages.add(new Page(path, admin));
		}
		return pages;
	}

	/**
	 * A call in evaluation, its assignment released: one reviewer still to declare, one reviewing, the consensus
	 * recorded, so that the ranking draws its funding line.
	 */
	private void evaluationPages(List<Page> pages, PortalUser applicant, PortalUser staff, PortalUser declaring,
			PortalUser admin) {
		Call call = data.openCall();
		Proposal proposal = data.submittedProposal(call, applicant, "EVAL" + TestData.unique().substring(0, 4));
		PortalUser reviewing = data.user(Role.REVIEWER);
		for (PortalUser reviewer : List.of(declaring, reviewing)) {
			jdbc.sql("insert into reviewer_profiles (user_id, expertise, kind) values (?, '{genomics}', 'CLINICAL')")
				.param(reviewer.getId())
				.update();
			jdbc.sql("insert into review_assignments (proposal_id, reviewer_id, affinity, created_at) values (?, ?, 0.5, now())")
				.params(proposal.getId(), reviewer.getId())
				.update();
		}
		jdbc.sql("insert into conflict_declarations (proposal_id, reviewer_id, in_conflict, declared_at) values (?, ?, false, now())")
			.params(proposal.getId(), reviewing.getId())
			.update();
		jdbc.sql("update calls set assignment_released_at = now(), status = 'IN_EVALUATION' where id = ?")
			.param(call.getId())
			.update();
		jdbc.sql("""
				insert into consensus_scores (proposal_id, criterion_id, score, justification, recorded_by, recorded_at)
				select ?, id, 4, 'Agreed by the panel.', ?, now() from evaluation_criteria where call_id = ?""")
			.params(proposal.getId(), staff.getId(), call.getId())
			.update();
		pages.add(new Page("/reviews/" + proposal.getId(), declaring));
		pages.add(new Page("/reviews/" + proposal.getId(), reviewing));
		pages.add(new Page("/reviews/profile", reviewing));
		pages.add(new Page("/staff/calls/" + call.getId() + "/evaluation", staff));
		pages.add(new Page("/staff/proposals/" + proposal.getId() + "/evaluation", staff));
		pages.add(new Page("/staff/calls/" + call.getId() + "/ranking", staff));
		pages.add(new Page("/admin/reviewers/new", admin));
	}
}
