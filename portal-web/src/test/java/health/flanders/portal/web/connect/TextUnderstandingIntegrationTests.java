package health.flanders.portal.web.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import health.flanders.portal.call.Call;
import health.flanders.portal.call.organisation.OrganisationType;
import health.flanders.portal.call.organisation.PartnerProfile;
import health.flanders.portal.call.proposal.Proposal;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.matching.MatchRequest;
import health.flanders.portal.matching.PartnerMatcher;
import health.flanders.portal.matching.RegistryFeed;
import health.flanders.portal.matching.RegistryIndex;
import health.flanders.portal.matching.Suggestion;
import health.flanders.portal.matching.embedding.StoredVector;
import health.flanders.portal.matching.embedding.StoredVectors;
import health.flanders.portal.matching.embedding.TextEmbedder;
import health.flanders.portal.matching.embedding.VectorSubject;
import health.flanders.portal.web.proposals.ProposalTextSaved;
import health.flanders.portal.web.staff.PartnerRegistry;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.ShedLocks;
import health.flanders.portal.web.support.TestData;

import net.javacrumbs.shedlock.core.LockProvider;

/**
 * The meaning of the registry's and the proposals' texts, read in the background and kept in PostgreSQL: an index
 * rebuilt from the stored vectors suggests what the live one does, without embedding again; deleted vectors are
 * computed again; an edited text's stale vector is replaced; a saved proposal is embedded after the commit.
 */
@PortalIntegrationTest
class TextUnderstandingIntegrationTests {

	private static final String NEED = "Tumour sequencing to choose targeted drugs";

	@Autowired
	PartnerRegistry registry;

	@Autowired
	RegistryFeed feed;

	@Autowired
	RegistryIndex index;

	@Autowired
	PartnerMatcher matcher;

	@Autowired
	TextUnderstanding understanding;

	@Autowired
	StoredVectors vectors;

	@Autowired
	TextEmbedder embedder;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	LockProvider locks;

	@Autowired
	TestData data;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Test
	void anIndexRebuiltFromPostgreSqlSuggestsTheSameWithoutEmbeddingAndDeletedVectorsAreComputedAgain() {
		String word = madeUpWord();
		long genomics = registry.register(profile("Genomics " + word + " NV", List.of("precision oncology"),
				"Cancer genomics: exome analysis of malignancies for oncologists.", "genomics-" + word), "staff@example.org");
		long knees = registry.register(profile("Knees " + word + " BV", List.of("orthopaedics"),
				"Rehabilitation after knee replacement surgery.", "knees-" + word), "staff@example.org");
		feed.catchUp();
		waitUntil("the live index understands the registry", () -> understanding.registryProgress().complete()
				&& stored(VectorSubject.ORGANISATION_OFFER, genomics).isPresent()
				&& stored(VectorSubject.ORGANISATION_OFFER, knees).isPresent());
		MatchRequest request = MatchRequest.ofText(NEED, null).withMeaning(embedder.embed(NEED));
		List<Long> stored;
		try (RegistryIndex rebuilt = new RegistryIndex()) {
			new RegistryFeed(jdbc, rebuilt).catchUp();
			assertThat(rebuilt.size()).isEqualTo(index.size());
			assertThat(rebuilt.notUnderstood(1)).as("every vector read from PostgreSQL").isEmpty();
			stored = ids(new PartnerMatcher(rebuilt), request);
		}
		assertThat(stored).contains(genomics);
		assertThat(stored.indexOf(genomics)).isLessThan(stored.contains(knees) ? stored.indexOf(knees) : Integer.MAX_VALUE);

		jdbc.sql("delete from text_vectors where subject_id in (:ids) and subject like 'ORGANISATION%'")
			.param("ids", List.of(genomics, knees))
			.update();
		try (RegistryIndex rebuilt = new RegistryIndex()) {
			new RegistryFeed(jdbc, rebuilt).catchUp();
			assertThat(rebuilt.notUnderstood(10)).extracting(RegistryIndex.WaitingText::organisationId)
				.containsOnly(genomics, knees);
			TextUnderstanding again = new TextUnderstanding(rebuilt, vectors, embedder, jdbc, transactions, locks);
			waitUntil("the deleted vectors computed again", () -> {
				again.understandRegistry();
				return rebuilt.notUnderstood(1).isEmpty();
			});
			assertThat(stored(VectorSubject.ORGANISATION_DESCRIPTION, genomics)).isPresent();
			assertThat(ids(new PartnerMatcher(rebuilt), request)).isEqualTo(stored);
			again.destroy();
		}
	}

	@Test
	void anEditedProfilesStaleVectorIsReplacedInTheBackground() {
		String word = madeUpWord();
		long id = registry.register(profile("Stale " + word + " NV", List.of("imaging"), "MRI reading.",
				"stale-" + word), "staff@example.org");
		feed.catchUp();
		waitUntil("the offer understood", () -> stored(VectorSubject.ORGANISATION_OFFER, id).isPresent());
		float[] before = stored(VectorSubject.ORGANISATION_OFFER, id).orElseThrow().vector();

		String offer = "Cancer genomics: tumour exome sequencing.";
		jdbc.sql("update organisations set offers = ? where id = ?").params(offer, id).update();
		feed.catchUp();

		waitUntil("the new offer understood", () -> stored(VectorSubject.ORGANISATION_OFFER, id)
			.filter(vector -> vector.isOf(offer))
			.isPresent());
		assertThat(TextEmbedder.cosine(stored(VectorSubject.ORGANISATION_OFFER, id).orElseThrow().vector(), before))
			.isLessThan(0.99);
		waitUntil("the live index takes it", () -> understanding.registryProgress().complete());
	}

	@Test
	void aSavedProposalsTextIsEmbeddedAfterTheCommitAndAStaleOneIsNotUsed() {
		Call call = data.openCall();
		Proposal proposal = data.proposal(call, data.user(Role.APPLICANT), "MEAN" + madeUpWord().substring(2, 6).toUpperCase());
		String text = PartnerSuggestions.meaningText("Tumour sequencing", "Cancer genomics to choose targeted drugs.", "");
		assertThat(text).as("the text the assignment reads too, without the goals")
			.isEqualTo("Tumour sequencing. Cancer genomics to choose targeted drugs.");
		jdbc.sql("update proposals set title = 'Tumour sequencing', abstract = 'Cancer genomics to choose targeted drugs.', medical_need = '' where id = ?")
			.param(proposal.getId())
			.update();

		transactions.executeWithoutResult(status -> events.publishEvent(new ProposalTextSaved(proposal.getId())));

		waitUntil("the proposal's vector stored", () -> stored(VectorSubject.PROPOSAL, proposal.getId())
			.filter(vector -> vector.isOf(text))
			.isPresent());
		assertThat(understanding.proposalMeaning(proposal.getId(), text)).hasSize(TextEmbedder.DIMENSIONS);
		assertThat(understanding.proposalMeaning(proposal.getId(), text + " And more.")).as("a stale vector").isNull();
	}

	@Test
	void theVectorsOfADeletedProposalOrOrganisationGoInTheSameTransaction() {
		Call call = data.openCall();
		String tag = madeUpWord().substring(2, 6).toUpperCase();
		Proposal proposal = data.proposal(call, data.user(Role.APPLICANT), "GONE" + tag);
		Proposal kept = data.proposal(call, data.user(Role.APPLICANT), "KEPT" + tag);
		String word = madeUpWord();
		long organisation = registry.register(profile("Gone " + word + " NV", List.of("imaging"), "MRI reading.",
				"gone-" + word), "staff@example.org");
		float[] vector = embedder.embed("Tumour sequencing");
		vectors.save(List.of(
				new StoredVector(VectorSubject.PROPOSAL, proposal.getId(), StoredVector.hash("a"), TextEmbedder.MODEL_NAME, vector),
				new StoredVector(VectorSubject.PROPOSAL, kept.getId(), StoredVector.hash("b"), TextEmbedder.MODEL_NAME, vector),
				new StoredVector(VectorSubject.ORGANISATION_DESCRIPTION, organisation, StoredVector.hash("c"),
						TextEmbedder.MODEL_NAME, vector),
				new StoredVector(VectorSubject.ORGANISATION_OFFER, organisation, StoredVector.hash("d"),
						TextEmbedder.MODEL_NAME, vector)));

		transactions.executeWithoutResult(status -> {
			jdbc.sql("delete from proposals where id = ?").param(proposal.getId()).update();
			assertThat(stored(VectorSubject.PROPOSAL, proposal.getId())).as("gone within the deleting transaction").isEmpty();
			status.setRollbackOnly();
		});
		assertThat(stored(VectorSubject.PROPOSAL, proposal.getId())).as("back with the proposal when it rolls back")
			.isPresent();

		jdbc.sql("delete from proposals where id = ?").param(proposal.getId()).update();
		transactions.executeWithoutResult(status -> {
			jdbc.sql("delete from organisation_changes where organisation_id = ?").param(organisation).update();
			jdbc.sql("delete from organisations where id = ?").param(organisation).update();
		});

		assertThat(stored(VectorSubject.PROPOSAL, proposal.getId())).isEmpty();
		assertThat(stored(VectorSubject.ORGANISATION_DESCRIPTION, organisation)).isEmpty();
		assertThat(stored(VectorSubject.ORGANISATION_OFFER, organisation)).isEmpty();
		assertThat(stored(VectorSubject.PROPOSAL, kept.getId())).as("another proposal's").isPresent();

		vectors.save(List.of(new StoredVector(VectorSubject.PROPOSAL, proposal.getId(), StoredVector.hash("a"),
				TextEmbedder.MODEL_NAME, vector)));
		assertThat(stored(VectorSubject.PROPOSAL, proposal.getId())).as("the background's late vector of it").isEmpty();
	}

	/**
	 * The feed's question (StoredVectors#changedSince), asked twice a second by every instance, after a bulk load that
	 * no statistics know of yet: answered from one index, not from the primary key's entries of every profile.
	 */
	@Test
	void theFeedAsksForChangedVectorsThroughOneIndexWhateverTheStatistics() {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("""
					insert into text_vectors (subject, subject_id, text_hash, model, dimensions, vector)
					select case when g % 2 = 0 then 'ORGANISATION_DESCRIPTION' else 'ORGANISATION_OFFER' end, -g,
					    sha256(g::text::bytea), 'bulk', 1, '\\x00000000'::bytea
					from generate_series(1, 20000) g
					""").update();
			String plan = String.join("\n", jdbc.sql("""
					explain select subject, subject_id, text_hash, model, vector from text_vectors
					where subject in ('ORGANISATION_DESCRIPTION', 'ORGANISATION_OFFER')
					  and written_xid >= pg_snapshot_xmin(pg_current_snapshot())
					""").query(String.class).list());
			assertThat(plan).contains("ix_text_vectors_subject_written_xid").doesNotContain("pk_text_vectors");
			status.setRollbackOnly();
		});
	}

	@Test
	void staffSeeHowFarThePortalHasReadTheRegistrysMeaningWhileAnotherInstanceEmbeds() throws Exception {
		waitUntil("nothing left to read", () -> understanding.registryProgress().complete());
		ShedLocks.heldByAnotherInstance(jdbc, "understand-the-registry");
		RequestPostProcessor asStaff = user(userDetails.loadUserByUsername(data.user(Role.STAFF).getEmail()));
		try {
			String word = madeUpWord();
			registry.register(profile("Waiting " + word + " NV", List.of("imaging"), "MRI reading.", "waiting-" + word),
					"staff@example.org");
			feed.catchUp();
			TextUnderstanding.Progress progress = understanding.registryProgress();
			assertThat(progress.complete()).isFalse();

			mvc.perform(get("/staff/organisations").with(asStaff).locale(Locale.ENGLISH))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(String.format(Locale.ENGLISH,
					"Understanding the registry: %,d of %,d", progress.understood(), progress.total()))));
			mvc.perform(get("/staff/organisations").with(asStaff).locale(Locale.forLanguageTag("nl")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Het register wordt op betekenis gelezen")));
		}
		finally {
			ShedLocks.released(jdbc, "understand-the-registry");
		}
		waitUntil("the registry understood once the lock is free", () -> understanding.registryProgress().complete());
		mvc.perform(get("/staff/organisations").with(asStaff).locale(Locale.ENGLISH))
			.andExpect(content().string(not(containsString("Understanding the registry"))));
	}

	private Optional<StoredVector> stored(VectorSubject subject, long id) {
		return vectors.find(subject, id);
	}

	private static List<Long> ids(PartnerMatcher matcher, MatchRequest request) {
		return matcher.suggest(request, 10).stream().map(Suggestion::organisationId).toList();
	}

	private static void waitUntil(String what, Callable<Boolean> condition) {
		await(what).atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(100)).until(condition);
	}

	private static PartnerProfile profile(String name, List<String> expertise, String offers, String contact) {
		return new PartnerProfile(name, OrganisationType.RTO, null, null, null, null, null, "3000", "Leuven",
				"BE", null, expertise, "", List.of(), List.of(), Set.of(), offers, "", "Ann Peeters",
				contact + "@example.org", LocalDate.of(2026, 1, 5));
	}

	private static String madeUpWord() {
		StringBuilder word = new StringBuilder("zq");
		for (int i = 0; i < 8; i++) {
			word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return word.append("x").toString();
	}
}
