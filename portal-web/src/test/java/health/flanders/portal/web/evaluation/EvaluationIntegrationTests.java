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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import health.flanders.portal.call.organisation.EnterpriseNumber;
import health.flanders.portal.call.proposal.Proposal;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.AuditEntries;
import health.flanders.portal.web.support.Mailbox;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;

/** The evaluation of a call through the portal: assignment, conflicts, reviews, consensus, decision and reports. */
@PortalIntegrationTest
class EvaluationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Mailbox mailbox;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	Consensus consensus;

	@Autowired
	AuditTrail audit;

	@Test
	void aReviewerInConflictGetsNotFoundForThePageTheFilesTheFormAndTheScoresAndNeverSeesTheProposalListed()
			throws Exception {
		Call call = data.openCall();
		PortalUser applicant = data.user(Role.APPLICANT);
		String acronym = "COI" + TestData.unique().substring(0, 5).toUpperCase();
		Proposal proposal = data.submittedProposal(call, applicant, acronym);
		long member = jdbc.sql("select organisation_id from consortium_members where proposal_id = ? limit 1")
			.param(proposal.getId())
			.query(Long.class)
			.single();
		// Their expertise is the proposal's acronym, a word no other reviewer of the test database shares.
		PortalUser affiliated = reviewer(acronym, member);
		PortalUser declared = reviewer(acronym, null);
		PortalUser other = reviewer(acronym, null);
		jdbc.sql("update calls set reviewers_per_proposal = 2 where id = ?").param(call.getId()).update();
		pool(call, affiliated, declared, other);

		mvc.perform(staff(post("/staff/calls/{id}/assignment", call.getId()))).andExpect(status().is3xxRedirection());
		assertThat(reviewersOf(proposal)).containsExactlyInAnyOrder(declared.getId(), other.getId());

		// By hand, the automatic conflict is refused as well, and nothing changes.
		mvc.perform(staff(post("/staff/calls/{id}/assignment/pairs", call.getId())
				.param("proposalId", proposal.getId().toString()).param("reviewerId", affiliated.getId().toString())))
			.andExpect(flash().attribute("refusal", affiliated.getFullName() + " is in conflict with " + acronym + "."));
		assertThat(reviewersOf(proposal)).containsExactlyInAnyOrder(declared.getId(), other.getId());

		data.passDeadline(call);
		mvc.perform(staff(post("/staff/calls/{id}/assignment/release", call.getId())))
			.andExpect(flash().attribute("released", true));
		assertThat(Mailbox.text(mailbox.awaitMessageTo(declared.getEmail()))).contains(acronym);

		// The reviewer accepts, then declares a conflict before reading: the proposal leaves their list and their reach.
		respond(declared, proposal);
		mvc.perform(post("/reviews/{id}/declaration", proposal.getId()).param("inConflict", "true")
				.param("reason", "I advise the coordinator.").with(csrf()).with(as(declared)))
			.andExpect(status().is3xxRedirection());
		// Staff add a conflict for the other reviewer too, after it submitted scores.
		long attachment = jdbc.sql("select id from proposal_attachments where proposal_id = ? limit 1")
			.param(proposal.getId())
			.query(Long.class)
			.single();
		respond(other, proposal);
		mvc.perform(post("/reviews/{id}/declaration", proposal.getId()).param("inConflict", "false").with(csrf())
				.with(as(other)))
			.andExpect(status().is3xxRedirection());
		undertake(other, proposal);
		mvc.perform(post("/reviews/{id}", proposal.getId()).param("scores[" + criterion(call, "MEDICAL_NEED") + "].score", "4")
				.param("scores[" + criterion(call, "MEDICAL_NEED") + "].comment", "A real need.").with(csrf())
				.with(as(other)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/reviews/{id}/attachments/{a}", proposal.getId(), attachment).with(as(other)))
			.andExpect(status().isOk());
		mvc.perform(staff(post("/staff/proposals/{id}/conflicts", proposal.getId())
				.param("reviewerId", other.getId().toString()).param("inConflict", "true")
				.param("reason", "Found to co-author with the coordinator.")))
			.andExpect(status().is3xxRedirection());

		for (PortalUser conflicted : List.of(affiliated, declared, other)) {
			RequestPostProcessor reviewer = as(conflicted);
			mvc.perform(get("/reviews/{id}", proposal.getId()).with(reviewer)).andExpect(status().isNotFound());
			mvc.perform(get("/reviews/{id}/attachments/{a}", proposal.getId(), attachment).with(reviewer))
				.andExpect(status().isNotFound());
			mvc.perform(post("/reviews/{id}", proposal.getId()).param("submit", "true").with(csrf()).with(reviewer))
				.andExpect(status().isNotFound());
			mvc.perform(post("/reviews/{id}/declaration", proposal.getId()).param("inConflict", "false").with(csrf())
					.with(reviewer))
				.andExpect(status().isNotFound());
			mvc.perform(get("/reviews").with(reviewer))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString(acronym))));
		}
		// Staff see every conflict with its reason.
		mvc.perform(staff(get("/staff/proposals/{id}/evaluation", proposal.getId())))
			.andExpect(content().string(containsString("I advise the coordinator.")))
			.andExpect(content().string(containsString("Found to co-author with the coordinator.")))
			.andExpect(content().string(containsString("Affiliated with a member of the consortium")));
		// And the audit trail has each declaration and ruling: who, on which proposal, why.
		assertThat(AuditEntries.of(audit, declared.getEmail(), "CONFLICT_DECLARED", proposal.getId()))
			.extracting(entry -> entry.details())
			.containsExactly("reason: I advise the coordinator.");
		assertThat(AuditEntries.of(audit, other.getEmail(), "NO_CONFLICT_DECLARED", proposal.getId())).hasSize(1);
		assertThat(AuditEntries.of(audit, staff.getEmail(), "CONFLICT_ADDED", proposal.getId()))
			.extracting(entry -> entry.details())
			.containsExactly("reviewer " + other.getId() + ", reason: Found to co-author with the coordinator.");
		assertThat(audit.verify().intact()).isTrue();
	}

	@Test
	void reviewersScoreAndSubmitStaffAgreeAndDecideAndApplicantsReadTheirReport() throws Exception {
		Call call = data.openCall();
		PortalUser applicant = data.user(Role.APPLICANT);
		String suffix = TestData.unique().substring(0, 4).toUpperCase();
		Proposal first = data.submittedProposal(call, applicant, "FIRST" + suffix);
		Proposal second = data.submittedProposal(call, applicant, "SECOND" + suffix);
		PortalUser ann = reviewer("FIRST" + suffix + ", SECOND" + suffix, null);
		PortalUser bob = reviewer("FIRST" + suffix + ", SECOND" + suffix, null);
		jdbc.sql("update calls set reviewers_per_proposal = 2 where id = ?").param(call.getId()).update();
		pool(call, ann, bob);
		mvc.perform(staff(post("/staff/calls/{id}/assignment", call.getId()))).andExpect(status().is3xxRedirection());
		data.passDeadline(call);
		mvc.perform(staff(post("/staff/calls/{id}/assignment/release", call.getId())))
			.andExpect(flash().attribute("released", true));

		for (PortalUser reviewer : List.of(ann, bob)) {
			for (Proposal proposal : List.of(first, second)) {
				respond(reviewer, proposal);
			}
		}
		// Before declaring, a reviewer sees the acronym, title and consortium only.
		mvc.perform(get("/reviews/{id}", first.getId()).with(as(ann)))
			.andExpect(content().string(containsString("Do you have a conflict of interest")))
			.andExpect(content().string(not(containsString("Abstract of FIRST"))));
		for (PortalUser reviewer : List.of(ann, bob)) {
			for (Proposal proposal : List.of(first, second)) {
				mvc.perform(post("/reviews/{id}/declaration", proposal.getId()).param("inConflict", "false")
						.with(csrf()).with(as(reviewer)))
					.andExpect(status().is3xxRedirection());
			}
			undertake(reviewer, first);
		}
		mvc.perform(get("/reviews/{id}", first.getId()).with(as(ann)))
			.andExpect(content().string(containsString("Abstract of FIRST")));

		// A score off the scale is refused next to its field; nothing is saved.
		long need = criterion(call, "MEDICAL_NEED");
		mvc.perform(post("/reviews/{id}", first.getId()).param("scores[" + need + "].score", "7")
				.param("scores[" + need + "].comment", "Kept text").with(csrf()).with(as(ann)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Give a score from 0 to 5 in half points")))
			.andExpect(content().string(containsString("Kept text")));
		assertThat(jdbc.sql("select count(*) from reviews where proposal_id = ?").param(first.getId())
			.query(Integer.class).single()).isZero();

		submit(bob, first, "4.5", "Bob thinks the consortium is strong.");
		assertThat(AuditEntries.of(audit, bob.getEmail(), "REVIEW_SUBMITTED", first.getId())).hasSize(1);
		mvc.perform(get("/reviews/{id}", first.getId()).with(as(ann)))
			.andExpect(content().string(not(containsString("Bob thinks"))));
		submit(ann, first, "3.5", "Ann finds the need well argued.");
		mvc.perform(get("/reviews/{id}", first.getId()).with(as(ann)))
			.andExpect(content().string(containsString("Bob thinks the consortium is strong.")))
			.andExpect(content().string(containsString("Another reviewer (1)")))
			.andExpect(content().string(not(containsString(bob.getEmail()))));
		// Submitted reviews are locked.
		mvc.perform(post("/reviews/{id}", first.getId()).param("scores[" + need + "].score", "1").with(csrf())
				.with(as(ann)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("already")));

		mvc.perform(staff(get("/staff/proposals/{id}/evaluation", first.getId())))
			.andExpect(content().string(containsString("Mean 4, median 4, standard deviation 0.71")));
		String loaded = consensus.stamp(first.getId());
		agree(call, first, "4");
		agree(call, second, "3.5");
		assertThat(AuditEntries.of(audit, staff.getEmail(), "CONSENSUS_RECORDED", first.getId())).hasSize(1);
		assertThat(AuditEntries.of(audit, staff.getEmail(), "CONSENSUS_RECORDED", second.getId())).hasSize(1);
		// A second member of staff saving from a page loaded before the first saved is refused, and nothing changes.
		mvc.perform(staff(post("/staff/proposals/{id}/consensus", first.getId()).param("stamp", loaded)
				.param("lines[" + need + "].score", "1").param("lines[" + need + "].justification", "Too late.")))
			.andExpect(flash().attribute("refusal", containsString("Someone else recorded a consensus")));
		assertThat(jdbc.sql("select score from consensus_scores where proposal_id = ? and criterion_id = ?")
			.params(first.getId(), need).query(java.math.BigDecimal.class).single()).isEqualByComparingTo("4");
		mvc.perform(staff(get("/staff/calls/{id}/ranking", call.getId())))
			.andExpect(content().string(containsString("Funding line")));

		mvc.perform(get("/proposals/{id}/summary-report.pdf", first.getId()).with(as(applicant)))
			.andExpect(status().isNotFound());
		mvc.perform(staff(post("/staff/calls/{id}/decision", call.getId())))
			.andExpect(flash().attribute("decided", true));
		assertThat(AuditEntries.of(audit, staff.getEmail(), "FUNDING_DECIDED", call.getId())).singleElement()
			.satisfies(entry -> assertThat(entry.details()).contains("funded: [").contains(first.getId().toString()));
		assertThat(audit.verify().intact()).isTrue();
		assertThat(jdbc.sql("select status from proposals where id = ?").param(first.getId()).query(String.class)
			.single()).isEqualTo("FUNDED");
		assertThat(Mailbox.text(mailbox.awaitMessageTo(applicant.getEmail()))).isNotEmpty();
		byte[] pdf = mvc.perform(get("/proposals/{id}/summary-report.pdf", first.getId()).with(as(applicant)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		// Another applicant cannot read it.
		mvc.perform(get("/proposals/{id}/summary-report.pdf", first.getId()).with(as(data.user(Role.APPLICANT))))
			.andExpect(status().isNotFound());
	}

	@Test
	void aReviewerIsInConflictWithTheProposalsOfTheirAffiliationsCorporateGroupWhateverWayItsNameWasTyped() {
		String tag = TestData.unique().substring(0, 6);
		Call call = data.openCall();
		var affiliation = data.flemishEnterprise("Affiliation " + tag + " NV", "Conflict " + tag + " Group");
		var sibling = data.flemishEnterprise("Sibling " + tag + " BV", "  cönflict " + tag.toUpperCase() + "  GROUP");
		var independent = data.flemishEnterprise("Independent " + tag + " NV", null);
		Proposal ofTheGroup = data.proposal(call, data.user(Role.APPLICANT), "GRP" + tag.toUpperCase(), sibling);
		Proposal other = data.proposal(call, data.user(Role.APPLICANT), "IND" + tag.toUpperCase(), independent);
		PortalUser reviewer = reviewer("genomics", affiliation.getId());

		assertThat(jdbc.sql("select proposal_id from reviewer_conflicts where reviewer_id = ?").param(reviewer.getId())
			.query(Long.class).list()).contains(ofTheGroup.getId()).doesNotContain(other.getId());
	}

	@Test
	void aReviewerNamesTheirAffiliationAndIsThenInConflictWithItsProposals() throws Exception {
		Call call = data.openCall();
		Proposal proposal = data.submittedProposal(call, data.user(Role.APPLICANT),
				"AFF" + TestData.unique().substring(0, 5).toUpperCase());
		String member = jdbc.sql("select o.name from consortium_members m join organisations o on o.id = m.organisation_id "
				+ "where m.proposal_id = ? limit 1").param(proposal.getId()).query(String.class).single();
		PortalUser reviewer = data.user(Role.REVIEWER);

		mvc.perform(post("/reviews/profile").param("expertise", "genomics, biobanking").param("affiliation", "No Such NV")
				.param("version", "-1").with(csrf()).with(as(reviewer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No single organisation of the registry has this name")))
			.andExpect(content().string(containsString("genomics, biobanking")));
		assertThat(jdbc.sql("select count(*) from reviewer_profiles where user_id = ?").param(reviewer.getId())
			.query(Integer.class).single()).isZero();

		mvc.perform(post("/reviews/profile").param("expertise", "genomics, biobanking")
				.param("affiliation", member.toUpperCase()).param("version", "-1").with(csrf()).with(as(reviewer)))
			.andExpect(flash().attribute("saved", true));
		assertThat(jdbc.sql("select count(*) from reviewer_conflicts where proposal_id = ? and reviewer_id = ?")
			.params(proposal.getId(), reviewer.getId()).query(Integer.class).single()).isOne();

		// By its enterprise number, written as people write it, instead.
		var other = jdbc.sql("select id, enterprise_number from organisations where active and enterprise_number is not null "
				+ "and id not in (select organisation_id from consortium_members where proposal_id = ?) limit 1")
			.param(proposal.getId())
			.query((rs, row) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.single();
		long version = jdbc.sql("select version from reviewer_profiles where user_id = ?").param(reviewer.getId())
			.query(Long.class).single();
		mvc.perform(post("/reviews/profile").param("expertise", "genomics, biobanking")
				.param("affiliation", "BE " + new EnterpriseNumber(other.getValue()).formatted())
				.param("version", Long.toString(version)).with(csrf()).with(as(reviewer)))
			.andExpect(flash().attribute("saved", true));
		assertThat(jdbc.sql("select affiliation_id from reviewer_profiles where user_id = ?").param(reviewer.getId())
			.query(Long.class).single()).isEqualTo(other.getKey());
	}

	/** The reviewer accepts the assigned proposal. */
	private void respond(PortalUser reviewer, Proposal proposal) throws Exception {
		mvc.perform(post("/reviews/{id}/accept", proposal.getId()).with(csrf()).with(as(reviewer)))
			.andExpect(status().is3xxRedirection());
	}

	/** The reviewer accepts the confidentiality undertaking of the proposal's call. */
	private void undertake(PortalUser reviewer, Proposal proposal) throws Exception {
		mvc.perform(post("/reviews/{id}/undertaking", proposal.getId()).with(csrf()).with(as(reviewer)))
			.andExpect(status().is3xxRedirection());
	}

	private void submit(PortalUser reviewer, Proposal proposal, String score, String comment) throws Exception {
		MockHttpServletRequestBuilder request = post("/reviews/{id}", proposal.getId()).param("submit", "true");
		for (long criterion : criteria(proposal.getCall())) {
			request.param("scores[" + criterion + "].score", score).param("scores[" + criterion + "].comment", comment);
		}
		mvc.perform(request.with(csrf()).with(as(reviewer))).andExpect(flash().attribute("submitted", true));
	}

	private void agree(Call call, Proposal proposal, String score) throws Exception {
		MockHttpServletRequestBuilder request = post("/staff/proposals/{id}/consensus", proposal.getId())
			.param("stamp", consensus.stamp(proposal.getId()));
		for (long criterion : criteria(call)) {
			request.param("lines[" + criterion + "].score", score)
				.param("lines[" + criterion + "].justification", "The panel agreed.");
		}
		mvc.perform(staff(request)).andExpect(flash().attribute("recorded", true));
	}

	private List<Long> criteria(Call call) {
		return jdbc.sql("select id from evaluation_criteria where call_id = ? order by position").param(call.getId())
			.query(Long.class).list();
	}

	private long criterion(Call call, String code) {
		return jdbc.sql("select id from evaluation_criteria where call_id = ? and code = ?").params(call.getId(), code)
			.query(Long.class).single();
	}

	private List<Long> reviewersOf(Proposal proposal) {
		return jdbc.sql("select reviewer_id from review_assignments where proposal_id = ?").param(proposal.getId())
			.query(Long.class).list();
	}

	private PortalUser reviewer(String expertise, Long affiliation) {
		PortalUser reviewer = data.user(Role.REVIEWER);
		jdbc.sql("insert into reviewer_profiles (user_id, expertise, affiliation_id) values (?, ?, ?)")
			.params(reviewer.getId(), expertise.split(", "), affiliation)
			.update();
		return reviewer;
	}

	/** Staff make the reviewers take part in the call, as on its evaluation page. */
	private void pool(Call call, PortalUser... reviewers) throws Exception {
		for (PortalUser reviewer : reviewers) {
			mvc.perform(staff(post("/staff/calls/{id}/pool", call.getId()).param("reviewerId", reviewer.getId().toString())))
				.andExpect(flash().attribute("poolChanged", true));
		}
	}

	private PortalUser staff;

	private MockHttpServletRequestBuilder staff(MockHttpServletRequestBuilder request) {
		if (this.staff == null) {
			this.staff = data.user(Role.STAFF);
		}
		return request.with(csrf()).with(as(this.staff));
	}

	private RequestPostProcessor as(PortalUser person) {
		return user(userDetails.loadUserByUsername(person.getEmail()));
	}
}
