package health.flanders.portal.matching;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import health.flanders.portal.call.organisation.OrganisationType;
import health.flanders.portal.call.organisation.Region;
import health.flanders.portal.matching.embedding.StoredVectors;

/**
 * Keeps a {@link RegistryIndex} in step with the registry in PostgreSQL, and with the stored vectors of its profiles'
 * texts ({@link StoredVectors}). The first call reads every stored vector and every active organisation; each later call reads only the rows written by a transaction that had not finished at the previous call (migration V13 stamps
 * each organisation with its writer's transaction id, V37 each vector), so an edit or a vector written through any
 * instance is found at the next call. Each call reads the vectors before the organisations: a vector is computed from a
 * committed text, so the text of every vector it reads is among the organisations it reads after.
 */
public final class RegistryFeed {

	private static final String READ = """
			select h.horizon::text as horizon, o.id, o.name, o.type, o.region, g.key as corporate_group, o.expertise,
			       o.technologies, o.therapeutic_areas, o.description, o.offers, o.active
			from (select pg_snapshot_xmin(pg_current_snapshot()) as horizon) h
			left join organisations o on %s
			left join corporate_groups g on g.id = o.corporate_group_id
			""";

	private final JdbcClient jdbc;

	private final RegistryIndex index;

	private final StoredVectors vectors;

	/** The oldest transaction that was still running at the last read; {@code null} before the first. */
	private String horizon;

	/** The same for the last read of the vectors. */
	private String vectorHorizon;

	public RegistryFeed(JdbcClient jdbc, RegistryIndex index) {
		this.jdbc = jdbc;
		this.index = index;
		this.vectors = new StoredVectors(jdbc);
	}

	/** Brings the index up to date with what has been committed; returns how many organisations it read. */
	public synchronized int catchUp() {
		StoredVectors.Changes changes = vectors.changedSince(vectorHorizon, StoredVectors.organisationSubjects());
		int read = readOrganisations();
		index.understand(changes.vectors());
		vectorHorizon = changes.horizon();
		return read;
	}

	private int readOrganisations() {
		List<Row> rows = horizon == null
				? jdbc.sql(READ.formatted("o.active")).query(RegistryFeed::row).list()
				: jdbc.sql(READ.formatted("o.changed_xid >= cast(:horizon as xid8)"))
					.param("horizon", horizon)
					.query(RegistryFeed::row)
					.list();
		List<RegistryEntry> active = new ArrayList<>();
		List<Long> inactive = new ArrayList<>();
		for (Row row : rows) {
			if (row.entry() != null && row.active()) {
				active.add(row.entry());
			}
			else if (row.entry() != null) {
				inactive.add(row.entry().id());
			}
		}
		if (!active.isEmpty()) {
			index.put(active);
		}
		if (!inactive.isEmpty()) {
			index.remove(inactive);
		}
		horizon = rows.get(0).horizon();
		return active.size() + inactive.size();
	}

	private static Row row(ResultSet rs, int number) throws SQLException {
		String horizon = rs.getString("horizon");
		if (rs.getObject("id") == null) {
			return new Row(horizon, null, false);
		}
		RegistryEntry entry = new RegistryEntry(rs.getLong("id"), rs.getString("name"),
				OrganisationType.valueOf(rs.getString("type")), Region.valueOf(rs.getString("region")),
				rs.getString("corporate_group"), strings(rs.getArray("expertise")), strings(rs.getArray("technologies")),
				strings(rs.getArray("therapeutic_areas")), rs.getString("description"), rs.getString("offers"));
		return new Row(horizon, entry, rs.getBoolean("active"));
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	private record Row(String horizon, RegistryEntry entry, boolean active) {
	}
}
