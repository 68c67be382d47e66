package health.flanders.portal.web.partnering;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.NotFoundException;
import health.flanders.portal.call.partnering.Availability;
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
import health.flanders.portal.matching.partnering.MeetingRequest;
import health.flanders.portal.matching.partnering.MeetingSchedule;
import health.flanders.portal.matching.partnering.MeetingScheduler;
import health.flanders.portal.matching.partnering.PartneringProblem;
import health.flanders.portal.matching.partnering.PlacedMeeting;
import health.flanders.portal.matching.partnering.UnplacedMeeting;

/**
 * The schedule of a session's accepted meetings: an admin closes the requests (or they close by themselves at the
 * instant the admin set, {@link RequestClosings}) and the matching service's scheduler
 * places the meetings in slots and at tables, each within both participants' availability; each participant then sees
 * their agenda ({@link Agendas}), and is e-mailed it.
 */
@Service
class PartneringSchedule {

	private final PartneringEventRepository events;

	private final PartneringParticipantRepository participants;

	private final PartneringRequestRepository requests;

	private final ScheduledMeetingRepository meetings;

	private final PortalUserRepository users;

	private final MeetingScheduler scheduler = new MeetingScheduler();

	private final AgendaMails agendaMails;

	private final Clock clock;

	PartneringSchedule(PartneringEventRepository events, PartneringParticipantRepository participants,
			PartneringRequestRepository requests, ScheduledMeetingRepository meetings, PortalUserRepository users,
			AgendaMails agendaMails, Clock clock) {
		this.agendaMails = agendaMails;
		this.events = events;
		this.participants = participants;
		this.requests = requests;
		this.meetings = meetings;
		this.users = users;
		this.clock = clock;
	}

	/** How the last schedule came out, for the admin. */
	record Outcome(int placed, List<Unplaced> unplaced) {
	}

	/** An accepted meeting the schedule could not hold, between these two, with the scheduler's reason. */
	record Unplaced(String first, String second, String reason) {
	}

	/**
	 * Closes the requests and schedules the accepted meetings, replacing an earlier schedule. The event's row is
	 * locked, so no request or answer is written meanwhile and two admins do not schedule at once.
	 */
	@Transactional
	Outcome schedule(long sessionId) {
		PartneringEvent event = events.findForUpdate(sessionId)
			.filter(PartneringEvent::isEnabled)
			.orElseThrow(() -> new NotFoundException("partnering", sessionId));
		return schedule(event);
	}

	/**
	 * Closes the requests and schedules, as an admin's {@link #schedule(long)}, when their automatic closing has come
	 * and they are still open; otherwise does nothing and says so (empty). The check is made on the locked row, so of
	 * two runs that meet, or a run and an admin's close, the second finds the requests closed and leaves them.
	 */
	@Transactional
	Optional<Outcome> closeIfDue(long sessionId) {
		return events.findForUpdate(sessionId)
			.filter(event -> event.closesAutomaticallyBy(clock.instant()))
			.map(this::schedule);
	}

	private Outcome schedule(PartneringEvent event) {
		long sessionId = event.getSessionId();
		event.closeRequests(clock);
		List<PartneringRequest> accepted = requests.findAcceptedOfSession(sessionId);
		List<PartneringParticipant> everyone = participants.findAllOfSession(sessionId);
		MeetingSchedule schedule = scheduler.schedule(problem(event, accepted, everyone));
		meetings.deleteOfSession(sessionId);
		List<ScheduledMeeting> rows = new ArrayList<>();
		for (PlacedMeeting placed : schedule.placed()) {
			rows.add(ScheduledMeeting.placed(placed.requestId(), sessionId, placed.slot(), placed.table() + 1, clock));
		}
		for (UnplacedMeeting unplaced : schedule.unplaced()) {
			rows.add(ScheduledMeeting.unplaced(unplaced.requestId(), sessionId, unplaced.reason().name(), clock));
		}
		meetings.saveAll(rows);
		meetings.flush();
		agendaMails.scheduled(sessionId);
		return outcome(sessionId);
	}

	/**
	 * The scheduler's problem of a session: its slots and tables, each participant's free slots (a slot counts when
	 * one of their periods holds it whole), the accepted requests in order of priority.
	 */
	static PartneringProblem problem(PartneringEvent event, List<PartneringRequest> accepted,
			List<PartneringParticipant> everyone) {
		int slots = event.slots();
		Map<Long, BitSet> availability = new HashMap<>();
		for (PartneringParticipant participant : everyone) {
			BitSet free = new BitSet(slots);
			for (int slot = 0; slot < slots; slot++) {
				Instant start = event.slotStart(slot);
				Instant end = event.slotEnd(slot);
				for (Availability period : participant.getAvailability()) {
					if (!period.startsAt().isAfter(start) && !period.endsAt().isBefore(end)) {
						free.set(slot);
					}
				}
			}
			availability.put(participant.getId(), free);
		}
		List<MeetingRequest> problemRequests = accepted.stream()
			.map(request -> new MeetingRequest(request.getId(), request.getRequester().getId(),
					request.getInvitee().getId()))
			.toList();
		return new PartneringProblem(slots, event.getTableCount(), availability, problemRequests);
	}

	/** The last schedule of the session: how many placed, and those left out with their reasons; empty before one. */
	@Transactional(readOnly = true)
	Outcome outcome(long sessionId) {
		List<ScheduledMeeting> rows = meetings.findBySessionIdOrderBySlotAscTableNumberAsc(sessionId);
		Map<Long, PartneringRequest> byId = requests
			.findAllById(rows.stream().filter(row -> !row.isPlaced()).map(ScheduledMeeting::getRequestId).toList())
			.stream()
			.collect(Collectors.toMap(PartneringRequest::getId, Function.identity()));
		List<Unplaced> unplaced = rows.stream().filter(row -> !row.isPlaced()).map(row -> {
			PartneringRequest request = byId.get(row.getRequestId());
			return new Unplaced(request.getRequester().getOrganisationName(),
					request.getInvitee().getOrganisationName(), row.getUnplacedReason());
		}).toList();
		return new Outcome((int) rows.stream().filter(ScheduledMeeting::isPlaced).count(), unplaced);
	}
}
