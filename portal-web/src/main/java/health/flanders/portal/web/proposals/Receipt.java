package health.flanders.portal.web.proposals;

import java.time.Instant;
import java.util.List;

import health.flanders.portal.call.proposal.ProposalAttachments.Attachment;

/** What a submission confirms: the reference, the version and its instant, and the checksum of every file. */
public record Receipt(long proposalId, String acronym, String title, String callTitle, String reference,
		int versionNumber, Instant submittedAt, Instant deadline, List<Attachment> attachments) {
}
