package health.flanders.portal.web.partnering;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.support.TransactionTemplate;

import health.flanders.portal.call.Call;
import health.flanders.portal.call.CallGoal;
import health.flanders.portal.call.CallRepository;
import health.flanders.portal.call.organisation.OrganisationType;
import health.flanders.portal.call.partnering.Availability;
import health.flanders.portal.call.partnering.PartneringEvent;
import health.flanders.portal.call.partnering.PartneringEventRepository;
import health.flanders.portal.call.partnering.PartneringParticipant;
import health.flanders.portal.call.partnering.PartneringParticipantRepository;
import health.flanders.portal.call.session.Attendance;
import health.flanders.portal.call.session.InfoSession;
import health.flanders.portal.call.session.InfoSessionRepository;
import health.flanders.portal.call.session.Registration;
import health.flanders.portal.call.session.RegistrationRepository;
import health.flanders.portal.call.session.SessionFormat;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.web.support.TestData;
import health.flanders.portal.web.system.BrusselsTime;

/** Sessions with partnering on, registrations and published profiles, each with its own names. */
@TestComponent
public class PartneringTestData {

	private final InfoSessionRepository sessions;

	private final RegistrationRepository registrations;

	private final PartneringEventRepository events;

	private final PartneringParticipantRepository participants;

	private final CallRepository calls;

	private final TransactionTemplate transaction;

	private final Clock clock;

	PartneringTestData(InfoSessionRepository sessions, RegistrationRepository registrations,
			PartneringEventRepository events, PartneringParticipantRepository participants, CallRepository calls,
			TransactionTemplate transaction, Clock clock) {
		this.sessions = sessions;
		this.registrations = registrations;
		this.events = events;
		this.participants = participants;
		this.calls = calls;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** A week from now, at this Brussels time. */
	public Instant inAWeekAt(LocalTime time) {
		LocalDate day = LocalDate.ofInstant(clock.instant(), BrusselsTime.ZONE).plusDays(7);
		return day.atTime(time).atZone(BrusselsTime.ZONE).toInstant();
	}

	/** An in-person session of this call a week from now, 14:00 to 16:00 in Brussels, without partnering. */
	public InfoSession session(Call call) {
		Instant start = inAWeekAt(LocalTime.of(14, 0));
		return sessions.save(new InfoSession(call, "Partnering " + TestData.unique(), start,
				inAWeekAt(LocalTime.of(16, 0)), SessionFormat.IN_PERSON, "Provinciehuis Leuven",
				"Provincieplein 1, 3010 Leuven", null, 100, clock));
	}

	/** Such a session with partnering on from 16:00 to 18:00, 20-minute meetings, 5 tables and this request limit. */
	public InfoSession withPartnering(Call call, int requestLimit) {
		InfoSession session = session(call);
		PartneringEvent event = new PartneringEvent(session.getId(), clock);
		event.configure(true, inAWeekAt(LocalTime.of(16, 0)), inAWeekAt(LocalTime.of(18, 0)), 20, 5, requestLimit,
				null, clock);
		events.save(event);
		return session;
	}

	/** A confirmed registration of this person for the session. */
	public Registration register(InfoSession session, PortalUser person) {
		return registrations.save(new Registration(session, Attendance.IN_PERSON, person.getFullName(),
				person.getEmail(), "Org", false, Locale.ENGLISH, TestData.unique(), true, clock));
	}

	/** A registered person with a published profile of a new organisation, free the whole window. */
	public PartneringParticipant participant(InfoSession session, PortalUser person, String organisation,
			OrganisationType type, String enterpriseNumber, String offers, String looksFor, String... goalCodes) {
		Registration registration = register(session, person);
		return transaction.execute(status -> {
			PartneringEvent event = events.findById(session.getId()).orElseThrow();
			Call call = calls.findById(session.getCall().getId()).orElseThrow();
			Set<String> codes = Set.copyOf(Arrays.asList(goalCodes));
			Set<CallGoal> goals = call.getGoals()
				.stream()
				.filter(goal -> codes.contains(goal.getCode()))
				.collect(Collectors.toCollection(LinkedHashSet::new));
			PartneringParticipant participant = new PartneringParticipant(session.getId(), registration.getId(),
					person.getId(), clock);
			participant.publish(null, organisation, type, enterpriseNumber, "3000", "BE", offers, looksFor, goals,
					List.of(new Availability(event.getWindowStartsAt(), event.getWindowEndsAt())), event, clock);
			return participants.save(participant);
		});
	}
}
