package health.flanders.portal.call.organisation;

/** The kind of a research and technology organisation; some call rules tell them apart. */
public enum ResearchKind {
	UNIVERSITY,
	UNIVERSITY_COLLEGE,
	/** Such as imec, VIB, VITO or Flanders Make. */
	STRATEGIC_RESEARCH_CENTRE,
	OTHER_RESEARCH;

	/** Universities and university colleges, the partners a call may require beside strategic research centres. */
	public boolean isAcademic() {
		return this == UNIVERSITY || this == UNIVERSITY_COLLEGE;
	}
}
