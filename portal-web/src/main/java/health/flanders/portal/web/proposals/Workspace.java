package health.flanders.portal.web.proposals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import health.flanders.portal.call.eligibility.EligibilityResult;
import health.flanders.portal.call.organisation.OrganisationType;
import health.flanders.portal.call.organisation.Region;
import health.flanders.portal.call.proposal.AttachmentKind;
import health.flanders.portal.call.proposal.MemberRole;
import health.flanders.portal.call.proposal.MissingItem;
import health.flanders.portal.call.proposal.ProposalAttachments.Attachment;
import health.flanders.portal.call.proposal.ProposalStatus;

/**
 * Everything the page of one proposal shows: its text, its consortium with the eligibility of that consortium, its
 * files, its co-applicants, its submitted versions and what the reader may do with it now.
 */
public record Workspace(long id, String acronym, String title, String reference, ProposalStatus status, long callId,
		String callTitle, Instant deadline, Instant updatedAt, List<Goal> goals, List<Member> members,
		EligibilityResult eligibility, List<String> reasons, List<MissingItem> missing, List<Attachment> attachments,
		List<Invitation> invitations, List<VersionLine> versions, boolean editable, boolean lead, boolean canReopen,
		boolean canWithdraw, int abstractLimit) {

	/** A goal of the call the proposal may address. */
	public record Goal(long id, String code, String title) {
	}

	public record Member(long id, String name, OrganisationType type, Region region, String postalCode,
			String corporateGroup, MemberRole role, BigDecimal requestedBudgetEur) {
	}

	public record Invitation(long id, String email, Instant invitedAt) {
	}

	public record VersionLine(int number, Instant submittedAt) {
	}

	/** The current file of this kind, or {@code null}. */
	public Attachment attachment(AttachmentKind kind) {
		return attachments.stream().filter(file -> file.kind() == kind).findFirst().orElse(null);
	}

	public boolean complete() {
		return missing.isEmpty();
	}

	public boolean canSubmit() {
		return editable && complete() && eligibility.eligible();
	}

	public boolean submittedBefore() {
		return reference != null;
	}
}
