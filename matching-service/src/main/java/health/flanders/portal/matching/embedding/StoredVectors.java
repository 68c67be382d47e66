package health.flanders.portal.matching.embedding;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The vectors of the registry's and the proposals' texts in PostgreSQL (table {@code text_vectors}, migration V37),
 * the source of truth from which every instance rebuilds its in-memory index. A vector is kept as 384 little-endian
 * 32-bit floats; each row is stamped with the transaction that wrote it, so that an instance reads only what changed
 * since it last looked, as {@code RegistryFeed} does for the organisations.
 */
public final class StoredVectors {

	/** What changed since a horizon, and the horizon to ask from next time. */
	public record Changes(String horizon, List<StoredVector> vectors) {
	}

	private static final String COLUMNS = "subject, subject_id, text_hash, model, vector";

	private final JdbcClient jdbc;

	public StoredVectors(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores these vectors, replacing any earlier ones of the same texts. The vector of a proposal or organisation that
	 * is gone meanwhile is not stored: as a foreign key would, the insert holds a key-share lock on its row, so that a
	 * deletion either comes first (nothing stored) or waits for this commit and then deletes the vector with the row
	 * (V39's triggers).
	 */
	public void save(Collection<StoredVector> vectors) {
		for (StoredVector vector : vectors) {
			jdbc.sql("""
					insert into text_vectors (subject, subject_id, text_hash, model, dimensions, vector)
					select :subject, :id, :hash, :model, :dimensions, :vector
					where exists (select 1 from %s where id = :id for key share)
					on conflict (subject, subject_id) do update set text_hash = excluded.text_hash,
					    model = excluded.model, dimensions = excluded.dimensions, vector = excluded.vector,
					    embedded_at = now(), written_xid = pg_current_xact_id()
					""".formatted(vector.subject().table()))
				.param("subject", vector.subject().name())
				.param("id", vector.subjectId())
				.param("hash", vector.textHash())
				.param("model", vector.model())
				.param("dimensions", vector.vector().length)
				.param("vector", bytes(vector.vector()))
				.update();
		}
	}

	public Optional<StoredVector> find(VectorSubject subject, long subjectId) {
		return jdbc.sql("select " + COLUMNS + " from text_vectors where subject = :subject and subject_id = :id")
			.param("subject", subject.name())
			.param("id", subjectId)
			.query(StoredVectors::row)
			.optional();
	}

	/** The stored vectors of these subjects' texts, by subject id (the ones without any left out). */
	public Map<Long, StoredVector> findAll(VectorSubject subject, Collection<Long> subjectIds) {
		Map<Long, StoredVector> found = new HashMap<>();
		if (subjectIds.isEmpty()) {
			return found;
		}
		jdbc.sql("select " + COLUMNS + " from text_vectors where subject = :subject and subject_id in (:ids)")
			.param("subject", subject.name())
			.param("ids", List.copyOf(subjectIds))
			.query(StoredVectors::row)
			.list()
			.forEach(vector -> found.put(vector.subjectId(), vector));
		return found;
	}

	/**
	 * The vectors of these subjects written by a transaction that had not finished when the previous call's horizon
	 * was taken ({@code null}: all of them).
	 */
	public Changes changedSince(String horizon, Set<VectorSubject> subjects) {
		String horizonNow = jdbc.sql("select pg_snapshot_xmin(pg_current_snapshot())::text").query(String.class).single();
		String where = "subject in (:subjects)" + (horizon == null ? "" : " and written_xid >= cast(:horizon as xid8)");
		JdbcClient.StatementSpec query = jdbc.sql("select " + COLUMNS + " from text_vectors where " + where)
			.param("subjects", subjects.stream().map(Enum::name).toList());
		if (horizon != null) {
			query = query.param("horizon", horizon);
		}
		return new Changes(horizonNow, query.query(StoredVectors::row).list());
	}

	/** The hash and model of every stored vector of a subject, by subject id (the vectors themselves left out). */
	public Map<Long, StoredVector> fingerprints(VectorSubject subject) {
		Map<Long, StoredVector> found = new HashMap<>();
		jdbc.sql("select subject_id, text_hash, model from text_vectors where subject = :subject")
			.param("subject", subject.name())
			.query((rs, n) -> new StoredVector(subject, rs.getLong("subject_id"), rs.getBytes("text_hash"),
					rs.getString("model"), new float[0]))
			.list()
			.forEach(vector -> found.put(vector.subjectId(), vector));
		return found;
	}

	/** The organisation subjects, for a registry feed. */
	public static Set<VectorSubject> organisationSubjects() {
		return EnumSet.of(VectorSubject.ORGANISATION_DESCRIPTION, VectorSubject.ORGANISATION_OFFER);
	}

	private static StoredVector row(ResultSet rs, int number) throws SQLException {
		return new StoredVector(VectorSubject.valueOf(rs.getString("subject")), rs.getLong("subject_id"),
				rs.getBytes("text_hash"), rs.getString("model"), floats(rs.getBytes("vector")));
	}

	static byte[] bytes(float[] vector) {
		ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
		buffer.asFloatBuffer().put(vector);
		return buffer.array();
	}

	static float[] floats(byte[] bytes) {
		float[] vector = new float[bytes.length / Float.BYTES];
		ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
		return vector;
	}
}
