package health.flanders.portal.web.publications;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import jakarta.servlet.http.Cookie;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import health.flanders.portal.call.Call;
import health.flanders.portal.call.proposal.Proposal;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.matching.embedding.StoredVectors;
import health.flanders.portal.matching.embedding.TextEmbedder;
import health.flanders.portal.matching.embedding.VectorSubject;
import health.flanders.portal.matching.expertise.ProposalText;
import health.flanders.portal.web.publications.ReviewerPublications.Outcome;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;

/**
 * A reviewer's publications on their profile: each export imported, refused as a whole when any of it is wrong,
 * without duplicates, removed only by their owner; their vectors rebuilt from PostgreSQL; and the assignment reading
 * them.
 */
@PortalIntegrationTest
class PublicationsIntegrationTests {

	static final String NBIB = """
			PMID- 31234567
			DP  - 2021 Mar 4
			TI  - Circulating tumour DNA for the follow-up of resected colorectal cancer.
			AB  - We followed 120 patients after surgery and sequenced plasma DNA every three
			      months to find relapses before imaging did.
			LID - 10.1000/CRC.2021.1 [doi]

			PMID- 29876543
			DP  - 2018
			TI  - Organoids grown from colorectal tumour biopsies predict the response to chemotherapy.
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	PublicationVectors vectors;

	@Autowired
	TextEmbedder embedder;

	@Autowired
	StoredVectors storedVectors;

	@Test
	void aPubMedExportIsImportedOnceAndShownOnTheProfileWithItsCounts() throws Exception {
		PortalUser reviewer = reviewer("oncology");
		mvc.perform(as(reviewer, multipart("/reviews/profile/publications/file").file(file("pubmed.nbib", NBIB))))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("imported", new Outcome(2, 0)));
		String again = NBIB.replace("10.1000/CRC.2021.1", "https://doi.org/10.1000/crc.2021.1") + """

				PMID- 30000001
				TI  - A third paper.
				""";
		// The flash goes through the session store in PostgreSQL, as in production: the next page reads it.
		Cookie session = mvc.perform(as(reviewer, multipart("/reviews/profile/publications/file").file(file("again.txt", again))))
			.andExpect(flash().attribute("imported", new Outcome(1, 2)))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(titles(reviewer)).containsExactlyInAnyOrder(
				"Circulating tumour DNA for the follow-up of resected colorectal cancer.",
				"Organoids grown from colorectal tumour biopsies predict the response to chemotherapy.", "A third paper.");
		mvc.perform(as(reviewer, get("/reviews/profile")).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 publication added, 2 already there.")))
			.andExpect(content().string(containsString("DOI 10.1000/crc.2021.1")))
			.andExpect(content().string(containsString("PMID 29876543")))
			.andExpect(content().string(containsString("My publications")));
	}

	@Test
	void eachExportFormatIsImported() throws Exception {
		PortalUser reviewer = reviewer("cardiology");
		String ris = "TY  - JOUR\nTI  - Wearable patches for heart failure\nPY  - 2019\nDO  - 10.1000/hf.19\nER  - \n";
		String bibtex = "@article{a, title = {Deep learning for ECGs}, year = {2017}, pmid = {28000001}}\n";
		String orcid = """
				{"group": [{"work-summary": [{"title": {"title": {"value": "Atrial fibrillation screening"}},
				  "publication-date": {"year": {"value": "2022"}}}]}]}
				""";
		for (String[] upload : List.of(new String[] { "a.ris", ris }, new String[] { "a.bib", bibtex },
				new String[] { "works.json", orcid })) {
			mvc.perform(as(reviewer, multipart("/reviews/profile/publications/file").file(file(upload[0], upload[1]))))
				.andExpect(flash().attribute("imported", new Outcome(1, 0)));
		}
		mvc.perform(as(reviewer, post("/reviews/profile/publications/pasted").param("pasted",
				"Cardiac rehabilitation at home (2020)\nA trial in 300 patients.\n\natrial FIBRILLATION screening!")))
			.andExpect(flash().attribute("imported", new Outcome(1, 1)));
		assertThat(jdbc.sql("select source from reviewer_publications where reviewer_id = ? order by id")
			.param(reviewer.getId())
			.query(String.class)
			.list()).containsExactly("RIS", "BIBTEX", "ORCID_JSON", "PASTED");
	}

	@Test
	void aFileWithOneBrokenRecordImportsNothingAndSaysWhyBesideTheField() throws Exception {
		PortalUser reviewer = reviewer("oncology");
		String broken = NBIB + "\nPMID- 30000002\nDP  - 2020\nthis line is not MEDLINE\n";
		Cookie session = mvc.perform(as(reviewer, multipart("/reviews/profile/publications/file").file(file("broken.nbib", broken))))
			.andExpect(flash().attribute("fileError", "publications.import.malformed"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		mvc.perform(as(reviewer, get("/reviews/profile")).cookie(session))
			.andExpect(content().string(containsString("This file could not be read to the end. Nothing was imported.")))
			.andExpect(content().string(containsString("At line 14.")))
			.andExpect(content().string(containsString("aria-describedby=\"publications-file-hint publications-file-error\"")));
		assertThat(titles(reviewer)).isEmpty();
		mvc.perform(as(reviewer, multipart("/reviews/profile/publications/file")
			.file(new MockMultipartFile("file", "paper.pdf", "application/pdf", new byte[] { '%', 'P', 'D', 'F', 0, 1, 2 }))))
			.andExpect(flash().attribute("fileError", "publications.import.unknownFormat"));
		mvc.perform(as(reviewer, multipart("/reviews/profile/publications/file")
			.file(file("big.nbib", "PMID- 1\nTI  - x\n" + "AB  - " + "a".repeat(ReviewerPublications.MAX_BYTES)))))
			.andExpect(flash().attribute("fileError", "publications.import.tooLarge"));
		assertThat(titles(reviewer)).isEmpty();
	}

	@Test
	void pastedTextThatIsRefusedIsKeptInTheField() throws Exception {
		PortalUser reviewer = reviewer("oncology");
		Cookie session = mvc.perform(as(reviewer, post("/reviews/profile/publications/pasted")
			.param("pasted", "Good title\n\n(2021)\nno title")))
			.andExpect(flash().attribute("pastedError", "publications.import.noTitle"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(titles(reviewer)).isEmpty();
		mvc.perform(as(reviewer, get("/reviews/profile")).cookie(session))
			.andExpect(content().string(containsString("Good title\n\n(2021)\nno title</textarea>")))
			.andExpect(content().string(containsString("At publication 2.")))
			.andExpect(content().string(containsString("A publication has no title. Nothing was imported.")));
	}

	@Test
	void aReviewerRemovesTheirOwnPublicationButSomeoneElsesAnswersNotFound() throws Exception {
		PortalUser owner = reviewer("oncology");
		PortalUser other = reviewer("oncology");
		mvc.perform(as(owner, multipart("/reviews/profile/publications/file").file(file("p.nbib", NBIB))));
		long id = jdbc.sql("select min(id) from reviewer_publications where reviewer_id = ?")
			.param(owner.getId())
			.query(Long.class)
			.single();
		mvc.perform(as(other, post("/reviews/profile/publications/{id}/remove", id))).andExpect(status().isNotFound());
		assertThat(titles(owner)).hasSize(2);
		mvc.perform(as(owner, post("/reviews/profile/publications/{id}/remove", id)))
			.andExpect(flash().attribute("publicationRemoved", true));
		assertThat(titles(owner)).hasSize(1);
	}

	@Test
	void missingVectorsAreRebuiltFromTheTextsInPostgreSql() throws Exception {
		PortalUser reviewer = reviewer("oncology");
		mvc.perform(as(reviewer, multipart("/reviews/profile/publications/file").file(file("p.nbib", NBIB))));
		vectors.buildMissing();
		jdbc.sql("update reviewer_publications set embedding = null where reviewer_id = ?").param(reviewer.getId()).update();
		mvc.perform(as(reviewer, get("/reviews/profile/publications/progress")))
			.andExpect(content().string(containsString("0 of 2 publications read for matching")))
			.andExpect(content().string(containsString("data-hx-trigger=\"every 2s\"")));

		assertThat(vectors.buildMissing()).isGreaterThanOrEqualTo(0);

		float[] stored = jdbc.sql("select embedding from reviewer_publications where reviewer_id = ? and pmid = '29876543'")
			.param(reviewer.getId())
			.query((rs, row) -> StoredVector.fromSql(rs.getArray(1)))
			.single();
		assertThat(TextEmbedder.cosine(stored,
				embedder.embed("Organoids grown from colorectal tumour biopsies predict the response to chemotherapy.")))
			.isGreaterThan(0.999);
		mvc.perform(as(reviewer, get("/reviews/profile/publications/progress")))
			.andExpect(content().string(containsString("2 of 2 publications read for matching")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("data-hx-trigger"))));
	}

	@Test
	void theReviewerWhosePublicationsMatchTheProposalIsAssignedAheadOfKeywordsAndOtherPublications() throws Exception {
		Call call = data.openCall();
		Proposal proposal = data.submittedProposal(call, data.user(Role.APPLICANT), "CT" + TestData.unique().substring(0, 5));
		jdbc.sql("update proposals set title = ?, abstract = ?, medical_need = ? where id = ?")
			.params("Liquid biopsies after bowel cancer surgery",
					"Sequencing cell-free tumour DNA in blood to detect a relapse of colon cancer early.",
					"Relapses of colorectal cancer are found late.", proposal.getId())
			.update();
		PortalUser reader = reviewer("cardiology");
		PortalUser keywordsOnly = reviewer("dermatology");
		PortalUser cardiologist = reviewer("cardiology");
		mvc.perform(as(reader, multipart("/reviews/profile/publications/file").file(file("p.nbib", NBIB))));
		mvc.perform(as(cardiologist, post("/reviews/profile/publications/pasted").param("pasted",
				"Wearable patches for heart failure (2020)\nRemote monitoring of heart failure patients at home.")));
		vectors.buildMissing();
		jdbc.sql("update calls set reviewers_per_proposal = 1 where id = ?").param(call.getId()).update();
		PortalUser staff = data.user(Role.STAFF);
		for (PortalUser reviewer : List.of(reader, keywordsOnly, cardiologist)) {
			mvc.perform(as(staff, post("/staff/calls/{id}/pool", call.getId()).param("reviewerId", reviewer.getId().toString())))
				.andExpect(flash().attribute("poolChanged", true));
		}

		mvc.perform(as(staff, post("/staff/calls/{id}/assignment", call.getId()))).andExpect(status().is3xxRedirection());

		assertThat(jdbc.sql("select reviewer_id from review_assignments where proposal_id = ?")
			.param(proposal.getId())
			.query(Long.class)
			.list()).containsExactly(reader.getId());
		assertThat(storedVectors.find(VectorSubject.PROPOSAL, proposal.getId()))
			.as("the proposal's one vector, in text_vectors")
			.hasValueSatisfying(vector -> assertThat(vector.isOf(new ProposalText("Liquid biopsies after bowel cancer surgery",
					"Sequencing cell-free tumour DNA in blood to detect a relapse of colon cancer early.",
					"Relapses of colorectal cancer are found late.").text())).isTrue());
	}

	@Test
	void theAssignmentReadsAProposalsStoredVectorAndReplacesOneOfAnOlderText() throws Exception {
		Call call = data.openCall();
		Proposal current = data.submittedProposal(call, data.user(Role.APPLICANT), "CV" + TestData.unique().substring(0, 5));
		Proposal edited = data.submittedProposal(call, data.user(Role.APPLICANT), "ED" + TestData.unique().substring(0, 5));
		ProposalText currentText = new ProposalText("Liquid biopsies after bowel cancer surgery",
				"Sequencing cell-free tumour DNA in blood.", "Relapses are found late.");
		ProposalText editedText = new ProposalText("Wearable patches for heart failure",
				"Remote monitoring of heart failure patients at home.", "");
		for (var proposal : List.of(java.util.Map.entry(current, currentText), java.util.Map.entry(edited, editedText))) {
			jdbc.sql("update proposals set title = ?, abstract = ?, medical_need = ? where id = ?")
				.params(proposal.getValue().title(), proposal.getValue().abstractText(), proposal.getValue().medicalNeed(),
						proposal.getKey().getId())
				.update();
		}
		// A vector of the current text (as the background stores it after a save), made up so that a vector computed
		// again would differ from it; and one of the edited proposal's older text.
		float[] madeUp = embedder.embed("Knee replacement rehabilitation");
		storedVectors.save(List.of(proposalVector(current.getId(), currentText.text(), madeUp),
				proposalVector(edited.getId(), "An older text", madeUp)));
		PortalUser staff = data.user(Role.STAFF);
		PortalUser reviewer = reviewer("oncology");
		mvc.perform(as(staff, post("/staff/calls/{id}/pool", call.getId()).param("reviewerId", reviewer.getId().toString())))
			.andExpect(flash().attribute("poolChanged", true));

		mvc.perform(as(staff, post("/staff/calls/{id}/assignment", call.getId()))).andExpect(status().is3xxRedirection());

		assertThat(storedVectors.find(VectorSubject.PROPOSAL, current.getId()).orElseThrow().vector())
			.as("read, not computed again")
			.isEqualTo(madeUp);
		var replaced = storedVectors.find(VectorSubject.PROPOSAL, edited.getId()).orElseThrow();
		assertThat(replaced.isOf(editedText.text())).isTrue();
		assertThat(TextEmbedder.cosine(replaced.vector(), embedder.embed(editedText.text()))).isGreaterThan(0.999);
	}

	@Test
	void theKeywordsAreRequiredOnlyOfAReviewerWithoutPublications() throws Exception {
		PortalUser reviewer = data.user(Role.REVIEWER);
		mvc.perform(as(reviewer, post("/reviews/profile").param("expertise", " , ").param("version", "-1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Give at least one expertise keyword, or import your publications "
					+ "below: with publications the keywords are optional.")))
			.andExpect(content().string(containsString("aria-describedby=\"expertise-hint expertise-error\"")));
		mvc.perform(as(reviewer, post("/reviews/profile").param("expertise", "").param("version", "-1"))
			.locale(java.util.Locale.forLanguageTag("nl")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Geef minstens één trefwoord, of importeer hieronder uw publicaties: "
					+ "met publicaties zijn de trefwoorden niet verplicht.")));
		assertThat(jdbc.sql("select count(*) from reviewer_profiles where user_id = ?").param(reviewer.getId())
			.query(Integer.class).single()).as("nothing saved").isZero();

		mvc.perform(as(reviewer, multipart("/reviews/profile/publications/file").file(file("pubmed.nbib", NBIB))))
			.andExpect(flash().attribute("imported", new Outcome(2, 0)));
		mvc.perform(as(reviewer, get("/reviews/profile")))
			.andExpect(content().string(containsString("Optional now that you have publications")));
		mvc.perform(as(reviewer, post("/reviews/profile").param("expertise", "").param("kind", "CLINICAL")
				.param("version", "-1")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("saved", true));
		assertThat(jdbc.sql("select cardinality(expertise) from reviewer_profiles where user_id = ?")
			.param(reviewer.getId())
			.query(Integer.class)
			.single()).isZero();
		mvc.perform(as(reviewer, get("/reviews/profile")))
			.andExpect(content().string(not(containsString("neither expertise keywords nor publications"))));

		// Removing every publication leaves nothing to match by: the profile says so until keywords or publications
		// come back.
		for (long id : jdbc.sql("select id from reviewer_publications where reviewer_id = ?").param(reviewer.getId())
			.query(Long.class).list()) {
			mvc.perform(as(reviewer, post("/reviews/profile/publications/{id}/remove", id)))
				.andExpect(status().is3xxRedirection());
		}
		mvc.perform(as(reviewer, get("/reviews/profile")))
			.andExpect(content().string(containsString("Your profile has neither expertise keywords nor publications")));
		mvc.perform(as(reviewer, get("/reviews/profile")).locale(java.util.Locale.forLanguageTag("nl")))
			.andExpect(content().string(containsString("Uw profiel heeft geen trefwoorden en geen publicaties")));
	}

	/** A proposal's vector as text_vectors keeps it (not this package's own StoredVector of publications). */
	private static health.flanders.portal.matching.embedding.StoredVector proposalVector(long id, String text,
			float[] vector) {
		return new health.flanders.portal.matching.embedding.StoredVector(VectorSubject.PROPOSAL, id,
				health.flanders.portal.matching.embedding.StoredVector.hash(text), TextEmbedder.MODEL_NAME, vector);
	}

	private PortalUser reviewer(String expertise) {
		PortalUser reviewer = data.user(Role.REVIEWER);
		jdbc.sql("insert into reviewer_profiles (user_id, expertise) values (?, ?)")
			.params(reviewer.getId(), new String[] { expertise })
			.update();
		return reviewer;
	}

	private List<String> titles(PortalUser reviewer) {
		return jdbc.sql("select title from reviewer_publications where reviewer_id = ?")
			.param(reviewer.getId())
			.query(String.class)
			.list();
	}

	private static MockMultipartFile file(String name, String content) {
		return new MockMultipartFile("file", name, "application/octet-stream", content.getBytes(StandardCharsets.UTF_8));
	}

	private <B extends AbstractMockHttpServletRequestBuilder<B>> B as(PortalUser person, B request) {
		return request.with(csrf()).with(user(userDetails.loadUserByUsername(person.getEmail())));
	}
}
