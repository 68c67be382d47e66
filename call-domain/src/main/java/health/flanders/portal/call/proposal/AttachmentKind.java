package health.flanders.portal.call.proposal;

/** The files a proposal carries, each a PDF. */
public enum AttachmentKind {
	FULL_TEXT,
	BUDGET_SHEET
}
