package health.flanders.portal.web.publications;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import health.flanders.portal.matching.embedding.TextEmbedder;

/**
 * Computes the vectors of the publications that have none, in the background, a few at a time, so that the assignment
 * reads them from PostgreSQL instead of embedding per request. It runs after each import is committed and once when
 * the portal is ready (a crash, a new instance or a deleted column loses nothing: the text is the source of truth).
 * One run at a time per instance; two instances that run together compute a row twice and store it once.
 */
@Component
public class PublicationVectors {

	private static final Logger log = LoggerFactory.getLogger(PublicationVectors.class);

	static final int BATCH = 16;

	private final JdbcClient jdbc;

	private final ObjectProvider<TextEmbedder> embedder;

	/**
	 * One thread of its own, so that a large import never takes more than one of the machine's cores from the
	 * requests, and Spring Boot's own task executor is left as it is.
	 */
	private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "publication-vectors");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicBoolean queued = new AtomicBoolean();

	PublicationVectors(JdbcClient jdbc, ObjectProvider<TextEmbedder> embedder) {
		this.jdbc = jdbc;
		this.embedder = embedder;
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}

	@EventListener(ApplicationReadyEvent.class)
	void rebuildAtStart() {
		start();
	}

	@TransactionalEventListener
	void imported(PublicationsImported event) {
		start();
	}

	/** Starts a background run unless one is waiting to start already. */
	public void start() {
		if (queued.compareAndSet(false, true)) {
			executor.execute(() -> {
				queued.set(false);
				try {
					buildMissing();
				}
				catch (DataAccessException ex) {
					log.warn("Publication vectors stopped; the next import or start goes on: {}", ex.getMessage());
				}
				catch (RuntimeException ex) {
					log.error("Publication vectors could not be computed", ex);
				}
			});
		}
	}

	/** Computes every missing vector, a batch at a time, in the calling thread; the number computed. */
	public int buildMissing() {
		int computed = 0;
		while (true) {
			List<Missing> batch = jdbc.sql("""
					select id, title, abstract from reviewer_publications where embedding is null order by id limit ?""")
				.param(BATCH)
				.query((rs, row) -> new Missing(rs.getLong(1), rs.getString(2), rs.getString(3)))
				.list();
			if (batch.isEmpty()) {
				return computed;
			}
			List<float[]> vectors = embedder.getObject().embedAll(batch.stream().map(Missing::text).toList());
			for (int i = 0; i < batch.size(); i++) {
				jdbc.sql("update reviewer_publications set embedding = ? where id = ? and embedding is null")
					.param(StoredVector.toSql(vectors.get(i)))
					.param(batch.get(i).id())
					.update();
			}
			computed += batch.size();
		}
	}

	private record Missing(long id, String title, String abstractText) {

		String text() {
			return abstractText == null || abstractText.isBlank() ? title : title + ". " + abstractText;
		}
	}
}
