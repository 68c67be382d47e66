package health.flanders.portal.web.connect;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import health.flanders.portal.matching.RegistryIndex;
import health.flanders.portal.matching.RegistryIndex.WaitingText;
import health.flanders.portal.matching.embedding.StoredVector;
import health.flanders.portal.matching.embedding.StoredVectors;
import health.flanders.portal.matching.embedding.TextEmbedder;
import health.flanders.portal.matching.embedding.VectorSubject;
import health.flanders.portal.web.proposals.ProposalTextSaved;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

/**
 * Reads the meaning of the registry's and the proposals' texts in the background, on a thread of its own, and stores
 * each vector in PostgreSQL (the source of truth every instance's index is rebuilt from):
 * <ul>
 * <li>the registry: every second, the profiles' texts that the index holds no vector of (new, edited, or stale after
 * a change of model), in batches, under a lock so that one instance embeds while the others read the vectors it
 * stores through their {@code RegistryFeed}; progress logged and shown to staff on the registry page;</li>
 * <li>a proposal: after its text is saved (after the commit), and at start-up every proposal whose stored vector is
 * missing or of another text, so that a suggestion request never waits for the model. The text is the one the reviewer
 * assignment reads too ({@code ProposalText#text()}: title, abstract and medical need); both read the proposal's one
 * vector in {@code text_vectors} and store it there when they find none of its current text.</li>
 * </ul>
 */
@Component
public class TextUnderstanding implements DisposableBean {

	/** How far the index has read the registry's meaning: profiles understood of all indexed. */
	public record Progress(int understood, int total) {

		public boolean complete() {
			return understood >= total;
		}
	}

	private static final Logger log = LoggerFactory.getLogger(TextUnderstanding.class);

	private static final int BATCH = 32;

	private static final Duration LOG_EVERY = Duration.ofSeconds(10);

	private static final String PROPOSAL_TEXTS = """
			select p.id, p.title, p.abstract, p.medical_need
			from proposals p
			""";

	private final RegistryIndex index;

	private final StoredVectors vectors;

	private final TextEmbedder embedder;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final LockProvider locks;

	private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(task -> {
		Thread thread = new Thread(task, "understanding");
		thread.setDaemon(true);
		thread.setPriority(Thread.MIN_PRIORITY);
		return thread;
	});

	/** Proposals queued for embedding, so that one asked for again meanwhile is queued once. */
	private final Set<Long> queuedProposals = ConcurrentHashMap.newKeySet();

	private Instant lastLogged = Instant.EPOCH;

	TextUnderstanding(RegistryIndex index, StoredVectors vectors, TextEmbedder embedder, JdbcClient jdbc,
			TransactionTemplate transactions, LockProvider locks) {
		this.index = index;
		this.vectors = vectors;
		this.embedder = embedder;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.locks = locks;
	}

	public Progress registryProgress() {
		RegistryIndex.Understanding understanding = index.understanding();
		return new Progress(understanding.understood(), understanding.total());
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		worker.execute(this::understandProposals);
		worker.scheduleWithFixedDelay(this::understandRegistry, 1, 1, TimeUnit.SECONDS);
	}

	/**
	 * The stored vector of the proposal's current text, or {@code null} when there is none yet (it is then computed
	 * in the background).
	 */
	public float[] proposalMeaning(long proposalId, String text) {
		Optional<StoredVector> stored = vectors.find(VectorSubject.PROPOSAL, proposalId);
		if (stored.isPresent() && stored.get().isOf(text)) {
			return stored.get().vector();
		}
		queueProposal(proposalId);
		return null;
	}

	@TransactionalEventListener
	void proposalTextSaved(ProposalTextSaved saved) {
		queueProposal(saved.proposalId());
	}

	private void queueProposal(long proposalId) {
		if (queuedProposals.add(proposalId)) {
			worker.execute(() -> {
				queuedProposals.remove(proposalId);
				guarded(() -> jdbc.sql(PROPOSAL_TEXTS + " where p.id = :id")
					.param("id", proposalId)
					.query(TextUnderstanding::proposalText)
					.optional()
					.ifPresent(text -> embedProposals(List.of(text))));
			});
		}
	}

	/** Embeds the registry's texts the index lacks, batch after batch, while this instance holds the lock. */
	void understandRegistry() {
		guarded(() -> {
			if (index.notUnderstood(1).isEmpty()) {
				return;
			}
			Optional<SimpleLock> lock = locks.lock(new LockConfiguration(Instant.now(), "understand-the-registry",
					Duration.ofMinutes(5), Duration.ZERO));
			if (lock.isEmpty()) {
				return;
			}
			try {
				List<WaitingText> waiting = index.notUnderstood(BATCH);
				while (!waiting.isEmpty()) {
					List<float[]> embedded = embedder.embedAll(waiting.stream().map(WaitingText::text).toList());
					List<StoredVector> batch = new ArrayList<>();
					for (int i = 0; i < waiting.size(); i++) {
						WaitingText text = waiting.get(i);
						batch.add(new StoredVector(text.part().subject(), text.organisationId(),
								StoredVector.hash(text.text()), TextEmbedder.MODEL_NAME, embedded.get(i)));
					}
					transactions.executeWithoutResult(status -> vectors.save(batch));
					index.understand(batch);
					logProgress(false);
					waiting = index.notUnderstood(BATCH);
				}
				logProgress(true);
			}
			finally {
				lock.get().unlock();
			}
		});
	}

	/** At start-up: every proposal whose stored vector is missing, of another text or of another model. */
	void understandProposals() {
		guarded(() -> {
			Optional<SimpleLock> lock = locks.lock(new LockConfiguration(Instant.now(), "understand-the-proposals",
					Duration.ofHours(1), Duration.ZERO));
			if (lock.isEmpty()) {
				return;
			}
			try {
				Map<Long, StoredVector> stored = vectors.fingerprints(VectorSubject.PROPOSAL);
				List<ProposalText> stale = jdbc.sql(PROPOSAL_TEXTS)
					.query(TextUnderstanding::proposalText)
					.list()
					.stream()
					.filter(text -> !stored.containsKey(text.id())
							|| !stored.get(text.id()).isOfHash(StoredVector.hash(text.text())))
					.toList();
				if (stale.isEmpty()) {
					return;
				}
				log.info("Understanding the proposals: {} to read", stale.size());
				for (int from = 0; from < stale.size(); from += BATCH) {
					embedProposals(stale.subList(from, Math.min(stale.size(), from + BATCH)));
				}
				log.info("Understanding the proposals: {} read", stale.size());
			}
			finally {
				lock.get().unlock();
			}
		});
	}

	private void embedProposals(List<ProposalText> texts) {
		List<float[]> embedded = embedder.embedAll(texts.stream().map(ProposalText::text).toList());
		List<StoredVector> batch = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			batch.add(new StoredVector(VectorSubject.PROPOSAL, texts.get(i).id(), StoredVector.hash(texts.get(i).text()),
					TextEmbedder.MODEL_NAME, embedded.get(i)));
		}
		transactions.executeWithoutResult(status -> vectors.save(batch));
	}

	private void logProgress(boolean done) {
		Instant now = Instant.now();
		if (done || Duration.between(lastLogged, now).compareTo(LOG_EVERY) >= 0) {
			Progress progress = registryProgress();
			log.info("Understanding the registry: {} of {}", String.format("%,d", progress.understood()),
					String.format("%,d", progress.total()));
			lastLogged = now;
		}
	}

	/** While the database is away the work waits for the next pass; nothing else stops the worker. */
	private static void guarded(Runnable work) {
		try {
			work.run();
		}
		catch (DataAccessException ex) {
			log.debug("Understanding texts must wait for the database: {}", ex.getMessage());
		}
		catch (RuntimeException ex) {
			log.warn("Understanding texts failed", ex);
		}
	}

	private static ProposalText proposalText(java.sql.ResultSet rs, int number) throws java.sql.SQLException {
		return new ProposalText(rs.getLong("id"), PartnerSuggestions.meaningText(rs.getString("title"),
				rs.getString("abstract"), rs.getString("medical_need")));
	}

	@Override
	public void destroy() {
		worker.shutdownNow();
	}

	private record ProposalText(long id, String text) {
	}
}
