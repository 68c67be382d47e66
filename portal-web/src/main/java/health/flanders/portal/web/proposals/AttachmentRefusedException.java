package health.flanders.portal.web.proposals;

import health.flanders.portal.call.proposal.PdfFile;

/** An upload that is not an acceptable PDF of at most 20 MB, whatever its name says: the problem says why. */
public class AttachmentRefusedException extends RuntimeException {

	private final PdfFile.Problem problem;

	AttachmentRefusedException(PdfFile.Problem problem) {
		super("Attachment refused: " + problem);
		this.problem = problem;
	}

	public String messageCode() {
		return "proposal.attachment.refused." + problem.name();
	}
}
