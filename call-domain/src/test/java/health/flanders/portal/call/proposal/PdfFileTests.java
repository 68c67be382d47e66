package health.flanders.portal.call.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import health.flanders.portal.call.proposal.PdfFile.Problem;
import health.flanders.portal.call.testing.TestPdfs;

class PdfFileTests {

	@Test
	void aGoodPdfIsReadWithItsPageCount() {
		byte[] content = TestPdfs.pages(3);

		PdfFile file = PdfFile.read("text.pdf", content);

		assertThat(file.pageCount()).isEqualTo(3);
		assertThat(file.fileName()).isEqualTo("text.pdf");
		assertThat(file.content()).isSameAs(content);
	}

	@Test
	void anEncryptedPdfIsRefusedWithOrWithoutAPassword() {
		assertRefused(TestPdfs.encryptedWithPassword(), Problem.ENCRYPTED);
		assertRefused(TestPdfs.encryptedWithoutPassword(), Problem.ENCRYPTED);
	}

	@Test
	void javaScriptIsRefusedWhereverItSits() {
		assertRefused(TestPdfs.withOpenActionJavaScript(), Problem.JAVASCRIPT);
		assertRefused(TestPdfs.withNamesTreeJavaScript(), Problem.JAVASCRIPT);
		assertRefused(TestPdfs.withPageJavaScript(), Problem.JAVASCRIPT);
		assertRefused(TestPdfs.withLinkJavaScript(), Problem.JAVASCRIPT);
	}

	@Test
	void aLaunchActionIsRefused() {
		assertRefused(TestPdfs.withLaunchAction(), Problem.LAUNCH_ACTION);
	}

	@Test
	void aCutOffOrDamagedPdfIsRefusedAsDamaged() {
		assertRefused(TestPdfs.truncated(), Problem.DAMAGED);
		assertRefused(TestPdfs.damaged(), Problem.DAMAGED);
		assertRefused("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), Problem.DAMAGED);
	}

	@Test
	void whatIsNoPdfEmptyOrTooLargeIsRefusedAsSuch() {
		assertRefused(new byte[0], Problem.EMPTY);
		assertRefused("just text".getBytes(StandardCharsets.US_ASCII), Problem.NOT_PDF);
		assertRefused(new byte[(int) PdfFile.MAX_BYTES + 1], Problem.TOO_LARGE);
	}

	private static void assertRefused(byte[] content, Problem problem) {
		assertThatThrownBy(() -> PdfFile.read("file.pdf", content)).isInstanceOfSatisfying(PdfFile.RefusedException.class,
				ex -> assertThat(ex.problem()).isEqualTo(problem));
	}
}
