package health.flanders.portal.call.proposal;

/** Something a proposal must have before it can be submitted; {@link #field()} names the form field that gives it. */
public enum MissingItem {

	TITLE("title"),
	ABSTRACT("abstractText"),
	GOALS("goals"),
	DISEASE_AREA("diseaseArea"),
	MEDICAL_NEED("medicalNeed"),
	ECONOMIC_IMPACT("economicImpact"),
	SOCIETAL_IMPACT("societalImpact"),
	DURATION("durationMonths"),
	MEMBERS("consortium"),
	COORDINATOR("consortium"),
	BUDGETS("consortium"),
	FULL_TEXT("attachment-FULL_TEXT"),
	BUDGET_SHEET("attachment-BUDGET_SHEET");

	private final String field;

	MissingItem(String field) {
		this.field = field;
	}

	public String field() {
		return field;
	}
}
