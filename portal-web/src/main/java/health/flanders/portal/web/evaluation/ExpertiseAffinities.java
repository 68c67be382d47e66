package health.flanders.portal.web.evaluation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import health.flanders.portal.matching.embedding.TextEmbedder;
import health.flanders.portal.matching.expertise.Publication;
import health.flanders.portal.matching.expertise.ReviewerExpertise;
import health.flanders.portal.matching.expertise.ReviewerProfile;
import health.flanders.portal.web.evaluation.AssignmentReadModel.PoolReviewer;
import health.flanders.portal.web.evaluation.AssignmentReadModel.ProposalText;
import health.flanders.portal.web.publications.StoredVector;

/**
 * The affinities of a call's pool to its proposals: the matching service's {@link ReviewerExpertise} over each
 * reviewer's publications (their typed keywords for a reviewer without any) against each proposal's title, abstract
 * and medical need. The publications' vectors and the proposals' are read from PostgreSQL (computed when missing), so
 * an assignment embeds at most the keywords and the proposals it meets for the first time.
 */
@Component
class ExpertiseAffinities {

	/** Every reviewer's affinity (0 to 1) to every proposal, by {@link AssignmentReadModel#key}. */
	record Affinities(Map<Long, Double> byPair) {

		double of(long proposalId, long reviewerId) {
			return byPair.getOrDefault(AssignmentReadModel.key(proposalId, reviewerId), 0.0);
		}
	}

	private final JdbcClient jdbc;

	private final ProposalTextVectors proposalVectors;

	private final ObjectProvider<TextEmbedder> embedder;

	private final Clock clock;

	ExpertiseAffinities(JdbcClient jdbc, ProposalTextVectors proposalVectors, ObjectProvider<TextEmbedder> embedder,
			Clock clock) {
		this.jdbc = jdbc;
		this.proposalVectors = proposalVectors;
		this.embedder = embedder;
		this.clock = clock;
	}

	Affinities of(List<ProposalText> proposals, List<PoolReviewer> reviewers) {
		Map<Long, List<Publication>> publications = new HashMap<>();
		Map<String, float[]> stored = new HashMap<>();
		Long[] reviewerIds = reviewers.stream().map(PoolReviewer::id).toArray(Long[]::new);
		jdbc.sql("""
				select id, reviewer_id, title, abstract, year, embedding from reviewer_publications
				where reviewer_id = any(?) order by id""")
			.param(reviewerIds)
			.query(rs -> {
				String id = "publication-" + rs.getLong(1);
				publications.computeIfAbsent(rs.getLong(2), reviewer -> new ArrayList<>())
					.add(new Publication(id, rs.getString(3), rs.getString(4), (Integer) rs.getObject(5)));
				float[] vector = StoredVector.fromSql(rs.getArray(6));
				if (vector != null) {
					stored.put(id, vector);
				}
			});
		List<ReviewerProfile> profiles = reviewers.stream()
			.map(reviewer -> new ReviewerProfile(String.valueOf(reviewer.id()),
					publications.getOrDefault(reviewer.id(), List.of()), reviewer.expertise()))
			.toList();
		Map<Long, health.flanders.portal.matching.expertise.ProposalText> texts = texts(proposals);
		Map<Long, float[]> vectors = proposalVectors.of(texts);
		Map<Long, Double> byPair = new HashMap<>();
		try (ReviewerExpertise expertise = new ReviewerExpertise(profiles, stored, embedder.getObject(), clock)) {
			for (ProposalText proposal : proposals) {
				expertise.affinities(texts.get(proposal.id()), vectors.get(proposal.id()))
					.forEach((reviewer, affinity) -> byPair.put(
							AssignmentReadModel.key(proposal.id(), Long.parseLong(reviewer)), affinity.score()));
			}
		}
		return new Affinities(byPair);
	}

	private Map<Long, health.flanders.portal.matching.expertise.ProposalText> texts(List<ProposalText> proposals) {
		Map<Long, health.flanders.portal.matching.expertise.ProposalText> texts = new LinkedHashMap<>();
		jdbc.sql("select id, title, abstract, medical_need from proposals where id = any(?) order by id")
			.param(proposals.stream().map(ProposalText::id).toArray(Long[]::new))
			.query(rs -> {
				texts.put(rs.getLong(1), new health.flanders.portal.matching.expertise.ProposalText(rs.getString(2),
						rs.getString(3), rs.getString(4)));
			});
		return texts;
	}
}
