package health.flanders.portal.web.partnering;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.NotFoundException;
import health.flanders.portal.call.partnering.PartneringEvent;
import health.flanders.portal.call.partnering.PartneringEventRepository;
import health.flanders.portal.call.partnering.PartneringParticipant;
import health.flanders.portal.call.partnering.PartneringParticipantRepository;
import health.flanders.portal.call.partnering.PartneringRequest;
import health.flanders.portal.call.partnering.PartneringRequestRepository;
import health.flanders.portal.call.partnering.ScheduledMeeting;
import health.flanders.portal.call.partnering.ScheduledMeetingRepository;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.PortalUserRepository;

/** Each participant's agenda: their meetings in the session's last schedule, as the page, e-mail and .ics show it. */
@Component
class Agendas {

	private final PartneringEventRepository events;

	private final PartneringRequestRepository requests;

	private final ScheduledMeetingRepository meetings;

	private final PortalUserRepository users;

	private final PartneringParticipantRepository participants;

	Agendas(PartneringEventRepository events, PartneringRequestRepository requests, ScheduledMeetingRepository meetings,
			PortalUserRepository users, PartneringParticipantRepository participants) {
		this.participants = participants;
		this.events = events;
		this.requests = requests;
		this.meetings = meetings;
		this.users = users;
	}

	/**
	 * One meeting of a participant's agenda (its id is the accepted request's); slot times in Brussels on the page,
	 * the table from 1; a meeting left out has no time and table but the scheduler's reason.
	 */
	record AgendaItem(long meetingId, Instant startsAt, Instant endsAt, Integer table, String person, String organisation,
			String videoLink, String unplacedReason) {
	}

	/** The participant's meetings in the last schedule, in order of time, then those left out. */
	@Transactional(readOnly = true)
	public List<AgendaItem> of(long sessionId, long participantId) {
		PartneringEvent event = events.findById(sessionId).orElseThrow(() -> new NotFoundException("partnering", sessionId));
		List<PartneringRequest> mine = requests.findAllOf(participantId);
		Map<Long, ScheduledMeeting> scheduled = meetings
			.findByRequestIdIn(mine.stream().map(PartneringRequest::getId).toList())
			.stream()
			.collect(Collectors.toMap(ScheduledMeeting::getRequestId, Function.identity()));
		Map<Long, PortalUser> people = users
			.findAllById(mine.stream()
				.flatMap(request -> Stream.of(request.getRequester().getUserId(),
						request.getInvitee().getUserId()))
				.distinct()
				.toList())
			.stream()
			.collect(Collectors.toMap(PortalUser::getId, Function.identity()));
		List<AgendaItem> agenda = new ArrayList<>();
		for (PartneringRequest request : mine) {
			ScheduledMeeting meeting = scheduled.get(request.getId());
			if (meeting == null) {
				continue;
			}
			PartneringParticipant other = request.getRequester().getId() == participantId ? request.getInvitee()
					: request.getRequester();
			PortalUser person = people.get(other.getUserId());
			String name = person == null ? "" : person.getFullName();
			agenda.add(meeting.isPlaced()
					? new AgendaItem(request.getId(), event.slotStart(meeting.getSlot()), event.slotEnd(meeting.getSlot()),
							meeting.getTableNumber(), name, other.getOrganisationName(),
							event.videoLink(request.getId()), null)
					: new AgendaItem(request.getId(), null, null, null, name, other.getOrganisationName(), null,
							meeting.getUnplacedReason()));
		}
		agenda.sort(Comparator.comparing(AgendaItem::startsAt, Comparator.nullsLast(Comparator.naturalOrder())));
		return agenda;
	}

	/** The secret of the participant's personal link to their agenda as iCalendar, to show it to them alone. */
	@Transactional(readOnly = true)
	public String linkTokenOf(long participantId) {
		return participants.findById(participantId)
			.orElseThrow(() -> new NotFoundException("partnering participant", participantId))
			.getAgendaToken();
	}
}
