package health.flanders.portal.matching.expertise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExpertiseDatasetTests {

	@TempDir
	Path directory;

	@Test
	void readsSubmissionsAndArchivesInTheOpenReviewFormatWithMissingAbstractsAndYears() throws IOException {
		Files.writeString(directory.resolve("submissions.json"), """
				{"S1": {"id": "S1", "content": {"title": "Tumour sequencing", "abstract": "Panels for lung cancer."}},
				 "S2": {"id": "S2", "content": {"title": "Heart failure sensors", "abstract": null}}}
				""");
		Files.createDirectories(directory.resolve("archives"));
		Files.writeString(directory.resolve("archives/~Ann_Peeters1.jsonl"), """
				{"id": "p1", "content": {"title": "Cancer genomics", "abstract": "Somatic variants.", "year": 2021}}
				{"id": "p2", "content": {"title": "Plasma DNA"}}
				""");
		Files.writeString(directory.resolve("archives/~Bob_Maes1.jsonl"), "");
		Files.writeString(directory.resolve("keywords.json"), "{\"Bob_Maes1\": [\"cardiology\", \"heart failure\"]}");
		Files.writeString(directory.resolve("grades.json"), "{\"Ann_Peeters1\": {\"S1\": 5, \"S2\": 1}}");

		ExpertiseDataset set = ExpertiseDataset.read(directory);

		assertThat(set.submissions()).containsExactly(
				Map.entry("S1", ProposalText.of("Tumour sequencing", "Panels for lung cancer.")),
				Map.entry("S2", ProposalText.of("Heart failure sensors", null)));
		assertThat(set.reviewers()).containsExactly(
				new ReviewerProfile("Ann_Peeters1", List.of(new Publication("p1", "Cancer genomics", "Somatic variants.", 2021),
						new Publication("p2", "Plasma DNA", null, null)), List.of()),
				new ReviewerProfile("Bob_Maes1", List.of(), List.of("cardiology", "heart failure")));
		assertThat(set.grades()).isEqualTo(Map.of("Ann_Peeters1", Map.of("S1", 5, "S2", 1)));
		assertThat(set.submissions().get("S2").text()).isEqualTo("Heart failure sensors");
	}

	@Test
	void writesEveryReviewersScoreForEverySubmission() throws IOException {
		Path out = directory.resolve("out.json");

		ExpertiseDataset.write(Map.of("Ann_Peeters1", Map.of("S1", 0.75)), out);

		assertThat(Files.readString(out)).isEqualTo("{\"Ann_Peeters1\":{\"S1\":0.75}}");
	}
}
