package health.flanders.portal.call.audit;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret that seals the audit trail (HMAC-SHA256), held outside the database: whoever can write to the database
 * but lacks this key cannot compute a chain that verifies. Its {@link #id()} names it on each entry it sealed without
 * telling anything of it.
 */
public final class AuditKey {

	/** At least 256 bits, the size of the HMAC's hash. */
	public static final int MIN_BYTES = 32;

	private final byte[] secret;

	private final String id;

	private AuditKey(byte[] secret) {
		if (secret.length < MIN_BYTES) {
			throw new IllegalArgumentException(
					"The audit key must be at least " + MIN_BYTES + " random bytes, not " + secret.length);
		}
		this.secret = secret.clone();
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret);
			this.id = HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The key from its base64 text (as {@code openssl rand -base64 32} writes it). */
	public static AuditKey fromBase64(String base64) {
		if (base64 == null || base64.isBlank()) {
			throw new IllegalArgumentException("The audit key is not set");
		}
		try {
			return new AuditKey(Base64.getDecoder().decode(base64.strip()));
		}
		catch (IllegalArgumentException ex) {
			if (ex.getMessage() != null && ex.getMessage().startsWith("The audit key")) {
				throw ex;
			}
			throw new IllegalArgumentException("The audit key is not valid base64", ex);
		}
	}

	/** 16 hex digits of the key's SHA-256. */
	public String id() {
		return id;
	}

	/** The HMAC-SHA256 of the text under this key, in hex. */
	String seal(String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public String toString() {
		return "AuditKey[" + id + "]";
	}
}
