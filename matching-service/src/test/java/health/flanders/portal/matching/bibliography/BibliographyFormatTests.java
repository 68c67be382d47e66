package health.flanders.portal.matching.bibliography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class BibliographyFormatTests {

	@Test
	void readsAPubMedNbibExportWithContinuedLinesDoiAndYear() {
		String nbib = """
				PMID- 31234567
				OWN - NLM
				DP  - 2021 Mar 4
				TI  - Circulating tumour DNA for the follow-up of resected
				      colorectal cancer.
				AB  - We followed 120 patients after surgery and sequenced
				      plasma DNA every three months.
				LID - 10.1000/CRC.2021.1 [doi]
				AU  - Peeters A

				PMID- 29876543
				DP  - 2018
				TI  - Organoids of the gut.
				AID - S0000-0000(18)00001-1 [pii]
				AID - 10.1000/gut.18 [doi]
				""";
		List<ImportedPublication> read = BibliographyFormat.readFile(nbib);
		assertThat(BibliographyFormat.of(nbib)).isEqualTo(BibliographyFormat.MEDLINE);
		assertThat(read).containsExactly(
				new ImportedPublication("Circulating tumour DNA for the follow-up of resected colorectal cancer.",
						"We followed 120 patients after surgery and sequenced plasma DNA every three months.", 2021,
						"10.1000/crc.2021.1", "31234567"),
				new ImportedPublication("Organoids of the gut.", null, 2018, "10.1000/gut.18", "29876543"));
	}

	@Test
	void refusesAnNbibWithALineThatIsNeitherTaggedNorContinued() {
		String nbib = "PMID- 31234567\nTI  - A title\nthis line belongs to nothing\n";
		assertThatThrownBy(() -> BibliographyFormat.readFile(nbib)).isInstanceOf(UnreadableBibliographyException.class)
			.extracting("reason", "detail").containsExactly("publications.import.malformed", "line 3");
	}

	@Test
	void refusesAnNbibRecordWithoutATitle() {
		assertThatThrownBy(() -> BibliographyFormat.readFile("PMID- 1\nDP  - 2020\n"))
			.isInstanceOf(UnreadableBibliographyException.class)
			.extracting("reason").isEqualTo("publications.import.noTitle");
	}

	@Test
	void readsRisWithItsAlternativeTags() {
		String ris = """
				TY  - JOUR
				T1  - Wearable sensors in heart failure
				N2  - A trial of patches at home.
				Y1  - 2019///
				DO  - https://doi.org/10.1000/HF.19
				AN  - PMID: 30111222
				ER  -\s
				TY  - CHAP
				TI  - Rare disease registries
				PY  - 2015
				ER  -\s
				""";
		assertThat(BibliographyFormat.of(ris)).isEqualTo(BibliographyFormat.RIS);
		assertThat(BibliographyFormat.readFile(ris)).containsExactly(
				new ImportedPublication("Wearable sensors in heart failure", "A trial of patches at home.", 2019,
						"10.1000/hf.19", "30111222"),
				new ImportedPublication("Rare disease registries", null, 2015, null, null));
	}

	@Test
	void refusesRisWithTextOutsideARecord() {
		String ris = "TY  - JOUR\nTI  - One\nER  - \nstray words\n";
		assertThatThrownBy(() -> BibliographyFormat.readFile(ris)).isInstanceOf(UnreadableBibliographyException.class)
			.extracting("reason").isEqualTo("publications.import.malformed");
	}

	@Test
	void readsBibtexAsOrcidAndReferenceManagersExportIt() {
		String bibtex = """
				@comment{exported from ORCID}
				@article{peeters2020,
				  title = {{Somatic} variants in {\\'e}l{\\`e}ve cohorts \\& lung cancer},
				  abstract = "Panels for {lung} cancer.",
				  year = 2020,
				  doi = {10.1000/LUNG.20},
				  pmid = {32000111}
				}
				@inproceedings{maes2017, title={Deep learning for ECGs}, year={2017}}
				""";
		assertThat(BibliographyFormat.of(bibtex)).isEqualTo(BibliographyFormat.BIBTEX);
		assertThat(BibliographyFormat.readFile(bibtex)).containsExactly(
				new ImportedPublication("Somatic variants in élève cohorts & lung cancer", "Panels for lung cancer.",
						2020, "10.1000/lung.20", "32000111"),
				new ImportedPublication("Deep learning for ECGs", null, 2017, null, null));
	}

	@Test
	void refusesBibtexWithAnUnclosedEntry() {
		String bibtex = "@article{peeters2020,\n  title = {Somatic variants,\n  year = 2020\n";
		assertThatThrownBy(() -> BibliographyFormat.readFile(bibtex)).isInstanceOf(UnreadableBibliographyException.class)
			.extracting("reason", "detail").containsExactly("publications.import.malformed", "entry 1");
	}

	@Test
	void readsOrcidWorksJsonTakingThePreferredSummaryOfEachGroup() {
		String json = """
				{"last-modified-date": null, "group": [
				  {"work-summary": [
				    {"title": {"title": {"value": "Cancer genomics in Flanders"}},
				     "publication-date": {"year": {"value": "2022"}},
				     "external-ids": {"external-id": [
				       {"external-id-type": "doi", "external-id-value": "10.1000/CG.22"},
				       {"external-id-type": "pmid", "external-id-value": "35000001"}]}},
				    {"title": {"title": {"value": "Cancer genomics in Flanders (duplicate source)"}}}]},
				  {"work-summary": [{"title": {"title": {"value": "Sepsis scores"}}, "publication-date": null}]}]}
				""";
		assertThat(BibliographyFormat.of(json)).isEqualTo(BibliographyFormat.ORCID_JSON);
		assertThat(BibliographyFormat.readFile(json)).containsExactly(
				new ImportedPublication("Cancer genomics in Flanders", null, 2022, "10.1000/cg.22", "35000001"),
				new ImportedPublication("Sepsis scores", null, null, null, null));
	}

	@Test
	void readsOrcidBulkWorksWithTheirShortDescription() {
		String json = """
				{"bulk": [{"work": {"title": {"title": {"value": "Gut organoids"}},
				  "short-description": "Organoids from biopsies.",
				  "publication-date": {"year": {"value": "2016"}}}}]}
				""";
		assertThat(BibliographyFormat.readFile(json))
			.containsExactly(new ImportedPublication("Gut organoids", "Organoids from biopsies.", 2016, null, null));
	}

	@Test
	void refusesJsonThatIsBrokenOrNotAnOrcidWorksExport() {
		assertThatThrownBy(() -> BibliographyFormat.readFile("{\"group\": [")).isInstanceOf(UnreadableBibliographyException.class)
			.extracting("reason").isEqualTo("publications.import.malformed");
		assertThatThrownBy(() -> BibliographyFormat.readFile("{\"name\": \"x\"}"))
			.isInstanceOf(UnreadableBibliographyException.class)
			.extracting("reason").isEqualTo("publications.import.unknownFormat");
	}

	@Test
	void readsPastedTitlesWithAnOptionalYearAbstractAndDoi() {
		String pasted = """
				Cancer genomics in practice (2021)
				Sequencing panels in 12 hospitals.
				doi 10.1000/CGP.21.

				Sepsis in the emergency department
				""";
		assertThat(BibliographyFormat.PASTED.read(pasted)).containsExactly(
				new ImportedPublication("Cancer genomics in practice",
						"Sequencing panels in 12 hospitals. doi 10.1000/CGP.21.", 2021, "10.1000/cgp.21", null),
				new ImportedPublication("Sepsis in the emergency department", null, null, null, null));
	}

	@Test
	void refusesPastedTextWithoutATitleOrEmpty() {
		assertThatThrownBy(() -> BibliographyFormat.PASTED.read("(2021)\nAn abstract only."))
			.isInstanceOf(UnreadableBibliographyException.class)
			.extracting("reason").isEqualTo("publications.import.noTitle");
		assertThatThrownBy(() -> BibliographyFormat.PASTED.read("  \n\n "))
			.isInstanceOf(UnreadableBibliographyException.class)
			.extracting("reason").isEqualTo("publications.import.empty");
	}

	@Test
	void refusesAFileOfNoneOfTheFormats() {
		assertThatThrownBy(() -> BibliographyFormat.readFile("%PDF-1.7 binary stuff\nnothing here"))
			.isInstanceOf(UnreadableBibliographyException.class)
			.extracting("reason").isEqualTo("publications.import.unknownFormat");
	}

	@Test
	void comparesTitlesWithoutCasePunctuationOrSpacing() {
		assertThat(new ImportedPublication("Cancer  Genomics: a Review.", null, null, null, null).titleKey())
			.isEqualTo(ImportedPublication.normalisedTitle("cancer genomics — a review"));
	}
}
