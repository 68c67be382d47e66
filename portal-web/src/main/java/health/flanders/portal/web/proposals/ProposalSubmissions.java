package health.flanders.portal.web.proposals;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.audit.AuditTrail;
import health.flanders.portal.call.proposal.AttachmentKind;
import health.flanders.portal.call.proposal.PdfFile;
import health.flanders.portal.call.proposal.Proposal;
import health.flanders.portal.call.proposal.ProposalAttachments;
import health.flanders.portal.call.proposal.ProposalAttachments.Attachment;
import health.flanders.portal.call.proposal.ProposalNotFoundException;
import health.flanders.portal.call.proposal.ProposalReferences;
import health.flanders.portal.call.proposal.ProposalRepository;
import health.flanders.portal.call.proposal.ProposalStatus;
import health.flanders.portal.call.proposal.ProposalVersions;
import health.flanders.portal.call.user.PortalUserRepository;
import health.flanders.portal.web.mail.Mailer;
import health.flanders.portal.web.receipts.ReceiptSigningKey;
import health.flanders.portal.web.receipts.SealedReceipt;
import health.flanders.portal.web.security.SignedInUser;

import tools.jackson.databind.json.JsonMapper;

/**
 * Files, submission, reopening and withdrawal. Each is checked on the server at the instant it arrives, under the
 * proposal's row lock, so that a double click submits once and nothing slips past the deadline.
 */
@Service
@Transactional
public class ProposalSubmissions {

	private final ApplicantProposals applicantProposals;

	private final ProposalRepository proposals;

	private final ProposalAttachments attachments;

	private final ProposalVersions versions;

	private final ProposalReferences references;

	private final PortalUserRepository users;

	private final AuditTrail audit;

	private final Mailer mailer;

	private final JsonMapper json;

	private final ReceiptSigningKey signingKey;

	private final Clock clock;

	ProposalSubmissions(ApplicantProposals applicantProposals, ProposalRepository proposals,
			ProposalAttachments attachments, ProposalVersions versions, ProposalReferences references,
			PortalUserRepository users, AuditTrail audit, Mailer mailer, JsonMapper json, ReceiptSigningKey signingKey,
			Clock clock) {
		this.applicantProposals = applicantProposals;
		this.proposals = proposals;
		this.attachments = attachments;
		this.versions = versions;
		this.references = references;
		this.users = users;
		this.audit = audit;
		this.mailer = mailer;
		this.json = json;
		this.signingKey = signingKey;
		this.clock = clock;
	}

	/**
	 * Attaches a PDF, read and checked by its content (see {@link PdfFile#read}); it replaces the current file of its
	 * kind.
	 */
	public Attachment attach(long proposalId, AttachmentKind kind, String fileName, byte[] content, SignedInUser user) {
		Proposal proposal = locked(proposalId, user);
		requireOpen(proposal);
		if (proposal.getStatus() != ProposalStatus.DRAFT) {
			throw new ProposalLockedException();
		}
		String name = fileName == null || fileName.isBlank() ? kind.name().toLowerCase(Locale.ROOT) + ".pdf"
				: fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
		PdfFile file;
		try {
			file = PdfFile.read(name.length() > 255 ? name.substring(0, 255) : name, content);
		}
		catch (PdfFile.RefusedException ex) {
			throw new AttachmentRefusedException(ex.problem());
		}
		return attachments.store(proposalId, kind, file, user.id(), clock);
	}

	/**
	 * Submits the proposal when it is complete and eligible and the deadline has not passed. A repeated submission of
	 * a proposal already submitted answers with the receipt of that submission.
	 */
	public Receipt submit(long proposalId, SignedInUser user, Locale locale) {
		Proposal proposal = locked(proposalId, user);
		if (proposal.getStatus() == ProposalStatus.SUBMITTED) {
			return receipt(proposal);
		}
		requireOpen(proposal);
		if (proposal.getStatus() != ProposalStatus.DRAFT) {
			throw new ProposalLockedException();
		}
		Workspace workspace = applicantProposals.workspace(proposal, user, locale);
		if (!workspace.complete()) {
			throw new SubmissionRefusedException("proposal.submit.incomplete");
		}
		if (!workspace.eligibility().eligible()) {
			throw new SubmissionRefusedException("proposal.submit.ineligible");
		}
		String reference = proposal.hasBeenSubmitted() ? proposal.getReference()
				: references.next(proposal.getCall());
		proposal.submit(reference, clock);
		var version = versions.record(proposalId, user.id(), snapshot(proposal, workspace),
				workspace.attachments().stream().map(Attachment::id).toList(), clock);
		audit.record(user.email(), "PROPOSAL_SUBMITTED", "proposal", reference,
				"version " + version.number() + " of " + proposal.getAcronym());
		Receipt receipt = receipt(proposal);
		SealedReceipt sealed = signingKey.seal(receipt.canonicalText());
		for (long applicantId : recipients(proposal, user)) {
			users.findById(applicantId)
				.ifPresent(applicant -> mailer.send(applicant.getEmail(), applicant.getLocale(), "proposal-receipt",
						Map.of("name", applicant.getFullName(), "receipt", receipt, "sealed", sealed)));
		}
		return receipt;
	}

	/** Makes a submitted proposal editable again until the deadline; the version submitted last still counts. */
	public void reopen(long proposalId, SignedInUser user) {
		Proposal proposal = locked(proposalId, user);
		requireOpen(proposal);
		if (proposal.getStatus() != ProposalStatus.SUBMITTED) {
			throw new ProposalLockedException();
		}
		proposal.reopen(clock);
		audit.record(user.email(), "PROPOSAL_REOPENED", "proposal", proposal.getReference(), proposal.getAcronym());
	}

	public void withdraw(long proposalId, SignedInUser user) {
		Proposal proposal = locked(proposalId, user);
		requireOpen(proposal);
		if (!proposal.hasBeenSubmitted() || !proposal.isOpenForApplicants()) {
			throw new ProposalLockedException();
		}
		proposal.withdraw(clock);
		audit.record(user.email(), "PROPOSAL_WITHDRAWN", "proposal", proposal.getReference(), proposal.getAcronym());
	}

	@Transactional(readOnly = true)
	public Receipt receipt(long proposalId, SignedInUser user) {
		Proposal proposal = applicantProposals.require(proposalId, user);
		if (!proposal.hasBeenSubmitted()) {
			throw new ProposalNotFoundException(proposalId);
		}
		return receipt(proposal);
	}

	private Receipt receipt(Proposal proposal) {
		var version = versions.latest(proposal.getId()).orElseThrow();
		return new Receipt(proposal.getId(), proposal.getAcronym(), proposal.getTitle(), proposal.getCall().getBilingualTitle(),
				proposal.getReference(), version.number(), version.submittedAt(), proposal.getCall().getDeadline(),
				attachments.ofVersion(version.id()));
	}

	private static List<Long> recipients(Proposal proposal, SignedInUser user) {
		return proposal.getCreatedBy() == user.id() ? List.of(user.id()) : List.of(user.id(), proposal.getCreatedBy());
	}

	private Proposal locked(long proposalId, SignedInUser user) {
		return proposals.lockForApplicant(proposalId, user.id(), user.email())
			.orElseThrow(() -> new ProposalNotFoundException(proposalId));
	}

	private void requireOpen(Proposal proposal) {
		if (!proposal.getCall().acceptsSubmissionsAt(clock.instant())) {
			throw new ProposalClosedException();
		}
	}

	private String snapshot(Proposal proposal, Workspace workspace) {
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("reference", proposal.getReference());
		content.put("acronym", proposal.getAcronym());
		content.put("title", proposal.getTitle());
		content.put("abstract", proposal.getAbstractText());
		content.put("goals", proposal.getGoals().stream().map(goal -> goal.getCode()).sorted().toList());
		content.put("diseaseArea", proposal.getDiseaseArea());
		content.put("medicalNeed", proposal.getMedicalNeed());
		content.put("economicImpact", proposal.getEconomicImpact());
		content.put("societalImpact", proposal.getSocietalImpact());
		content.put("durationMonths", proposal.getDurationMonths());
		content.put("members", workspace.members()
			.stream()
			.map(member -> Map.of("organisation", member.name(), "type", member.type().name(), "role",
					member.role().name(), "requestedBudgetEur", member.requestedBudgetEur().toPlainString()))
			.toList());
		content.put("eligible", workspace.eligibility().eligible());
		content.put("attachments", workspace.attachments()
			.stream()
			.map(file -> Map.of("kind", file.kind().name(), "fileName", file.fileName(), "sha256", file.sha256()))
			.toList());
		return json.writeValueAsString(content);
	}
}
