package health.flanders.portal.call.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * Real PDFs for tests, written with PDFBox: good ones with a given number of pages, and the kinds the portal refuses
 * (encrypted, with JavaScript in each place it can hide, with a launch action, cut off, damaged).
 */
public final class TestPdfs {

	private TestPdfs() {
	}

	/** A good PDF of one page. */
	public static byte[] onePage() {
		return pages(1);
	}

	/** A good PDF with this many pages, each saying its number and the text given. */
	public static byte[] pages(int count, String text) {
		return write(count, text, document -> {
		});
	}

	public static byte[] pages(int count) {
		return pages(count, "ICON Portal test document");
	}

	/** Opened only with the password "secret". */
	public static byte[] encryptedWithPassword() {
		return write(1, "encrypted", document -> protect(document, "secret"));
	}

	/** Encrypted with an empty user password: opens without one, but is still encrypted. */
	public static byte[] encryptedWithoutPassword() {
		return write(1, "encrypted", document -> protect(document, ""));
	}

	/** JavaScript run when the document opens. */
	public static byte[] withOpenActionJavaScript() {
		return write(1, "open action", document -> document.getDocumentCatalog()
			.setOpenAction(new PDActionJavaScript("app.alert('opened');")));
	}

	/** JavaScript in the names tree of the document. */
	public static byte[] withNamesTreeJavaScript() {
		return write(1, "names tree", document -> {
			PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
			scripts.setNames(Map.of("startup", new PDActionJavaScript("app.alert('named');")));
			PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
			names.setJavascript(scripts);
			document.getDocumentCatalog().setNames(names);
		});
	}

	/** JavaScript run when the last page is opened. */
	public static byte[] withPageJavaScript() {
		return write(2, "page action", document -> {
			PDPageAdditionalActions actions = new PDPageAdditionalActions();
			actions.setO(new PDActionJavaScript("app.alert('page');"));
			document.getPage(1).setActions(actions);
		});
	}

	/** JavaScript behind a link on the page. */
	public static byte[] withLinkJavaScript() {
		return write(1, "link", document -> link(document, new PDActionJavaScript("app.alert('clicked');")));
	}

	/** A link that starts another program. */
	public static byte[] withLaunchAction() {
		return write(1, "launch", document -> {
			PDActionLaunch launch = new PDActionLaunch();
			launch.getCOSObject().setString("F", "calc.exe");
			link(document, launch);
		});
	}

	/** The first half of a good PDF, as a broken upload leaves it. */
	public static byte[] truncated() {
		byte[] good = pages(3);
		return Arrays.copyOf(good, good.length / 2);
	}

	/** The header and end-of-file marker of a PDF with nothing that parses in between. */
	public static byte[] damaged() {
		return "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\ngarbage\n%%EOF\n"
			.getBytes(StandardCharsets.US_ASCII);
	}

	private static void link(PDDocument document, PDAction action) {
		PDAnnotationLink link = new PDAnnotationLink();
		link.setRectangle(new PDRectangle(72, 700, 200, 20));
		link.setAction(action);
		document.getPage(0).setAnnotations(List.of(link));
	}

	private static void protect(PDDocument document, String userPassword) {
		StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword,
				new AccessPermission());
		policy.setEncryptionKeyLength(128);
		try {
			document.protect(policy);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] write(int pages, String text, Consumer<PDDocument> change) {
		try (PDDocument document = new PDDocument()) {
			PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			for (int i = 1; i <= pages; i++) {
				PDPage page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.beginText();
					content.setFont(font, 12);
					content.newLineAtOffset(72, 760);
					content.showText(text + ", page " + i);
					content.endText();
				}
			}
			change.accept(document);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
