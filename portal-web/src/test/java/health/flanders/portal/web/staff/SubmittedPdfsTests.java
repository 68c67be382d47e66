package health.flanders.portal.web.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The names of the files in the zip of a call's PDFs: each inside its folder, readable anywhere, none twice. */
class SubmittedPdfsTests {

	@Test
	void aNameCannotClimbOutOfItsFolderOrHide() {
		assertThat(SubmittedPdfs.pdfName("../../etc/passwd")).isEqualTo("_.._etc_passwd.pdf");
		assertThat(SubmittedPdfs.pdfName("..\\..\\boot.ini.PDF")).isEqualTo("_.._boot.ini.pdf");
		assertThat(SubmittedPdfs.pdfName(".hidden.pdf")).isEqualTo("hidden.pdf");
		assertThat(SubmittedPdfs.pdfName("C:Plan: fase 1?.pdf")).isEqualTo("C_Plan_ fase 1_.pdf");
	}

	@Test
	void accentsAreKeptAsTheirLettersAndAnEmptyNameGetsOne() {
		assertThat(SubmittedPdfs.pdfName("Begroting café Zoë.pdf")).isEqualTo("Begroting cafe Zoe.pdf");
		assertThat(SubmittedPdfs.pdfName(".pdf")).isEqualTo("attachment.pdf");
		assertThat(SubmittedPdfs.pdfName(null)).isEqualTo("attachment.pdf");
		assertThat(SubmittedPdfs.pdfName("x".repeat(500))).hasSize(124);
	}

	@Test
	void aNameTakenInTheFolderIsNumberedWhateverItsCapitals() {
		Set<String> written = new HashSet<>();
		assertThat(SubmittedPdfs.unique(written, "REF-1/", "Proposal.pdf")).isEqualTo("REF-1/Proposal.pdf");
		assertThat(SubmittedPdfs.unique(written, "REF-1/", "proposal.pdf")).isEqualTo("REF-1/proposal (2).pdf");
		assertThat(SubmittedPdfs.unique(written, "REF-1/", "Proposal.pdf")).isEqualTo("REF-1/Proposal (3).pdf");
		assertThat(SubmittedPdfs.unique(written, "REF-2/", "Proposal.pdf")).isEqualTo("REF-2/Proposal.pdf");
	}
}
