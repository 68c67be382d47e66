package health.flanders.portal.call.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds a corporate group by a name as someone typed it, the way the database compares names (case, accents and runs
 * of spaces do not make another group), and registers it when there is none.
 */
@Repository
public class CorporateGroups {

	private final JdbcClient jdbc;

	private final CorporateGroupRepository groups;

	public CorporateGroups(JdbcClient jdbc, CorporateGroupRepository groups) {
		this.jdbc = jdbc;
		this.groups = groups;
	}

	/** Every group, by name, for a picker. */
	@Transactional(readOnly = true)
	public List<CorporateGroup> all() {
		return groups.findAllByOrderByName();
	}

	/** The group this name stands for, if it is registered; empty for a blank name. */
	@Transactional(readOnly = true)
	public Optional<CorporateGroup> find(String name) {
		if (name == null || name.isBlank()) {
			return Optional.empty();
		}
		return idOf(name).flatMap(groups::findById);
	}

	/**
	 * The group this name stands for, registered under this name (spaces tidied) when there is none yet; empty for a
	 * blank name. Two transactions registering one new group at the same moment get the same entry: the second waits on
	 * the key's unique index for the first and then finds its row.
	 */
	@Transactional
	public Optional<CorporateGroup> register(String name) {
		if (name == null || name.isBlank()) {
			return Optional.empty();
		}
		String tidied = name.strip().replaceAll("\\s+", " ");
		jdbc.sql("insert into corporate_groups (name) values (:name) on conflict (key) do nothing")
			.param("name", tidied)
			.update();
		// A statement of its own: under READ COMMITTED it sees a row that a concurrent transaction committed meanwhile.
		return Optional.of(groups.findById(idOf(tidied).orElseThrow()).orElseThrow());
	}

	/** The name to show for what someone typed: the registered group's, or theirs with its spaces tidied. */
	@Transactional(readOnly = true)
	public String nameFor(String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		return find(name).map(CorporateGroup::getName).orElse(name.strip().replaceAll("\\s+", " "));
	}

	private Optional<Long> idOf(String name) {
		return jdbc.sql("select id from corporate_groups where key = corporate_group_key(:name)")
			.param("name", name)
			.query(Long.class)
			.optional();
	}
}
