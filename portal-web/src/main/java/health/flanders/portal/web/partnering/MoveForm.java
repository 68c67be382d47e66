package health.flanders.portal.web.partnering;

import jakarta.validation.constraints.NotNull;

/** Where staff move a meeting: a slot of the window (0 at its start) and a table (from 1), and the version they saw. */
public class MoveForm {

	@NotNull
	private Integer slot;

	@NotNull
	private Integer table;

	private long version;

	public Integer getSlot() {
		return slot;
	}

	public void setSlot(Integer slot) {
		this.slot = slot;
	}

	public Integer getTable() {
		return table;
	}

	public void setTable(Integer table) {
		this.table = table;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
