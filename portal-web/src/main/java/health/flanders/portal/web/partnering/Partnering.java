package health.flanders.portal.web.partnering;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import health.flanders.portal.call.CallGoal;
import health.flanders.portal.call.NotFoundException;
import health.flanders.portal.call.eligibility.ConsortiumCandidate;
import health.flanders.portal.call.eligibility.EligibilityCriteria;
import health.flanders.portal.call.organisation.EnterpriseNumber;
import health.flanders.portal.call.organisation.Organisation;
import health.flanders.portal.call.organisation.OrganisationRepository;
import health.flanders.portal.call.organisation.OrganisationType;
import health.flanders.portal.call.partnering.Availability;
import health.flanders.portal.call.partnering.ConsortiumGap;
import health.flanders.portal.call.partnering.PartneringEvent;
import health.flanders.portal.call.partnering.PartneringEventRepository;
import health.flanders.portal.call.partnering.PartneringParticipant;
import health.flanders.portal.call.partnering.PartneringParticipantRepository;
import health.flanders.portal.call.partnering.PartneringRequest;
import health.flanders.portal.call.partnering.PartneringRequestRepository;
import health.flanders.portal.call.partnering.RequestStatus;
import health.flanders.portal.call.proposal.ConsortiumMember;
import health.flanders.portal.call.proposal.Proposal;
import health.flanders.portal.call.proposal.ProposalStatus;
import health.flanders.portal.call.session.InfoSession;
import health.flanders.portal.call.session.InfoSessionRepository;
import health.flanders.portal.call.session.Registration;
import health.flanders.portal.call.session.RegistrationRepository;
import health.flanders.portal.call.session.RegistrationStatus;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.PortalUserRepository;
import health.flanders.portal.matching.ProfileAnalyzer;
import health.flanders.portal.matching.participant.ParticipantMatcher;
import health.flanders.portal.matching.participant.ParticipantProfile;
import health.flanders.portal.matching.participant.ParticipantSuggestion;
import health.flanders.portal.web.mail.Mailer;
import health.flanders.portal.web.security.SignedInUser;
import health.flanders.portal.web.system.BrusselsTime;

/**
 * What participants do at a session's partnering. A participant is a signed-in account whose confirmed registration
 * for the session carries its e-mail address; only such a person sees the others' profiles and requests, and each
 * request only by the two it concerns (anyone else gets a 404).
 */
@Service
class Partnering {

	private final InfoSessionRepository sessions;

	private final RegistrationRepository registrations;

	private final PartneringEventRepository events;

	private final PartneringParticipantRepository participants;

	private final PartneringRequestRepository requests;

	private final OrganisationRepository organisations;

	private final PortalUserRepository users;

	private final EntityManager entityManager;

	private final Mailer mailer;

	private final Clock clock;

	private final ParticipantMatcher matcher = new ParticipantMatcher(new ProfileAnalyzer());

	Partnering(InfoSessionRepository sessions, RegistrationRepository registrations, PartneringEventRepository events,
			PartneringParticipantRepository participants, PartneringRequestRepository requests,
			OrganisationRepository organisations, PortalUserRepository users, EntityManager entityManager,
			Mailer mailer, Clock clock) {
		this.sessions = sessions;
		this.registrations = registrations;
		this.events = events;
		this.participants = participants;
		this.requests = requests;
		this.organisations = organisations;
		this.users = users;
		this.entityManager = entityManager;
		this.mailer = mailer;
		this.clock = clock;
	}

	/** Where the signed-in person stands: not registered (confirmed) for the session, free to join, or taking part. */
	enum Standing {
		NOT_REGISTERED, MAY_JOIN, PARTICIPANT
	}

	/** The session's partnering as a page shows it; {@code requestsCloseAt} null when only an admin closes them. */
	record Event(long sessionId, String title, Instant startsAt, Instant windowStartsAt, Instant windowEndsAt,
			int meetingMinutes, int requestLimit, boolean takesRequests, Instant requestsCloseAt) {
	}

	/** Another participant as the viewer sees them, with the ranking's reasons and the request between them. */
	record Card(long participantId, String person, String organisation, OrganisationType type, String offers,
			String looksFor, List<String> goals, List<ParticipantSuggestion.Reason> reasons, RequestStatus request) {
	}

	/** A request the viewer sent or received. */
	record RequestRow(long id, boolean received, String person, String organisation, String message,
			RequestStatus status, Instant requestedAt) {
	}

	record Page(Event event, Standing standing, List<Card> suggestions, List<RequestRow> received,
			List<RequestRow> sent, long requestsLeft, Long participantId) {
	}

	/** What the profile form offers to choose from. */
	record Choices(Event event, List<CallGoal> goals, List<Organisation> registry) {
	}

	@Transactional(readOnly = true)
	Page page(long sessionId, SignedInUser user) {
		InfoSession session = session(sessionId);
		PartneringEvent event = event(sessionId);
		Event facts = facts(session, event);
		Optional<PartneringParticipant> me = participants.findBySessionIdAndUserId(sessionId, user.id());
		if (me.isEmpty()) {
			Standing standing = registration(sessionId, user).isPresent() ? Standing.MAY_JOIN : Standing.NOT_REGISTERED;
			return new Page(facts, standing, List.of(), List.of(), List.of(), 0, null);
		}
		PartneringParticipant viewer = me.get();
		List<PartneringParticipant> everyone = participants.findAllOfSession(sessionId);
		Map<Long, PortalUser> people = users.findAllById(everyone.stream().map(PartneringParticipant::getUserId).toList())
			.stream()
			.collect(Collectors.toMap(PortalUser::getId, Function.identity()));
		List<PartneringRequest> mine = requests.findAllOf(viewer.getId());
		Map<Long, RequestStatus> between = new HashMap<>();
		List<RequestRow> received = new ArrayList<>();
		List<RequestRow> sent = new ArrayList<>();
		long counting = 0;
		for (PartneringRequest request : mine) {
			boolean isReceived = request.getInvitee().getId().equals(viewer.getId());
			PartneringParticipant other = isReceived ? request.getRequester() : request.getInvitee();
			between.put(other.getId(), request.getStatus());
			RequestRow row = new RequestRow(request.getId(), isReceived, name(people.get(other.getUserId())),
					other.getOrganisationName(), request.getMessage(), request.getStatus(), request.getRequestedAt());
			(isReceived ? received : sent).add(row);
			if (!isReceived && request.getStatus() != RequestStatus.DECLINED) {
				counting++;
			}
		}
		List<Card> cards = rank(session, viewer, everyone, user).stream().map(suggestion -> {
			PartneringParticipant other = everyone.stream()
				.filter(p -> p.getId() == suggestion.participantId())
				.findFirst()
				.orElseThrow();
			return new Card(other.getId(), name(people.get(other.getUserId())), other.getOrganisationName(),
					other.getOrganisationType(), other.getOffers(), other.getLooksFor(), codes(other.getGoals()),
					suggestion.reasons(), between.get(other.getId()));
		}).toList();
		return new Page(facts, Standing.PARTICIPANT, cards, received, sent,
				Math.max(0, event.getRequestLimit() - counting), viewer.getId());
	}

	@Transactional(readOnly = true)
	Choices choices(long sessionId) {
		InfoSession session = session(sessionId);
		PartneringEvent event = event(sessionId);
		List<CallGoal> goals = session.getCall() == null ? List.of() : List.copyOf(session.getCall().getGoals());
		return new Choices(facts(session, event), goals, organisations.findByActiveTrueOrderByName());
	}

	/** The profile as saved, or a blank one free for the whole window, with spare rows for more periods; 404 for someone not registered. */
	@Transactional(readOnly = true)
	ProfileForm profileForm(long sessionId, SignedInUser user) {
		PartneringEvent event = event(sessionId);
		registration(sessionId, user).orElseThrow(() -> new NotFoundException("partnering registration", sessionId));
		ProfileForm form = new ProfileForm();
		participants.findBySessionIdAndUserId(sessionId, user.id()).ifPresentOrElse(participant -> {
			form.setOrganisationId(participant.getOrganisationId());
			if (participant.getOrganisationId() == null) {
				form.setName(participant.getOrganisationName());
				form.setType(participant.getOrganisationType());
				form.setEnterpriseNumber(participant.getEnterpriseNumber() == null ? ""
						: new EnterpriseNumber(participant.getEnterpriseNumber()).formatted());
				form.setPostalCode(participant.getPostalCode());
				form.setCountry(participant.getCountry());
			}
			form.setOffers(participant.getOffers());
			form.setLooksFor(participant.getLooksFor());
			form.setGoalIds(participant.getGoals().stream().map(CallGoal::getId).sorted().toList());
			form.setAvailability(FreeTimes.rows(participant.getAvailability()));
			form.setVersion(participant.getVersion());
		}, () -> form.getAvailability()
			.add(new FreeTime(time(event.getWindowStartsAt()), time(event.getWindowEndsAt()))));
		form.padAvailability(3);
		return form;
	}

	/** The rules of the profile's fields taken together, each beside its field. */
	@Transactional(readOnly = true)
	void check(long sessionId, ProfileForm form, Errors errors) {
		PartneringEvent event = event(sessionId);
		if (form.getOrganisationId() != null) {
			if (organisations.findById(form.getOrganisationId()).filter(Organisation::isActive).isEmpty()) {
				errors.rejectValue("organisationId", "partnering.profile.organisation.unknown");
			}
		}
		else {
			if (form.getName() == null || form.getName().isBlank()) {
				errors.rejectValue("name", "partnering.profile.name.required");
			}
			if (form.getType() == null) {
				errors.rejectValue("type", "partnering.profile.type.required");
			}
			if (form.getPostalCode() == null || form.getPostalCode().isBlank()) {
				errors.rejectValue("postalCode", "partnering.profile.postalCode.required");
			}
			boolean belgian = form.getCountry() != null && "BE".equalsIgnoreCase(form.getCountry().strip());
			if (form.getType() == OrganisationType.ENTERPRISE && belgian
					&& (form.getEnterpriseNumber() == null || form.getEnterpriseNumber().isBlank())) {
				errors.rejectValue("enterpriseNumber", "partnering.profile.enterpriseNumber.required");
			}
		}
		FreeTimes.check(event, form.getAvailability(), errors);
		if (!form.getGoalIds().isEmpty()) {
			Set<Long> known = choices(sessionId).goals().stream().map(CallGoal::getId).collect(Collectors.toSet());
			if (!known.containsAll(form.getGoalIds())) {
				errors.rejectValue("goalIds", "partnering.profile.goals.unknown");
			}
		}
	}

	/**
	 * Joins the partnering with this profile, or changes the profile, as the participant saw it.
	 * @throws ObjectOptimisticLockingFailureException when the profile changed meanwhile (in another tab)
	 */
	@Transactional
	void publish(long sessionId, SignedInUser user, ProfileForm form) {
		PartneringEvent event = event(sessionId);
		Registration registration = registration(sessionId, user)
			.orElseThrow(() -> new NotFoundException("partnering registration", sessionId));
		PartneringParticipant participant = participants.findBySessionIdAndUserId(sessionId, user.id()).orElse(null);
		if (participant == null) {
			participant = new PartneringParticipant(sessionId, registration.getId(), user.id(), clock);
		}
		else if (participant.getVersion() != form.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(PartneringParticipant.class, participant.getId());
		}
		Set<CallGoal> goals = choices(sessionId).goals()
			.stream()
			.filter(goal -> form.getGoalIds().contains(goal.getId()))
			.collect(Collectors.toCollection(LinkedHashSet::new));
		List<Availability> availability = FreeTimes.periods(event, form.getAvailability());
		if (form.getOrganisationId() != null) {
			Organisation organisation = organisations.findById(form.getOrganisationId())
				.orElseThrow(() -> new NotFoundException("organisation", form.getOrganisationId()));
			EnterpriseNumber number = organisation.getEnterpriseNumber();
			participant.publish(organisation.getId(), organisation.getName(), organisation.getType(),
					number == null ? null : number.digits(), organisation.getPostalCode(), organisation.getCountry(),
					form.getOffers(), form.getLooksFor(), goals, availability, event, clock);
		}
		else {
			String number = form.getEnterpriseNumber() == null || form.getEnterpriseNumber().isBlank() ? null
					: EnterpriseNumber.parse(form.getEnterpriseNumber()).digits();
			participant.publish(null, form.getName(), form.getType(), number, form.getPostalCode(),
					form.getCountry().strip().toUpperCase(java.util.Locale.ROOT), form.getOffers(), form.getLooksFor(),
					goals, availability, event, clock);
		}
		participants.saveAndFlush(participant);
	}

	/** The participant a request would go to, as the request page shows them; 404 when not of this session. */
	@Transactional(readOnly = true)
	Card invitee(long sessionId, SignedInUser user, long participantId) {
		event(sessionId);
		participants.findBySessionIdAndUserId(sessionId, user.id())
			.orElseThrow(() -> new NotFoundException("partnering participant", user.id()));
		PartneringParticipant other = participants.findById(participantId)
			.filter(p -> p.getSessionId() == sessionId)
			.orElseThrow(() -> new NotFoundException("partnering participant", participantId));
		PortalUser person = users.findById(other.getUserId()).orElseThrow();
		return new Card(other.getId(), name(person), other.getOrganisationName(), other.getOrganisationType(),
				other.getOffers(), other.getLooksFor(), codes(other.getGoals()), List.of(), null);
	}

	/**
	 * Sends a request for a meeting and e-mails the invitee (after commit, through the outbox). The sender's row is
	 * locked first, so that requests sent at once are counted one after the other against the limit.
	 * @throws RequestRefusedException to oneself, a second time between the two, beyond the limit, or once closed
	 */
	@Transactional
	void request(long sessionId, SignedInUser user, long inviteeId, String message) {
		PartneringEvent event = events.findForShare(sessionId)
			.filter(PartneringEvent::isEnabled)
			.orElseThrow(() -> new NotFoundException("partnering", sessionId));
		PartneringParticipant requester = participants.lockBySessionIdAndUserId(sessionId, user.id())
			.orElseThrow(() -> new NotFoundException("partnering participant", user.id()));
		PartneringParticipant invitee = participants.findById(inviteeId)
			.filter(p -> p.getSessionId() == sessionId)
			.orElseThrow(() -> new NotFoundException("partnering participant", inviteeId));
		if (!event.takesRequests(clock.instant())) {
			throw new RequestRefusedException("partnering.request.refused.closed");
		}
		if (requester.getId().equals(invitee.getId())) {
			throw new RequestRefusedException("partnering.request.refused.oneself");
		}
		if (requests.existsBetween(requester.getId(), invitee.getId())) {
			throw new RequestRefusedException("partnering.request.refused.twice");
		}
		if (requests.countCountingOf(requester.getId()) >= event.getRequestLimit()) {
			throw new RequestRefusedException("partnering.request.refused.limit");
		}
		PartneringRequest request = requests.saveAndFlush(new PartneringRequest(requester, invitee, message, clock));
		InfoSession session = session(sessionId);
		Map<Long, PortalUser> people = people(List.of(requester, invitee));
		PortalUser to = people.get(invitee.getUserId());
		PortalUser from = people.get(requester.getUserId());
		mailer.send(to.getEmail(), to.getLocale(), "partnering-requested",
				Map.of("name", to.getFullName(), "from", from.getFullName(), "organisation",
						requester.getOrganisationName(), "message", request.getMessage(), "session", session));
	}

	/**
	 * The invitee accepts or declines a request; both are e-mailed, the other's address given once accepted. A request
	 * that is not the viewer's to answer is a 404.
	 */
	@Transactional
	void answer(long sessionId, SignedInUser user, long requestId, boolean accept) {
		// Shared with other answers and requests, exclusive of a schedule being made from the accepted ones.
		PartneringEvent event = events.findForShare(sessionId)
			.filter(PartneringEvent::isEnabled)
			.orElseThrow(() -> new NotFoundException("partnering", sessionId));
		PartneringParticipant viewer = participants.findBySessionIdAndUserId(sessionId, user.id())
			.orElseThrow(() -> new NotFoundException("partnering request", requestId));
		PartneringRequest request = requests.findReceived(requestId, viewer.getId())
			.orElseThrow(() -> new NotFoundException("partnering request", requestId));
		if (!event.takesRequests(clock.instant())) {
			throw new health.flanders.portal.call.RefusedException("partnering.refused.closed",
					"The requests of this partnering are closed");
		}
		request.answer(accept, clock);
		requests.flush();
		InfoSession session = session(sessionId);
		Map<Long, PortalUser> people = people(List.of(request.getRequester(), request.getInvitee()));
		PortalUser requester = people.get(request.getRequester().getUserId());
		PortalUser invitee = people.get(request.getInvitee().getUserId());
		String answer = accept ? "accepted" : "declined";
		mailer.send(requester.getEmail(), requester.getLocale(), "partnering-answered",
				Map.of("name", requester.getFullName(), "other", invitee.getFullName(), "otherEmail",
						invitee.getEmail(), "organisation", request.getInvitee().getOrganisationName(), "answer", answer,
						"answeredByOther", true, "session", session));
		mailer.send(invitee.getEmail(), invitee.getLocale(), "partnering-answered",
				Map.of("name", invitee.getFullName(), "other", requester.getFullName(), "otherEmail",
						requester.getEmail(), "organisation", request.getRequester().getOrganisationName(), "answer",
						answer, "answeredByOther", false, "session", session));
	}

	/** The others ranked for the viewer by the matching service, with the gaps of the viewer's consortium. */
	private List<ParticipantSuggestion> rank(InfoSession session, PartneringParticipant viewer,
			List<PartneringParticipant> everyone, SignedInUser user) {
		Set<Long> organisationIds = everyone.stream()
			.map(PartneringParticipant::getOrganisationId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		Map<Long, Organisation> registry = organisations.findAllById(organisationIds)
			.stream()
			.collect(Collectors.toMap(Organisation::getId, Function.identity()));
		EligibilityCriteria criteria = session.getCall() == null ? EligibilityCriteria.icon()
				: session.getCall().getEligibility();
		Set<Long> memberIds = new HashSet<>();
		List<ConsortiumCandidate> consortium = new ArrayList<>();
		Optional<Proposal> draft = session.getCall() == null ? Optional.empty()
				: draft(session.getCall().getId(), user.id());
		if (draft.isPresent()) {
			for (ConsortiumMember member : draft.get().getMembers()) {
				memberIds.add(member.getOrganisation().getId());
				consortium.add(candidate(member.getOrganisation()));
			}
		}
		else {
			// Without a draft on the call, the consortium being formed is the viewer's own organisation.
			if (viewer.getOrganisationId() != null) {
				memberIds.add(viewer.getOrganisationId());
			}
			consortium.add(candidate(viewer, registry));
		}
		ConsortiumGap gap = new ConsortiumGap(criteria, consortium);
		List<ParticipantProfile> others = new ArrayList<>();
		for (PartneringParticipant other : everyone) {
			if (other.getId().equals(viewer.getId())) {
				continue;
			}
			boolean member = other.getOrganisationId() != null && memberIds.contains(other.getOrganisationId());
			ConsortiumCandidate candidate = candidate(other, registry);
			others.add(new ParticipantProfile(other.getId(), Set.copyOf(codes(other.getGoals())), other.getOffers(),
					other.getLooksFor(), !member && gap.closedAsRtoBy(candidate),
					!member && gap.closedAsEnterpriseBy(candidate)));
		}
		ParticipantProfile me = new ParticipantProfile(viewer.getId(), Set.copyOf(codes(viewer.getGoals())),
				viewer.getOffers(), viewer.getLooksFor(), false, false);
		return matcher.rank(me, others);
	}

	/** The viewer's latest draft on the call, with its consortium. */
	private Optional<Proposal> draft(long callId, long userId) {
		List<Long> ids = entityManager.createQuery("""
				select p.id from Proposal p where p.call.id = :callId and p.status = :draft
				  and :userId member of p.applicantIds order by p.updatedAt desc""", Long.class)
			.setParameter("callId", callId)
			.setParameter("draft", ProposalStatus.DRAFT)
			.setParameter("userId", userId)
			.setMaxResults(1)
			.getResultList();
		if (ids.isEmpty()) {
			return Optional.empty();
		}
		return entityManager.createQuery("""
				select p from Proposal p left join fetch p.members m left join fetch m.organisation
				where p.id = :id""", Proposal.class).setParameter("id", ids.get(0)).getResultStream().findFirst();
	}

	private static ConsortiumCandidate candidate(Organisation organisation) {
		EnterpriseNumber number = organisation.getEnterpriseNumber();
		return new ConsortiumCandidate(organisation.getName(), organisation.getType(), organisation.getResearchKind(),
				organisation.getCorporateGroup() == null ? null : organisation.getCorporateGroup().getId(),
				organisation.getCorporateGroup() == null ? null : organisation.getCorporateGroup().getName(),
				organisation.getCountry(), organisation.getPostalCode(), number == null ? null : number.digits(), false,
				null);
	}

	private static ConsortiumCandidate candidate(PartneringParticipant participant, Map<Long, Organisation> registry) {
		Organisation organisation = participant.getOrganisationId() == null ? null
				: registry.get(participant.getOrganisationId());
		if (organisation != null) {
			return candidate(organisation);
		}
		return new ConsortiumCandidate(participant.getOrganisationName(), participant.getOrganisationType(), null, null,
				null, participant.getCountry(), participant.getPostalCode(), participant.getEnterpriseNumber(), false,
				null);
	}

	private Map<Long, PortalUser> people(Collection<PartneringParticipant> of) {
		return users.findAllById(of.stream().map(PartneringParticipant::getUserId).toList())
			.stream()
			.collect(Collectors.toMap(PortalUser::getId, Function.identity()));
	}

	private static List<String> codes(Collection<CallGoal> goals) {
		return goals.stream()
			.sorted(Comparator.comparingInt(CallGoal::getPosition))
			.map(CallGoal::getCode)
			.toList();
	}

	private static String name(PortalUser user) {
		return user == null ? "" : user.getFullName();
	}

	private Optional<Registration> registration(long sessionId, SignedInUser user) {
		return registrations.findBySessionIdAndEmail(sessionId, user.email())
			.filter(registration -> registration.getStatus() == RegistrationStatus.CONFIRMED);
	}

	private InfoSession session(long sessionId) {
		return sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("information session", sessionId));
	}

	/** The session's partnering when it is on; a 404 otherwise. */
	private PartneringEvent event(long sessionId) {
		return events.findById(sessionId)
			.filter(PartneringEvent::isEnabled)
			.orElseThrow(() -> new NotFoundException("partnering", sessionId));
	}

	private Event facts(InfoSession session, PartneringEvent event) {
		return new Event(session.getId(), session.getTitle(), session.getStartsAt(), event.getWindowStartsAt(),
				event.getWindowEndsAt(), event.getMeetingMinutes(), event.getRequestLimit(),
				event.takesRequests(clock.instant()), event.getRequestsCloseAt());
	}

	private static LocalTime time(Instant instant) {
		return FreeTimes.time(instant);
	}
}
