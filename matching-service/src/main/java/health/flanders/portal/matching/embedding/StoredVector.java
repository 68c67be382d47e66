package health.flanders.portal.matching.embedding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * A text's vector as PostgreSQL keeps it: whose text it is, the SHA-256 of the text it was computed from and the model
 * that computed it, so that a vector of an older text or another model is known to be stale.
 */
public record StoredVector(VectorSubject subject, long subjectId, byte[] textHash, String model, float[] vector) {

	/** Whether this vector was computed from exactly this text by the model in use. */
	public boolean isOf(String text) {
		return TextEmbedder.MODEL_NAME.equals(model) && Arrays.equals(textHash, hash(text));
	}

	/** Whether this vector was computed from a text of this hash by the model in use. */
	public boolean isOfHash(byte[] hash) {
		return TextEmbedder.MODEL_NAME.equals(model) && Arrays.equals(textHash, hash);
	}

	/** The SHA-256 of a text, as stored beside its vector. */
	public static byte[] hash(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java platform", ex);
		}
	}
}
