package health.flanders.portal.web.partnering;

import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.partnering.PartneringParticipantRepository;
import health.flanders.portal.call.session.InfoSessionRepository;
import health.flanders.portal.call.user.PortalUserRepository;

/**
 * A participant's agenda as iCalendar by their personal link, for a calendar that cannot sign in: the token alone says
 * whose it is. A token of no participant of the session gives nothing, the same as a session without partnering.
 */
@Service
class AgendaFeed {

	/** The shape of every token the portal or the database writes; anything else is not looked up. */
	private static final Pattern TOKEN = Pattern.compile("[0-9a-f]{64}");

	private final PartneringParticipantRepository participants;

	private final InfoSessionRepository sessions;

	private final PortalUserRepository users;

	private final Agendas agendas;

	private final AgendaCalendar calendar;

	AgendaFeed(PartneringParticipantRepository participants, InfoSessionRepository sessions, PortalUserRepository users,
			Agendas agendas, AgendaCalendar calendar) {
		this.participants = participants;
		this.sessions = sessions;
		this.users = users;
		this.agendas = agendas;
		this.calendar = calendar;
	}

	/** The agenda in its owner's language, or empty when the token is not one of the session's participants'. */
	@Transactional(readOnly = true)
	Optional<byte[]> of(long sessionId, String token) {
		if (token == null || !TOKEN.matcher(token).matches()) {
			return Optional.empty();
		}
		return participants.findBySessionIdAndAgendaToken(sessionId, token).flatMap(participant -> sessions
			.findById(sessionId)
			.flatMap(session -> users.findById(participant.getUserId())
				.map(owner -> calendar.of(session.getTitle(), AgendaMails.place(session),
						agendas.of(sessionId, participant.getId()), owner.getLocale()))));
	}
}
