package health.flanders.portal.web.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import health.flanders.portal.call.Call;
import health.flanders.portal.call.audit.AuditTrail;
import health.flanders.portal.call.proposal.AttachmentKind;
import health.flanders.portal.call.proposal.PdfFile;
import health.flanders.portal.call.proposal.Proposal;
import health.flanders.portal.call.proposal.ProposalRepository;
import health.flanders.portal.call.testing.TestPdfs;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.AuditEntries;
import health.flanders.portal.web.support.Mailbox;
import health.flanders.portal.web.support.MutableClock;
import health.flanders.portal.web.support.MutableClockConfiguration;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;

/** Writing, submitting, reopening and withdrawing proposals against PostgreSQL, through the real web layer. */
@PortalIntegrationTest
@Import(MutableClockConfiguration.class)
class ProposalIntegrationTests {

	static final byte[] PDF = TestPdfs.pages(2);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	ProposalRepository proposals;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Mailbox mailbox;

	@Autowired
	MutableClock clock;

	@Autowired
	AuditTrail audit;

	@AfterEach
	void backToNow() {
		clock.reset();
	}

	@Test
	void aCompleteEligibleProposalIsSubmittedWithAReceiptAndEveryVersionIsKept() throws Exception {
		Call call = data.openCall();
		PortalUser applicant = data.user(Role.APPLICANT);
		Proposal proposal = data.completeProposal(call, applicant, "KEEP");
		long id = proposal.getId();
		mvc.perform(get("/proposals/{id}", id).with(as(applicant)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#attachment-FULL_TEXT\"")))
			.andExpect(content().string(containsString("The consortium is eligible.")));

		attach(applicant, id, "FULL_TEXT", "proposal.pdf", PDF).andExpect(redirectedUrl("/proposals/" + id + "#attachment-FULL_TEXT"));
		attach(applicant, id, "BUDGET_SHEET", "budget.pdf", PDF);
		mvc.perform(post("/proposals/{id}/submit", id).with(csrf()).with(as(applicant)))
			.andExpect(redirectedUrl("/proposals/" + id + "/receipt"));

		String reference = proposals.findById(id).orElseThrow().getReference();
		assertThat(reference).matches(call.getCode() + "-\\d{4}-0001");
		assertThat(AuditEntries.of(audit, applicant.getEmail(), "PROPOSAL_SUBMITTED", reference)).singleElement()
			.satisfies(entry -> assertThat(entry.details()).isEqualTo("version 1 of KEEP"));
		mvc.perform(get("/proposals/{id}/receipt", id).with(as(applicant)))
			.andExpect(content().string(containsString(reference)))
			.andExpect(content().string(containsString(PdfFile.sha256(PDF))));
		assertThat(Mailbox.text(mailbox.awaitMessageTo(applicant.getEmail()))).contains(reference)
			.contains(PdfFile.sha256(PDF));

		// Submitted means read-only: a save is refused and changes nothing.
		mvc.perform(post("/proposals/{id}", id).with(csrf()).with(as(applicant)).param("acronym", "CHANGED")
			.param("version", String.valueOf(proposals.findById(id).orElseThrow().getVersion())))
			.andExpect(flash().attributeExists("submitError"));
		assertThat(proposals.findById(id).orElseThrow().getAcronym()).isEqualTo("KEEP");

		mvc.perform(post("/proposals/{id}/reopen", id).with(csrf()).with(as(applicant))).andExpect(status().isFound());
		assertThat(AuditEntries.of(audit, applicant.getEmail(), "PROPOSAL_REOPENED", reference)).hasSize(1);
		byte[] second = TestPdfs.pages(3, "second version");
		attach(applicant, id, "FULL_TEXT", "proposal-v2.pdf", second);
		mvc.perform(post("/proposals/{id}/submit", id).with(csrf()).with(as(applicant))).andExpect(status().isFound());

		List<String> versions = jdbc.sql("""
				select v.number || ':' || a.sha256 from proposal_versions v
				join proposal_version_attachments va on va.version_id = v.id
				join proposal_attachments a on a.id = va.attachment_id
				where v.proposal_id = ? and a.kind = 'FULL_TEXT' order by v.number""").param(id).query(String.class).list();
		assertThat(versions).containsExactly("1:" + PdfFile.sha256(PDF), "2:" + PdfFile.sha256(second));
		assertThat(proposals.findById(id).orElseThrow().getReference()).isEqualTo(reference);
		assertThat(AuditEntries.of(audit, applicant.getEmail(), "PROPOSAL_SUBMITTED", reference))
			.extracting(entry -> entry.details())
			.containsExactly("version 1 of KEEP", "version 2 of KEEP");
		assertThat(audit.verify().intact()).isTrue();

		PortalUser staff = data.user(Role.STAFF);
		mvc.perform(get("/staff/calls/{id}/proposals", call.getId()).with(as(staff)))
			.andExpect(content().string(containsString(reference)));
		mvc.perform(get("/staff/proposals/{id}", id).with(as(staff)))
			.andExpect(content().string(containsString("Version 2")))
			.andExpect(content().string(containsString(PdfFile.sha256(second))));
		byte[] csv = mvc.perform(get("/staff/calls/{id}/proposals.csv", call.getId()).with(as(staff)))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn().getResponse().getContentAsByteArray();
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF").contains(reference).contains("KEEP One NV; KEEP Two BV; KEEP Three NV; KEEP University");
	}

	@Test
	void aSubmittedProposalIsWithdrawnByItsApplicantAndTheAuditTrailSaysWho() throws Exception {
		Call call = data.openCall();
		PortalUser applicant = data.user(Role.APPLICANT);
		long id = readyToSubmit(call, applicant, "GONE");
		mvc.perform(post("/proposals/{id}/submit", id).with(csrf()).with(as(applicant)))
			.andExpect(redirectedUrl("/proposals/" + id + "/receipt"));

		mvc.perform(post("/proposals/{id}/withdraw", id).with(csrf()).with(as(applicant)))
			.andExpect(redirectedUrl("/proposals/" + id))
			.andExpect(flash().attributeExists("success"));

		Proposal withdrawn = proposals.findById(id).orElseThrow();
		assertThat(withdrawn.getStatus().name()).isEqualTo("WITHDRAWN");
		assertThat(AuditEntries.of(audit, applicant.getEmail(), "PROPOSAL_WITHDRAWN", withdrawn.getReference()))
			.singleElement()
			.satisfies(entry -> assertThat(entry.details()).isEqualTo("GONE"));
		assertThat(audit.verify().intact()).isTrue();
	}

	@Test
	void theDeadlineHoldsToTheInstantOnTheDayDaylightSavingTimeBegins() throws Exception {
		// 28 March 2027: clocks in Brussels go from 02:00 to 03:00. A 17:00 deadline is 15:00 UTC, not 16:00.
		Instant deadline = LocalDateTime.parse("2027-03-28T17:00").atZone(java.time.ZoneId.of("Europe/Brussels")).toInstant();
		assertThat(deadline).isEqualTo(Instant.parse("2027-03-28T15:00:00Z"));
		Call call = data.openCall(deadline.minus(java.time.Duration.ofDays(60)), deadline);
		PortalUser applicant = data.user(Role.APPLICANT);
		clock.setInstant(deadline.minus(java.time.Duration.ofDays(1)));
		long onTime = readyToSubmit(call, applicant, "ONTIME");
		long late = readyToSubmit(call, applicant, "LATE");

		clock.setInstant(deadline.minusSeconds(1));
		mvc.perform(get("/proposals/{id}", onTime).with(as(applicant)))
			.andExpect(content().string(containsString("datetime=\"2027-03-28T17:00:00+02:00\"")));
		mvc.perform(post("/proposals/{id}/submit", onTime).with(csrf()).with(as(applicant)))
			.andExpect(redirectedUrl("/proposals/" + onTime + "/receipt"));

		clock.setInstant(deadline);
		mvc.perform(post("/proposals/{id}/submit", late).with(csrf()).with(as(applicant)))
			.andExpect(redirectedUrl("/proposals/" + late + "#submission"))
			.andExpect(flash().attribute("submitError", containsString("deadline of this call has passed")));
		assertThat(proposals.findById(late).orElseThrow().getReference()).isNull();
		// Nor can the one on time be reopened or withdrawn once the deadline is there.
		mvc.perform(post("/proposals/{id}/withdraw", onTime).with(csrf()).with(as(applicant)))
			.andExpect(flash().attributeExists("submitError"));
		assertThat(proposals.findById(onTime).orElseThrow().getStatus().name()).isEqualTo("SUBMITTED");
	}

	@Test
	void theLaterOfTwoSavesOfTheSameVersionIsRefusedAndShowsTheOtherChange() throws Exception {
		Call call = data.openCall();
		PortalUser lead = data.user(Role.APPLICANT);
		PortalUser co = data.user(Role.APPLICANT);
		Proposal proposal = data.proposal(call, lead, "TWICE");
		invite(lead, proposal.getId(), co.getEmail());
		String version = String.valueOf(proposal.getVersion());

		mvc.perform(post("/proposals/{id}", proposal.getId()).with(csrf()).with(as(lead)).param("acronym", "TWICE")
			.param("title", "The lead's title").param("version", version)).andExpect(status().isFound());
		mvc.perform(post("/proposals/{id}", proposal.getId()).with(csrf()).with(as(co)).param("acronym", "TWICE")
			.param("title", "The co-applicant's title").param("version", version))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A co-applicant saved this proposal in the meantime")))
			.andExpect(content().string(containsString("The lead&#39;s title")))
			.andExpect(content().string(containsString("value=\"The co-applicant&#39;s title\"")));
		assertThat(proposals.findById(proposal.getId()).orElseThrow().getTitle()).isEqualTo("The lead's title");
	}

	@Test
	void aDoubleClickOnSubmitSubmitsOnce() throws Exception {
		Call call = data.openCall();
		PortalUser applicant = data.user(Role.APPLICANT);
		long id = readyToSubmit(call, applicant, "DOUBLE");
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				Callable<Integer> click = () -> {
					start.await();
					return mvc.perform(post("/proposals/{id}/submit", id).with(csrf()).with(as(applicant)))
						.andReturn().getResponse().getStatus();
				};
				answers.add(pool.submit(click));
			}
			start.countDown();
			for (Future<Integer> answer : answers) {
				assertThat(answer.get()).isEqualTo(302);
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(jdbc.sql("select count(*) from proposal_versions where proposal_id = ?").param(id).query(Long.class).single())
			.isEqualTo(1);
		// Mail is queued in the outbox in the submitting transaction, so one row there means exactly one receipt.
		assertThat(jdbc.sql("select count(*) from outgoing_mails where recipient = ?").param(applicant.getEmail())
			.query(Long.class).single()).isEqualTo(1);
		assertThat(mailbox.awaitMessagesTo(applicant.getEmail(), 1)).hasSize(1);
	}

	@Test
	void anInvitedCoApplicantEditsUntilTheInvitationIsRevoked() throws Exception {
		Call call = data.openCall();
		PortalUser lead = data.user(Role.APPLICANT);
		PortalUser co = data.user(Role.APPLICANT);
		Proposal proposal = data.proposal(call, lead, "COAPP");
		long id = proposal.getId();
		mvc.perform(get("/proposals/{id}", id).with(as(co))).andExpect(status().isNotFound());

		invite(lead, id, co.getEmail().toUpperCase(java.util.Locale.ROOT));
		assertThat(Mailbox.text(mailbox.awaitMessageTo(co.getEmail()))).contains("COAPP");
		mvc.perform(get("/proposals", id).with(as(co))).andExpect(content().string(containsString("COAPP")));
		mvc.perform(post("/proposals/{id}", id).with(csrf()).with(as(co)).param("acronym", "COAPP")
			.param("title", "Written by the co-applicant").param("version", String.valueOf(proposal.getVersion())))
			.andExpect(status().isFound());
		assertThat(proposals.findById(id).orElseThrow().getTitle()).isEqualTo("Written by the co-applicant");
		// Only the lead applicant manages invitations.
		mvc.perform(post("/proposals/{id}/invitations", id).with(csrf()).with(as(co)).param("email", "x@example.org"))
			.andExpect(status().isNotFound());

		long invitation = jdbc.sql("select id from proposal_invitations where proposal_id = ?").param(id).query(Long.class).single();
		mvc.perform(post("/proposals/{id}/invitations/{i}/revoke", id, invitation).with(csrf()).with(as(lead)))
			.andExpect(status().isFound());
		mvc.perform(get("/proposals/{id}", id).with(as(co))).andExpect(status().isNotFound());
		mvc.perform(get("/proposals").with(as(co))).andExpect(content().string(not(containsString("COAPP"))));
		mvc.perform(get("/api/v1/proposals/{id}/eligibility", id).with(as(co))).andExpect(status().isNotFound());
	}

	@Test
	void anotherApplicantFindsNothingOfAProposalNotTheirs() throws Exception {
		Call call = data.openCall();
		PortalUser owner = data.user(Role.APPLICANT);
		PortalUser other = data.user(Role.APPLICANT);
		long id = readyToSubmit(call, owner, "MINE");
		long attachment = jdbc.sql("select min(id) from proposal_attachments where proposal_id = ?").param(id)
			.query(Long.class).single();

		mvc.perform(get("/proposals/{id}", id).with(as(other))).andExpect(status().isNotFound());
		mvc.perform(get("/proposals/{id}/attachments/{a}", id, attachment).with(as(other))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/proposals/{id}/eligibility", id).with(as(other))).andExpect(status().isNotFound());
		mvc.perform(post("/proposals/{id}/submit", id).with(csrf()).with(as(other))).andExpect(status().isNotFound());
		mvc.perform(get("/proposals/{id}/organisations", id).param("q", "univ").with(as(other))).andExpect(status().isNotFound());
		// Staff see a proposal only once it is submitted.
		mvc.perform(get("/api/v1/proposals/{id}/eligibility", id).with(as(data.user(Role.STAFF)))).andExpect(status().isNotFound());

		mvc.perform(get("/api/v1/proposals/{id}/eligibility", id).with(as(owner)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.eligible").value(true))
			.andExpect(jsonPath("$.independentFlemishEnterprises").value(3))
			.andExpect(jsonPath("$.rtos").value(1))
			.andExpect(jsonPath("$.reasons").isArray());
		mvc.perform(get("/proposals/{id}/attachments/{a}", id, attachment).with(as(owner)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	@Test
	void anythingButAPdfOfAtMost20MegabytesIsRefusedByItsContent() throws Exception {
		Call call = data.openCall();
		PortalUser applicant = data.user(Role.APPLICANT);
		long id = data.proposal(call, applicant, "FILES").getId();
		byte[] exe = new byte[4096];
		exe[0] = 'M';
		exe[1] = 'Z';
		attach(applicant, id, "FULL_TEXT", "proposal.pdf", exe)
			.andExpect(flash().attribute("attachmentErrorText", containsString("not a PDF")));
		byte[] big = new byte[25 * 1024 * 1024];
		System.arraycopy(PDF, 0, big, 0, PDF.length);
		attach(applicant, id, "FULL_TEXT", "big.pdf", big)
			.andExpect(flash().attribute("attachmentErrorText", containsString("larger than 20 MB")));
		assertThat(jdbc.sql("select count(*) from proposal_attachments where proposal_id = ?").param(id).query(Long.class).single())
			.isZero();
	}

	@Test
	void aPdfThatIsEncryptedActiveOrCutOffIsRefusedSayingWhyAndNothingIsKept() throws Exception {
		Call call = data.openCall();
		PortalUser applicant = data.user(Role.APPLICANT);
		long id = data.proposal(call, applicant, "PDFCHECK").getId();
		Map<String, byte[]> refused = new LinkedHashMap<>();
		refused.put("encrypted or protected by a password", TestPdfs.encryptedWithPassword());
		refused.put("contains JavaScript", TestPdfs.withOpenActionJavaScript());
		refused.put("starts another program or file", TestPdfs.withLaunchAction());
		refused.put("damaged or incomplete", TestPdfs.truncated());
		for (Map.Entry<String, byte[]> file : refused.entrySet()) {
			attach(applicant, id, "FULL_TEXT", "proposal.pdf", file.getValue())
				.andExpect(redirectedUrl("/proposals/" + id + "#attachment-FULL_TEXT"))
				.andExpect(flash().attribute("attachmentError", AttachmentKind.FULL_TEXT))
				.andExpect(flash().attribute("attachmentErrorText", containsString(file.getKey())));
		}
		mvc.perform(multipart("/proposals/{id}/attachments", id)
			.file(new MockMultipartFile("file", "voorstel.pdf", "application/pdf", TestPdfs.withNamesTreeJavaScript()))
			.param("kind", "FULL_TEXT")
			.header("Accept-Language", "nl-BE")
			.with(csrf())
			.with(as(applicant)))
			.andExpect(flash().attribute("attachmentErrorText", containsString("bevat JavaScript")));
		assertThat(jdbc.sql("select count(*) from proposal_attachments where proposal_id = ?").param(id).query(Long.class).single())
			.isZero();
	}

	@Test
	void aGoodPdfIsKeptWithItsPageCountShownBesideIt() throws Exception {
		Call call = data.openCall();
		PortalUser applicant = data.user(Role.APPLICANT);
		long id = data.proposal(call, applicant, "PAGES").getId();

		attach(applicant, id, "FULL_TEXT", "proposal.pdf", TestPdfs.pages(7))
			.andExpect(flash().attributeExists("success"));

		assertThat(jdbc.sql("select page_count from proposal_attachments where proposal_id = ? and replaced_at is null")
			.param(id).query(Integer.class).single()).isEqualTo(7);
		mvc.perform(get("/proposals/{id}", id).with(as(applicant)))
			.andExpect(content().string(containsString("7 pages")));
		mvc.perform(get("/proposals/{id}", id).with(as(applicant)).header("Accept-Language", "nl-BE"))
			.andExpect(content().string(containsString("7 pagina’s")));
	}

	@Test
	void anIneligibleConsortiumCannotBeSubmittedAndThePanelSaysWhy() throws Exception {
		Call call = data.openCall();
		PortalUser applicant = data.user(Role.APPLICANT);
		Proposal proposal = data.completeProposal(call, applicant, "NORTO");
		long id = proposal.getId();
		long university = proposals.findForApplicant(id, applicant.getId(), applicant.getEmail()).orElseThrow()
			.getMembers().stream().filter(member -> member.getOrganisation().getName().endsWith("University"))
			.findFirst().orElseThrow().getId();
		mvc.perform(post("/proposals/{id}/members/{m}/remove", id, university).with(csrf()).with(as(applicant)))
			.andExpect(status().isFound());
		attach(applicant, id, "FULL_TEXT", "proposal.pdf", PDF);
		attach(applicant, id, "BUDGET_SHEET", "budget.pdf", PDF);
		mvc.perform(get("/proposals/{id}", id).with(as(applicant)))
			.andExpect(content().string(containsString("The consortium is not eligible yet.")));
		mvc.perform(post("/proposals/{id}/submit", id).with(csrf()).with(as(applicant)))
			.andExpect(flash().attribute("submitError", containsString("not eligible")));
		assertThat(proposals.findById(id).orElseThrow().getStatus().name()).isEqualTo("DRAFT");
	}

	@Test
	void theRegistrySearchFindsByNameEnterpriseNumberAndKeyword() throws Exception {
		Call call = data.openCall();
		PortalUser applicant = data.user(Role.APPLICANT);
		long id = data.proposal(call, applicant, "SEARCH").getId();
		String name = "Zoekbaar " + TestData.unique().substring(0, 6) + " NV";
		var organisation = data.flemishEnterprise(name, null);
		String digits = organisation.getEnterpriseNumber().digits();
		for (String query : List.of(name.substring(0, 12).toLowerCase(java.util.Locale.ROOT),
				digits.substring(0, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7))) {
			mvc.perform(get("/proposals/{id}/organisations", id).param("q", query).header("HX-Request", "true").with(as(applicant)))
				.andExpect(content().string(containsString(name)));
		}
		mvc.perform(get("/proposals/{id}/organisations", id).param("q", "biomark").header("HX-Request", "true").with(as(applicant)))
			.andExpect(status().isOk());
		mvc.perform(post("/proposals/{id}/members", id).param("organisationId", organisation.getId().toString())
			.with(csrf()).with(as(applicant))).andExpect(redirectedUrl("/proposals/" + id + "#consortium"));
		mvc.perform(post("/proposals/{id}/members/new", id).with(csrf()).with(as(applicant)).param("name", "Nieuw BV")
			.param("type", "ENTERPRISE").param("enterpriseNumber", "0123.456.789").param("postalCode", "9000")
			.param("city", "Gent").param("country", "BE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("not a valid Belgian enterprise number")))
			.andExpect(content().string(containsString("value=\"Nieuw BV\"")));
	}

	private long readyToSubmit(Call call, PortalUser applicant, String acronym) throws Exception {
		long id = data.completeProposal(call, applicant, acronym).getId();
		attach(applicant, id, "FULL_TEXT", "proposal.pdf", PDF).andExpect(flash().attributeExists("success"));
		attach(applicant, id, "BUDGET_SHEET", "budget.pdf", PDF).andExpect(flash().attributeExists("success"));
		return id;
	}

	private org.springframework.test.web.servlet.ResultActions attach(PortalUser applicant, long id, String kind,
			String name, byte[] content) throws Exception {
		return mvc.perform(multipart("/proposals/{id}/attachments", id)
			.file(new MockMultipartFile("file", name, "application/pdf", content))
			.param("kind", kind)
			.with(csrf())
			.with(as(applicant))).andExpect(status().isFound());
	}

	private void invite(PortalUser lead, long id, String email) throws Exception {
		mvc.perform(post("/proposals/{id}/invitations", id).with(csrf()).with(as(lead)).param("email", email))
			.andExpect(flash().attributeExists("success"));
	}

	private RequestPostProcessor as(PortalUser person) {
		return user(userDetails.loadUserByUsername(person.getEmail()));
	}
}
