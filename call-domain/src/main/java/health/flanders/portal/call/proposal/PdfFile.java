package health.flanders.portal.call.proposal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * An uploaded file that is a PDF by its content, whatever its name says, read once by {@link #read}: it starts with
 * the {@code %PDF-} header, ends with an end-of-file marker, parses, has at least one page, is not encrypted and
 * carries no JavaScript and no launch action anywhere (document, page, annotation, form field or names tree), and it
 * is at most {@link #MAX_BYTES} long. Its pages are counted while it is read.
 */
public record PdfFile(String fileName, byte[] content, int pageCount) {

	public static final long MAX_BYTES = 20L * 1024 * 1024;

	private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] END = "%%EOF".getBytes(StandardCharsets.US_ASCII);

	private static final COSName LAUNCH = COSName.getPDFName("Launch");

	/** Why a file is refused, each a message code of its own. */
	public enum Problem {
		EMPTY, TOO_LARGE, NOT_PDF, DAMAGED, ENCRYPTED, JAVASCRIPT, LAUNCH_ACTION
	}

	/** A file refused for one {@link Problem}; the first found, in the order of the enum. */
	public static class RefusedException extends RuntimeException {

		private final Problem problem;

		public RefusedException(Problem problem) {
			super("PDF refused: " + problem);
			this.problem = problem;
		}

		public Problem problem() {
			return problem;
		}
	}

	public PdfFile {
		if (content.length == 0 || content.length > MAX_BYTES || pageCount < 1) {
			throw new IllegalArgumentException("Only a PDF of at most 20 MB with at least one page can be kept");
		}
	}

	/**
	 * Reads the content as a PDF.
	 *
	 * @throws RefusedException saying why it cannot be accepted
	 */
	public static PdfFile read(String fileName, byte[] content) {
		if (content.length == 0) {
			throw new RefusedException(Problem.EMPTY);
		}
		if (content.length > MAX_BYTES) {
			throw new RefusedException(Problem.TOO_LARGE);
		}
		if (content.length < HEADER.length || !Arrays.equals(content, 0, HEADER.length, HEADER, 0, HEADER.length)) {
			throw new RefusedException(Problem.NOT_PDF);
		}
		if (!endsWithMarker(content)) {
			// PDFBox would repair a cut-off file by scanning it; a file that lost its end is refused as damaged.
			throw new RefusedException(Problem.DAMAGED);
		}
		try (PDDocument document = Loader.loadPDF(content)) {
			if (document.isEncrypted()) {
				throw new RefusedException(Problem.ENCRYPTED);
			}
			int pages = 0;
			for (PDPage page : document.getPages()) {
				page.getCOSObject();
				pages++;
			}
			if (pages == 0 || pages != document.getNumberOfPages()) {
				throw new RefusedException(Problem.DAMAGED);
			}
			Problem active = activeContent(document.getDocument().getTrailer());
			if (active != null) {
				throw new RefusedException(active);
			}
			return new PdfFile(fileName, content, pages);
		}
		catch (InvalidPasswordException ex) {
			throw new RefusedException(Problem.ENCRYPTED);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof RefusedException refused) {
				throw refused;
			}
			// PDFBox throws runtime exceptions as well as IOExceptions on some malformed structures.
			throw new RefusedException(Problem.DAMAGED);
		}
	}

	/** The marker sits in the last kilobyte (incremental saves may add a few bytes after it). */
	private static boolean endsWithMarker(byte[] content) {
		int from = Math.max(0, content.length - 1024);
		for (int i = content.length - END.length; i >= from; i--) {
			if (Arrays.equals(content, i, i + END.length, END, 0, END.length)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Walks every object reachable from the trailer, so that no place an action can hide in is missed (open action,
	 * the document's and pages' additional actions, annotations, form fields, outlines, the names tree): JavaScript is
	 * an action of type JavaScript, a {@code /JS} entry (rendition actions) or the names tree's JavaScript entry.
	 */
	private static Problem activeContent(COSDictionary trailer) {
		boolean javaScript = false;
		Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		Deque<COSBase> pending = new ArrayDeque<>();
		pending.push(trailer);
		while (!pending.isEmpty()) {
			COSBase next = pending.pop();
			if (next instanceof COSObject reference) {
				next = reference.getObject();
			}
			if (next == null || !seen.add(next)) {
				continue;
			}
			if (next instanceof COSDictionary dictionary) {
				COSName subtype = dictionary.getCOSName(COSName.S);
				if (LAUNCH.equals(subtype)) {
					return Problem.LAUNCH_ACTION;
				}
				if (COSName.JAVA_SCRIPT.equals(subtype) || dictionary.containsKey(COSName.JS)
						|| dictionary.containsKey(COSName.JAVA_SCRIPT)) {
					javaScript = true;
				}
				for (COSBase value : dictionary.getValues()) {
					pending.push(value);
				}
			}
			else if (next instanceof COSArray array) {
				for (int i = 0; i < array.size(); i++) {
					pending.push(array.get(i));
				}
			}
		}
		return javaScript ? Problem.JAVASCRIPT : null;
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
