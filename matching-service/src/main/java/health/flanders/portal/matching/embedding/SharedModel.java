package health.flanders.portal.matching.embedding;

import java.util.function.Supplier;

import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;

/**
 * The embedding model one process shares, read when the first text is embedded rather than when an embedder is made,
 * so that a process (or a test's Spring context) that never embeds never reads the model, an ONNX Runtime session
 * (0.25 to 1 s of CPU on this project's machine, and the model's memory).
 *
 * <p>Thread-safe: however many threads ask at once, the model is read once; a reading that fails is not remembered,
 * so the next text tries again.
 */
final class SharedModel implements Supplier<OnnxBertBiEncoder> {

	private final Supplier<OnnxBertBiEncoder> reader;

	private volatile OnnxBertBiEncoder model;

	SharedModel(Supplier<OnnxBertBiEncoder> reader) {
		this.reader = reader;
	}

	/** The model, read now if this is the first use. */
	@Override
	public OnnxBertBiEncoder get() {
		OnnxBertBiEncoder read = model;
		if (read == null) {
			synchronized (this) {
				read = model;
				if (read == null) {
					read = reader.get();
					model = read;
				}
			}
		}
		return read;
	}

	/** Whether the model has been read. */
	boolean isRead() {
		return model != null;
	}
}
