package health.flanders.portal.matching.expertise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A reviewer expertise dataset in the OpenReview expertise format: {@code submissions.json} (an object from a
 * submission id to {@code {"id", "content": {"title", "abstract"}}}), and {@code archives/~<reviewerId>.jsonl} (one
 * publication a line, {@code {"id", "content": {"title", "abstract", "year"?}}}; a missing abstract is null or absent).
 * Two files of this project may sit beside them: {@code keywords.json} (reviewer id to the keywords they typed) and
 * {@code grades.json} (reviewer id to submission id to a grade from 1 to 5).
 */
public record ExpertiseDataset(Map<String, ProposalText> submissions, List<ReviewerProfile> reviewers,
		Map<String, Map<String, Integer>> grades) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public static ExpertiseDataset read(Path directory) {
		Map<String, ProposalText> submissions = new LinkedHashMap<>();
		JSON.readTree(contentOf(directory.resolve("submissions.json"))).properties().forEach(submission -> {
			JsonNode content = submission.getValue().path("content");
			submissions.put(submission.getKey(), ProposalText.of(text(content, "title"), text(content, "abstract")));
		});
		Map<String, List<String>> keywords = new LinkedHashMap<>();
		Path keywordsFile = directory.resolve("keywords.json");
		if (Files.exists(keywordsFile)) {
			JSON.readTree(contentOf(keywordsFile)).properties().forEach(reviewer -> {
				List<String> typed = new ArrayList<>();
				reviewer.getValue().forEach(keyword -> typed.add(keyword.asString()));
				keywords.put(reviewer.getKey(), typed);
			});
		}
		List<ReviewerProfile> reviewers = new ArrayList<>();
		try (Stream<Path> archives = Files.list(directory.resolve("archives"))) {
			for (Path archive : archives.filter(file -> file.getFileName().toString().endsWith(".jsonl")).sorted().toList()) {
				String name = archive.getFileName().toString();
				String reviewerId = name.substring(name.startsWith("~") ? 1 : 0, name.length() - ".jsonl".length());
				List<Publication> publications = new ArrayList<>();
				for (String line : contentOf(archive).split("\n")) {
					if (line.isBlank()) {
						continue;
					}
					JsonNode publication = JSON.readTree(line);
					JsonNode content = publication.path("content");
					JsonNode year = content.path("year");
					publications.add(new Publication(text(publication, "id"), text(content, "title"),
							text(content, "abstract"), year.isNumber() ? Integer.valueOf(year.asInt()) : null));
				}
				reviewers.add(new ReviewerProfile(reviewerId, publications, keywords.getOrDefault(reviewerId, List.of())));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, Map<String, Integer>> grades = new LinkedHashMap<>();
		Path gradesFile = directory.resolve("grades.json");
		if (Files.exists(gradesFile)) {
			JSON.readTree(contentOf(gradesFile)).properties().forEach(reviewer -> {
				Map<String, Integer> given = new LinkedHashMap<>();
				reviewer.getValue().properties().forEach(grade -> given.put(grade.getKey(), grade.getValue().asInt()));
				grades.put(reviewer.getKey(), given);
			});
		}
		return new ExpertiseDataset(submissions, reviewers, grades);
	}

	/** Writes affinities ({@code reviewer -> submission -> score}) as the OpenReview evaluation reads them. */
	public static void write(Map<String, Map<String, Double>> affinities, Path file) {
		try {
			Files.writeString(file, JSON.writeValueAsString(affinities), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isMissingNode() || value.isNull() ? null : value.asString();
	}

	private static String contentOf(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
