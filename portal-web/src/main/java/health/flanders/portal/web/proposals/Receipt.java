package health.flanders.portal.web.proposals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import health.flanders.portal.call.Bilingual;
import health.flanders.portal.call.proposal.ProposalAttachments.Attachment;

/**
 * What a submission confirms: the reference, the version and its instant, and the checksum of every file. The call's
 * title comes in both languages, for the page and the e-mail to say it in their reader's.
 */
public record Receipt(long proposalId, String acronym, String title, Bilingual callTitle, String reference,
		int versionNumber, Instant submittedAt, Instant deadline, List<Attachment> attachments) {

	/**
	 * The receipt as the text the portal signs: one fact a line, in English, the instant in UTC to the microsecond,
	 * the files in the order of their kind. Each value is kept to one line without spaces at its ends, so that the
	 * text survives being copied and pasted (see {@code SealedReceipt}).
	 */
	public String canonicalText() {
		List<String> lines = new ArrayList<>();
		lines.add("ICON Portal receipt of a submitted proposal");
		lines.add("reference: " + oneLine(reference));
		lines.add("acronym: " + oneLine(acronym));
		lines.add("title: " + oneLine(title));
		lines.add("call: " + oneLine(callTitle.en()));
		lines.add("version: " + versionNumber);
		lines.add("submitted at: " + submittedAt);
		for (Attachment file : attachments) {
			lines.add("file: " + file.kind() + " sha256 " + file.sha256() + " " + oneLine(file.fileName()));
		}
		return lines.stream().map(String::stripTrailing).collect(Collectors.joining("\n"));
	}

	private static String oneLine(String value) {
		return value == null ? "" : value.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}]+", " ").strip();
	}
}
