package health.flanders.portal.web.evaluation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import health.flanders.portal.matching.embedding.TextEmbedder;
import health.flanders.portal.matching.expertise.ProposalText;
import health.flanders.portal.web.publications.StoredVector;

/**
 * The vectors of proposals' title, abstract and medical need, cached in {@code proposal_text_vectors} the first time an
 * assignment needs them and computed again only when the text has changed since (its SHA-256 differs): an evaluated
 * proposal's text is frozen, so each is embedded once.
 */
@Repository
class ProposalTextVectors {

	private final JdbcClient jdbc;

	private final ObjectProvider<TextEmbedder> embedder;

	private final Clock clock;

	ProposalTextVectors(JdbcClient jdbc, ObjectProvider<TextEmbedder> embedder, Clock clock) {
		this.jdbc = jdbc;
		this.embedder = embedder;
		this.clock = clock;
	}

	/** Each proposal's vector, by its id; the caller's transaction stores the ones computed. */
	Map<Long, float[]> of(Map<Long, ProposalText> texts) {
		Map<Long, float[]> vectors = new LinkedHashMap<>();
		Map<Long, String> hashes = new LinkedHashMap<>();
		texts.forEach((id, text) -> hashes.put(id, sha256(text.text())));
		jdbc.sql("select proposal_id, text_hash, embedding from proposal_text_vectors where proposal_id = any(?)")
			.param(texts.keySet().toArray(Long[]::new))
			.query(rs -> {
				long id = rs.getLong(1);
				if (rs.getString(2).equals(hashes.get(id))) {
					vectors.put(id, StoredVector.fromSql(rs.getArray(3)));
				}
			});
		List<Long> missing = new ArrayList<>(texts.keySet().stream().filter(id -> !vectors.containsKey(id)).toList());
		if (missing.isEmpty()) {
			return vectors;
		}
		List<float[]> computed = embedder.getObject().embedAll(missing.stream().map(id -> texts.get(id).text()).toList());
		for (int i = 0; i < missing.size(); i++) {
			long id = missing.get(i);
			vectors.put(id, computed.get(i));
			jdbc.sql("""
					insert into proposal_text_vectors (proposal_id, text_hash, embedding, computed_at) values (?, ?, ?, ?)
					on conflict (proposal_id) do update set text_hash = excluded.text_hash, embedding = excluded.embedding,
					computed_at = excluded.computed_at""")
				.params(id, hashes.get(id), StoredVector.toSql(computed.get(i)), Timestamp.from(clock.instant()))
				.update();
		}
		return vectors;
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
