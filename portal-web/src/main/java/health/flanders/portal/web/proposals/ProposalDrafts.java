package health.flanders.portal.web.proposals;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.Call;
import health.flanders.portal.call.CallGoal;
import health.flanders.portal.call.CallNotFoundException;
import health.flanders.portal.call.CallRepository;
import health.flanders.portal.call.organisation.CorporateGroups;
import health.flanders.portal.call.organisation.EnterpriseNumber;
import health.flanders.portal.call.organisation.Organisation;
import health.flanders.portal.call.organisation.OrganisationRepository;
import health.flanders.portal.call.organisation.OrganisationType;
import health.flanders.portal.call.proposal.MemberRole;
import health.flanders.portal.call.proposal.Proposal;
import health.flanders.portal.call.proposal.ProposalInvitation;
import health.flanders.portal.call.proposal.ProposalInvitationRepository;
import health.flanders.portal.call.proposal.ProposalNotFoundException;
import health.flanders.portal.call.proposal.ProposalRepository;
import health.flanders.portal.call.proposal.ProposalStatus;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.PortalUserRepository;
import health.flanders.portal.web.mail.Mailer;
import health.flanders.portal.web.security.SignedInUser;

/**
 * Writing a draft: its text, its consortium and its co-applicants. Every change is one transaction, and only a draft
 * of an open call before its deadline changes; the text is protected against a co-applicant's concurrent save.
 */
@Service
@Transactional
public class ProposalDrafts {

	private final ApplicantProposals applicantProposals;

	private final ProposalRepository proposals;

	private final CallRepository calls;

	private final OrganisationRepository organisations;

	private final CorporateGroups groups;

	private final ProposalInvitationRepository invitations;

	private final PortalUserRepository users;

	private final Mailer mailer;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ProposalDrafts(ApplicantProposals applicantProposals, ProposalRepository proposals, CallRepository calls,
			OrganisationRepository organisations, CorporateGroups groups, ProposalInvitationRepository invitations,
			PortalUserRepository users, Mailer mailer, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.groups = groups;
		this.users = users;
		this.applicantProposals = applicantProposals;
		this.proposals = proposals;
		this.calls = calls;
		this.organisations = organisations;
		this.invitations = invitations;
		this.mailer = mailer;
		this.clock = clock;
	}

	/** Starts a draft on an open call before its deadline. */
	public long start(long callId, String acronym, SignedInUser user) {
		Call call = calls.findById(callId).orElseThrow(() -> new CallNotFoundException(callId));
		if (!call.acceptsSubmissionsAt(clock.instant())) {
			throw new ProposalClosedException();
		}
		return proposals.save(new Proposal(call, acronym, user.id(), clock)).getId();
	}

	/**
	 * Saves the text of a draft.
	 * @throws StaleProposalException when a co-applicant saved it after this form was opened
	 */
	public void save(long proposalId, ProposalForm form, SignedInUser user) {
		Proposal proposal = editable(proposalId, user);
		if (proposal.getVersion() != form.getVersion()) {
			throw new StaleProposalException(ProposalForm.of(proposal), proposal.getUpdatedAt());
		}
		proposal.rename(form.getAcronym());
		proposal.describe(form.getTitle().strip(), form.getAbstractText().replace("\r\n", "\n"),
				form.getDiseaseArea().isBlank() ? null : form.getDiseaseArea(), form.getMedicalNeed(),
				form.getEconomicImpact(), form.getSocietalImpact(), form.getDurationMonths(), clock);
		Set<CallGoal> goals = new LinkedHashSet<>();
		for (CallGoal goal : proposal.getCall().getGoals()) {
			if (form.getGoals().contains(goal.getId()) && goal.getParent() != null) {
				goals.add(goal);
			}
		}
		proposal.addressGoals(goals);
		proposals.flush();
		events.publishEvent(new ProposalTextSaved(proposalId));
	}

	/** Adds an organisation of the registry as a partner. */
	public void addMember(long proposalId, long organisationId, SignedInUser user) {
		Proposal proposal = editable(proposalId, user);
		Organisation organisation = organisations.findById(organisationId)
			.filter(Organisation::isActive)
			.orElseThrow(() -> new ConsortiumException("proposal.consortium.unknownOrganisation"));
		if (proposal.getMembers().stream().anyMatch(member -> member.getOrganisation().equals(organisation))) {
			throw new ConsortiumException("proposal.consortium.alreadyMember");
		}
		proposal.addMember(organisation, proposal.getMembers().isEmpty() ? MemberRole.COORDINATOR : MemberRole.PARTNER,
				null);
	}

	/**
	 * Registers an organisation the registry does not know yet and adds it. An enterprise number already in the
	 * registry adds that organisation instead of a copy.
	 */
	public void addNewOrganisation(long proposalId, NewOrganisationForm form, SignedInUser user) {
		editable(proposalId, user);
		EnterpriseNumber number = form.organisationDetails().parsedEnterpriseNumber();
		if (number != null) {
			Optional<Organisation> known = organisations.findByEnterpriseNumber(number.digits());
			if (known.isPresent()) {
				addMember(proposalId, known.get().getId(), user);
				return;
			}
		}
		Organisation organisation = new Organisation(form.getName().strip(), form.getType(), number,
				form.getPostalCode().strip(), form.getCity().strip(), form.getCountry().strip(), clock);
		if (form.getType() == OrganisationType.ENTERPRISE) {
			organisation.withSize(form.getSize());
		}
		organisation.withProfile(groups.register(form.getCorporateGroup()).orElse(null), null, null, List.of(), "");
		addMember(proposalId, organisations.save(organisation).getId(), user);
	}

	public void removeMember(long proposalId, long memberId, SignedInUser user) {
		editable(proposalId, user).removeMember(memberId);
	}

	public void makeCoordinator(long proposalId, long memberId, SignedInUser user) {
		Proposal proposal = editable(proposalId, user);
		requireMember(proposal, memberId);
		proposal.makeCoordinator(memberId);
		// The old coordinator becomes a partner first, so that the one-coordinator index holds at every statement.
		proposals.flush();
	}

	public void requestBudget(long proposalId, long memberId, BigDecimal budget, SignedInUser user) {
		Proposal proposal = editable(proposalId, user);
		requireMember(proposal, memberId);
		proposal.requestBudget(memberId, budget);
	}

	/** Invites a co-applicant by e-mail; only the applicant who started the proposal invites and revokes. */
	public void invite(long proposalId, String email, SignedInUser user, Locale locale) {
		Proposal proposal = lead(proposalId, user);
		String address = PortalUser.normaliseEmail(email);
		if (address.equals(user.email())) {
			throw new ConsortiumException("proposal.invite.self");
		}
		if (invitations.existsByProposalIdAndEmailAndRevokedAtIsNull(proposalId, address)) {
			throw new ConsortiumException("proposal.invite.already");
		}
		invitations.save(new ProposalInvitation(proposal, address, user.id(), clock));
		// In the invitee's own language when they have an account; in the inviter's otherwise.
		Locale language = users.findByEmail(address).map(PortalUser::getLocale).orElse(locale);
		mailer.send(address, language, "proposal-invitation",
				Map.of("inviter", user.fullName(), "acronym", proposal.getAcronym(), "callTitle",
						proposal.getCall().getTitle(), "proposalId", proposal.getId(), "email", address));
	}

	public void revoke(long proposalId, long invitationId, SignedInUser user) {
		lead(proposalId, user);
		invitations.findByIdAndProposalId(invitationId, proposalId).ifPresent(invitation -> invitation.revoke(clock));
	}

	private Proposal lead(long proposalId, SignedInUser user) {
		Proposal proposal = applicantProposals.require(proposalId, user);
		if (proposal.getCreatedBy() != user.id()) {
			throw new ProposalNotFoundException(proposalId);
		}
		return proposal;
	}

	private Proposal editable(long proposalId, SignedInUser user) {
		Proposal proposal = applicantProposals.require(proposalId, user);
		if (!proposal.getCall().acceptsSubmissionsAt(clock.instant())) {
			throw new ProposalClosedException();
		}
		if (proposal.getStatus() != ProposalStatus.DRAFT) {
			throw new ProposalLockedException();
		}
		return proposal;
	}

	private static void requireMember(Proposal proposal, long memberId) {
		if (proposal.getMembers().stream().noneMatch(member -> member.getId() == memberId)) {
			throw new ConsortiumException("proposal.consortium.memberGone");
		}
	}
}
