package health.flanders.portal.call.proposal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * An uploaded file that is a PDF by its content, whatever its name says: it starts with the {@code %PDF-} header and
 * holds an end-of-file marker, and it is at most {@link #MAX_BYTES} long.
 */
public record PdfFile(String fileName, byte[] content) {

	public static final long MAX_BYTES = 20L * 1024 * 1024;

	private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] END = "%%EOF".getBytes(StandardCharsets.US_ASCII);

	/** Why a file is refused, each a message code of its own. */
	public enum Problem {
		EMPTY, TOO_LARGE, NOT_PDF
	}

	/** The problem with this content, or {@code null} when it is a PDF of an allowed size. */
	public static Problem check(byte[] content) {
		if (content.length == 0) {
			return Problem.EMPTY;
		}
		if (content.length > MAX_BYTES) {
			return Problem.TOO_LARGE;
		}
		if (content.length < HEADER.length + END.length
				|| !Arrays.equals(content, 0, HEADER.length, HEADER, 0, HEADER.length)) {
			return Problem.NOT_PDF;
		}
		// The marker sits in the last kilobyte (incremental saves may add a few bytes after it).
		int from = Math.max(0, content.length - 1024);
		for (int i = content.length - END.length; i >= from; i--) {
			if (Arrays.equals(content, i, i + END.length, END, 0, END.length)) {
				return null;
			}
		}
		return Problem.NOT_PDF;
	}

	public static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}
}
