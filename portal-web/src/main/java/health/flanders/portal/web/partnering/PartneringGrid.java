package health.flanders.portal.web.partnering;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.NotFoundException;
import health.flanders.portal.call.partnering.PartneringEvent;
import health.flanders.portal.call.partnering.PartneringEventRepository;
import health.flanders.portal.call.partnering.PartneringParticipant;
import health.flanders.portal.call.partnering.PartneringRequest;
import health.flanders.portal.call.partnering.PartneringRequestRepository;
import health.flanders.portal.call.partnering.ScheduledMeeting;
import health.flanders.portal.call.partnering.ScheduledMeetingRepository;
import health.flanders.portal.call.session.InfoSessionRepository;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.PortalUserRepository;

/**
 * A session's schedule as staff see it: the grid of tables and slots, one card per table to print, and each meeting
 * with the times and tables it may be moved to.
 */
@Service
class PartneringGrid {

	private final InfoSessionRepository sessions;

	private final PartneringEventRepository events;

	private final PartneringRequestRepository requests;

	private final ScheduledMeetingRepository meetings;

	private final PortalUserRepository users;

	PartneringGrid(InfoSessionRepository sessions, PartneringEventRepository events,
			PartneringRequestRepository requests, ScheduledMeetingRepository meetings, PortalUserRepository users) {
		this.sessions = sessions;
		this.events = events;
		this.requests = requests;
		this.meetings = meetings;
		this.users = users;
	}

	/** A slot of the window (0 at its start), in Brussels time on the page. */
	record Slot(int index, Instant startsAt, Instant endsAt) {
	}

	/** A meeting of the schedule: its two sides, where it is (or why not), and its version for a move. */
	record Meeting(long id, String first, String firstOrganisation, String second, String secondOrganisation,
			Integer slot, Integer table, String unplacedReason, long version) {
	}

	/** A table's row of the grid: the meeting in each slot, or null where it is free. */
	record TableRow(int table, List<Meeting> bySlot) {

		/** The slots where the table has a meeting, for its card. */
		public List<Meeting> meetings() {
			return bySlot.stream().filter(meeting -> meeting != null).toList();
		}
	}

	record Grid(long sessionId, String title, List<Slot> slots, List<TableRow> tables, List<Meeting> unplaced) {

		public boolean isEmpty() {
			return tables.stream().allMatch(row -> row.meetings().isEmpty()) && unplaced.isEmpty();
		}

		public Slot slot(int index) {
			return slots.get(index);
		}
	}

	@Transactional(readOnly = true)
	Grid of(long sessionId) {
		PartneringEvent event = event(sessionId);
		List<Meeting> all = meetings(sessionId);
		List<Slot> slots = new ArrayList<>();
		for (int slot = 0; slot < event.slots(); slot++) {
			slots.add(new Slot(slot, event.slotStart(slot), event.slotEnd(slot)));
		}
		List<TableRow> tables = new ArrayList<>();
		for (int table = 1; table <= event.getTableCount(); table++) {
			Meeting[] bySlot = new Meeting[slots.size()];
			for (Meeting meeting : all) {
				if (meeting.table() != null && meeting.table() == table && meeting.slot() < bySlot.length) {
					bySlot[meeting.slot()] = meeting;
				}
			}
			tables.add(new TableRow(table, Arrays.asList(bySlot)));
		}
		List<Meeting> unplaced = all.stream().filter(meeting -> meeting.slot() == null).toList();
		return new Grid(sessionId, title(sessionId), slots, tables, unplaced);
	}

	/** One meeting of the session's schedule; another session's, or one not scheduled, is not found. */
	@Transactional(readOnly = true)
	Meeting meeting(long sessionId, long meetingId) {
		event(sessionId);
		return meetings(sessionId).stream()
			.filter(meeting -> meeting.id() == meetingId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("partnering meeting", meetingId));
	}

	private List<Meeting> meetings(long sessionId) {
		List<ScheduledMeeting> rows = meetings.findBySessionIdOrderBySlotAscTableNumberAsc(sessionId);
		Map<Long, PartneringRequest> byId = requests
			.findAllById(rows.stream().map(ScheduledMeeting::getRequestId).toList())
			.stream()
			.collect(Collectors.toMap(PartneringRequest::getId, Function.identity()));
		Map<Long, PortalUser> people = users
			.findAllById(byId.values()
				.stream()
				.flatMap(request -> Stream.of(request.getRequester().getUserId(), request.getInvitee().getUserId()))
				.distinct()
				.toList())
			.stream()
			.collect(Collectors.toMap(PortalUser::getId, Function.identity()));
		return rows.stream().map(row -> {
			PartneringRequest request = byId.get(row.getRequestId());
			PartneringParticipant first = request.getRequester();
			PartneringParticipant second = request.getInvitee();
			return new Meeting(row.getRequestId(), name(people, first), first.getOrganisationName(),
					name(people, second), second.getOrganisationName(), row.getSlot(), row.getTableNumber(),
					row.getUnplacedReason(), row.getVersion());
		}).toList();
	}

	private static String name(Map<Long, PortalUser> people, PartneringParticipant participant) {
		PortalUser person = people.get(participant.getUserId());
		return person == null ? "" : person.getFullName();
	}

	private PartneringEvent event(long sessionId) {
		return events.findById(sessionId)
			.filter(PartneringEvent::isEnabled)
			.orElseThrow(() -> new NotFoundException("partnering", sessionId));
	}

	private String title(long sessionId) {
		return sessions.findById(sessionId)
			.orElseThrow(() -> new NotFoundException("information session", sessionId))
			.getTitle();
	}
}
