package health.flanders.portal.web.proposals;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.eligibility.EligibilityResult;
import health.flanders.portal.call.proposal.AttachmentKind;
import health.flanders.portal.call.proposal.MissingItem;
import health.flanders.portal.call.proposal.Proposal;
import health.flanders.portal.call.proposal.ProposalAttachments;
import health.flanders.portal.call.proposal.ProposalAttachments.Attachment;
import health.flanders.portal.call.proposal.ProposalInvitationRepository;
import health.flanders.portal.call.proposal.ProposalNotFoundException;
import health.flanders.portal.call.proposal.ProposalRepository;
import health.flanders.portal.call.proposal.ProposalStatus;
import health.flanders.portal.call.proposal.ProposalSummaries;
import health.flanders.portal.call.proposal.ProposalSummary;
import health.flanders.portal.call.proposal.ProposalVersions;
import health.flanders.portal.call.proposal.SubmissionChecklist;
import health.flanders.portal.web.security.SignedInUser;

/**
 * The proposals an applicant is on, and nothing else: every lookup goes through the applicant's id and e-mail
 * address, so another's proposal is a 404.
 */
@Service
@Transactional(readOnly = true)
public class ApplicantProposals {

	private final ProposalRepository proposals;

	private final ProposalSummaries summaries;

	private final ProposalInvitationRepository invitations;

	private final ProposalAttachments attachments;

	private final ProposalVersions versions;

	private final MessageSource messages;

	private final Clock clock;

	ApplicantProposals(ProposalRepository proposals, ProposalSummaries summaries,
			ProposalInvitationRepository invitations, ProposalAttachments attachments, ProposalVersions versions,
			MessageSource messages, Clock clock) {
		this.proposals = proposals;
		this.summaries = summaries;
		this.invitations = invitations;
		this.attachments = attachments;
		this.versions = versions;
		this.messages = messages;
		this.clock = clock;
	}

	/** One statement and no transaction: a single statement reads a consistent snapshot by itself. */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public List<DashboardGroup> dashboard(SignedInUser user, Locale locale) {
		Instant now = clock.instant();
		Map<Long, List<ProposalSummary>> byCall = summaries.forApplicant(user.id(), user.email())
			.stream()
			.collect(Collectors.groupingBy(ProposalSummary::callId, LinkedHashMap::new, Collectors.toList()));
		return byCall.values().stream().map(proposals -> {
			ProposalSummary first = proposals.get(0);
			return new DashboardGroup(first.callId(), first.callTitle().in(locale), first.callPhaseAt(now),
					first.callOpensAt(), first.deadline(),
					proposals.stream().map(proposal -> DashboardLine.of(proposal, now)).toList());
		}).toList();
	}

	/** @throws ProposalNotFoundException also when the proposal exists but this applicant is not on it */
	public Proposal require(long proposalId, SignedInUser user) {
		return proposals.findForApplicant(proposalId, user.id(), user.email())
			.orElseThrow(() -> new ProposalNotFoundException(proposalId));
	}

	/** The text of the proposal as its form shows it. */
	public ProposalForm form(long proposalId, SignedInUser user) {
		return ProposalForm.of(require(proposalId, user));
	}

	public Workspace workspace(long proposalId, SignedInUser user, Locale locale) {
		return workspace(require(proposalId, user), user, locale);
	}

	Workspace workspace(Proposal proposal, SignedInUser user, Locale locale) {
		EligibilityResult eligibility = proposal.checkEligibility();
		List<Attachment> files = attachments.current(proposal.getId());
		List<MissingItem> missing = new ArrayList<>(SubmissionChecklist.of(proposal));
		for (AttachmentKind kind : AttachmentKind.values()) {
			if (files.stream().noneMatch(file -> file.kind() == kind)) {
				missing.add(MissingItem.valueOf(kind.name()));
			}
		}
		boolean beforeDeadline = proposal.getCall().acceptsSubmissionsAt(clock.instant());
		boolean lead = proposal.getCreatedBy() == user.id();
		return new Workspace(proposal.getId(), proposal.getAcronym(), proposal.getTitle(), proposal.getReference(),
				proposal.getStatus(), proposal.getCall().getId(), proposal.getCall().getTitle(locale),
				proposal.getCall().getDeadline(), proposal.getUpdatedAt(), goals(proposal, locale),
				proposal.getMembers()
					.stream()
					.map(member -> new Workspace.Member(member.getId(), member.getOrganisation().getName(),
							member.getOrganisation().getType(), member.getOrganisation().getRegion(),
							member.getOrganisation().getPostalCode(),
							member.getOrganisation().getCorporateGroup() == null ? null
									: member.getOrganisation().getCorporateGroup().getName(),
							member.getRole(), member.getRequestedBudgetEur()))
					.toList(),
				eligibility, eligibility.reasons().stream().map(reason -> messages.getMessage(reason, locale)).toList(),
				missing, files,
				lead ? invitations.findByProposalIdAndRevokedAtIsNullOrderByInvitedAt(proposal.getId())
					.stream()
					.map(invitation -> new Workspace.Invitation(invitation.getId(), invitation.getEmail(),
							invitation.getInvitedAt()))
					.toList() : List.of(),
				versions.of(proposal.getId())
					.stream()
					.map(version -> new Workspace.VersionLine(version.number(), version.submittedAt()))
					.toList(),
				proposal.getStatus() == ProposalStatus.DRAFT && beforeDeadline, lead,
				proposal.getStatus() == ProposalStatus.SUBMITTED && beforeDeadline,
				proposal.hasBeenSubmitted() && proposal.isOpenForApplicants() && beforeDeadline,
				proposal.getCall().getAbstractMaxLength());
	}

	/** The sub-goals of the call (1a, 1b, 2a, 2b): a proposal addresses those. */
	static List<Workspace.Goal> goals(Proposal proposal, Locale locale) {
		return proposal.getCall()
			.getGoals()
			.stream()
			.filter(goal -> goal.getParent() != null)
			.map(goal -> new Workspace.Goal(goal.getId(), goal.getCode(), goal.getTitle(locale)))
			.toList();
	}
}
