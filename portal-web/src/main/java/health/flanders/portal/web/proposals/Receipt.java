package health.flanders.portal.web.proposals;

import java.time.Instant;
import java.util.List;

import health.flanders.portal.call.Bilingual;
import health.flanders.portal.call.proposal.ProposalAttachments.Attachment;

/**
 * What a submission confirms: the reference, the version and its instant, and the checksum of every file. The call's
 * title comes in both languages, for the page and the e-mail to say it in their reader's.
 */
public record Receipt(long proposalId, String acronym, String title, Bilingual callTitle, String reference,
		int versionNumber, Instant submittedAt, Instant deadline, List<Attachment> attachments) {
}
