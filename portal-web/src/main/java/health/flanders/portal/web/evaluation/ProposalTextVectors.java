package health.flanders.portal.web.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Repository;

import health.flanders.portal.matching.embedding.StoredVector;
import health.flanders.portal.matching.embedding.StoredVectors;
import health.flanders.portal.matching.embedding.TextEmbedder;
import health.flanders.portal.matching.embedding.VectorSubject;
import health.flanders.portal.matching.expertise.ProposalText;

/**
 * The vectors of proposals' title, abstract and medical need ({@link ProposalText#text()}), read from the one store of
 * a proposal's vector, {@code text_vectors} (subject {@code PROPOSAL}), where the background embedding of saved
 * proposals ({@code TextUnderstanding}) keeps them too. A vector missing, of another text (its SHA-256 differs) or of
 * another model is computed here and stored in its place, so that the assignment never waits for the background.
 */
@Repository
class ProposalTextVectors {

	private final StoredVectors vectors;

	private final ObjectProvider<TextEmbedder> embedder;

	ProposalTextVectors(StoredVectors vectors, ObjectProvider<TextEmbedder> embedder) {
		this.vectors = vectors;
		this.embedder = embedder;
	}

	/** Each proposal's vector, by its id; the caller's transaction stores the ones computed. */
	Map<Long, float[]> of(Map<Long, ProposalText> texts) {
		Map<Long, float[]> found = new LinkedHashMap<>();
		Map<Long, StoredVector> stored = vectors.findAll(VectorSubject.PROPOSAL, texts.keySet());
		List<Long> missing = new ArrayList<>();
		texts.forEach((id, text) -> {
			StoredVector vector = stored.get(id);
			if (vector != null && vector.isOf(text.text())) {
				found.put(id, vector.vector());
			}
			else {
				missing.add(id);
			}
		});
		if (missing.isEmpty()) {
			return found;
		}
		List<float[]> computed = embedder.getObject().embedAll(missing.stream().map(id -> texts.get(id).text()).toList());
		List<StoredVector> fresh = new ArrayList<>();
		for (int i = 0; i < missing.size(); i++) {
			long id = missing.get(i);
			String text = texts.get(id).text();
			found.put(id, computed.get(i));
			fresh.add(new StoredVector(VectorSubject.PROPOSAL, id, StoredVector.hash(text), TextEmbedder.MODEL_NAME,
					computed.get(i)));
		}
		vectors.save(fresh);
		return found;
	}
}
