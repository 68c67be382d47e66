package health.flanders.portal.call.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A corporate group of the registry: enterprises of one group count once towards a consortium's independent
 * enterprises. Its key (the name in lower case, without accents, spaces tidied) is computed by the database and unique,
 * so a group is one entry however people write its name. Groups are made through {@link CorporateGroups}.
 */
@Entity
@Table(name = "corporate_groups")
public class CorporateGroup {

	@Id
	private Long id;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false, insertable = false, updatable = false)
	private String key;

	protected CorporateGroup() {
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public String getKey() {
		return key;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CorporateGroup group && id != null && id.equals(group.id);
	}

	@Override
	public int hashCode() {
		return CorporateGroup.class.hashCode();
	}

	@Override
	public String toString() {
		return name;
	}
}
