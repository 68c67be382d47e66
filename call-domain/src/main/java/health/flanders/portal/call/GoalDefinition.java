package health.flanders.portal.call;

/**
 * A goal or sub-goal as staff define it on a call: its code ({@code 1}, {@code 1a}), the code of the goal it belongs
 * to ({@code null} for a goal of its own) and its title in English and Dutch.
 */
public record GoalDefinition(String code, String parentCode, Bilingual title) {

	public GoalDefinition {
		code = code == null ? "" : code.strip();
		parentCode = parentCode == null || parentCode.isBlank() ? null : parentCode.strip();
	}

	public boolean isSubGoal() {
		return parentCode != null;
	}
}
