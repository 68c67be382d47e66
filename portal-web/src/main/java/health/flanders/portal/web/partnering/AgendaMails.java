package health.flanders.portal.web.partnering;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.NotFoundException;
import health.flanders.portal.call.partnering.PartneringParticipant;
import health.flanders.portal.call.partnering.PartneringParticipantRepository;
import health.flanders.portal.call.partnering.PartneringRequest;
import health.flanders.portal.call.partnering.PartneringRequestRepository;
import health.flanders.portal.call.session.InfoSession;
import health.flanders.portal.call.session.InfoSessionRepository;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.PortalUserRepository;
import health.flanders.portal.web.mail.Attachment;
import health.flanders.portal.web.mail.Mailer;
import health.flanders.portal.web.partnering.Agendas.AgendaItem;

/**
 * E-mails participants their agenda, in their own language, with the agenda as an .ics attachment and their personal
 * link to it: everyone with a meeting once the session is scheduled, and the two of a meeting moved by hand. Written
 * to the outbox in the caller's transaction, so they leave only once it commits.
 */
@Component
class AgendaMails {

	private final InfoSessionRepository sessions;

	private final PartneringParticipantRepository participants;

	private final PartneringRequestRepository requests;

	private final PortalUserRepository users;

	private final Agendas agendas;

	private final AgendaCalendar calendar;

	private final Mailer mailer;

	AgendaMails(InfoSessionRepository sessions, PartneringParticipantRepository participants,
			PartneringRequestRepository requests, PortalUserRepository users, Agendas agendas, AgendaCalendar calendar,
			Mailer mailer) {
		this.sessions = sessions;
		this.participants = participants;
		this.requests = requests;
		this.users = users;
		this.agendas = agendas;
		this.calendar = calendar;
		this.mailer = mailer;
	}

	/** Every participant with an accepted meeting, placed or not, gets their agenda. */
	@Transactional(propagation = Propagation.MANDATORY)
	void scheduled(long sessionId) {
		InfoSession session = session(sessionId);
		List<PartneringParticipant> everyone = participants.findAllOfSession(sessionId);
		Map<Long, PortalUser> people = people(everyone.stream().map(PartneringParticipant::getUserId));
		for (PartneringParticipant participant : everyone) {
			List<AgendaItem> agenda = agendas.of(sessionId, participant.getId());
			if (!agenda.isEmpty()) {
				send(session, participant, people.get(participant.getUserId()), agenda, "partnering-agenda", null);
			}
		}
	}

	/** The two participants of a meeting moved by hand get their agenda, the moved meeting named first. */
	@Transactional(propagation = Propagation.MANDATORY)
	void moved(long sessionId, long meetingId) {
		InfoSession session = session(sessionId);
		PartneringRequest request = requests.findById(meetingId)
			.orElseThrow(() -> new NotFoundException("partnering meeting", meetingId));
		List<PartneringParticipant> two = List.of(request.getRequester(), request.getInvitee());
		Map<Long, PortalUser> people = people(two.stream().map(PartneringParticipant::getUserId));
		for (PartneringParticipant participant : two) {
			List<AgendaItem> agenda = agendas.of(sessionId, participant.getId());
			AgendaItem moved = agenda.stream().filter(item -> item.meetingId() == meetingId).findFirst().orElseThrow();
			send(session, participant, people.get(participant.getUserId()), agenda, "partnering-moved", moved);
		}
	}

	private void send(InfoSession session, PartneringParticipant participant, PortalUser person,
			List<AgendaItem> agenda, String template, AgendaItem moved) {
		byte[] ics = calendar.of(session.getTitle(), place(session), agenda, person.getLocale());
		Map<String, Object> variables = new HashMap<>(Map.of("name", person.getFullName(), "session", session,
				"agenda", agenda, "token", participant.getAgendaToken()));
		if (moved != null) {
			variables.put("moved", moved);
		}
		mailer.send(person.getEmail(), person.getLocale(), template, variables,
				new Attachment("partnering-agenda.ics", "text/calendar; charset=UTF-8; method=PUBLISH", ics));
	}

	/** Where the session is held, for the calendar's location beside the table. */
	static String place(InfoSession session) {
		return Stream.of(session.getVenue(), session.getRoom())
			.filter(part -> part != null && !part.isBlank())
			.map(String::strip)
			.collect(Collectors.joining(", "));
	}

	private InfoSession session(long sessionId) {
		return sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("information session", sessionId));
	}

	private Map<Long, PortalUser> people(Stream<Long> userIds) {
		return users.findAllById(userIds.distinct().toList())
			.stream()
			.collect(Collectors.toMap(PortalUser::getId, person -> person));
	}
}
