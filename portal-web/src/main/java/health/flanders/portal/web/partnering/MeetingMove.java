package health.flanders.portal.web.partnering;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
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
import health.flanders.portal.matching.partnering.MeetingSchedule;
import health.flanders.portal.matching.partnering.MeetingScheduler;
import health.flanders.portal.matching.partnering.MoveRefusal;
import health.flanders.portal.matching.partnering.PartneringProblem;
import health.flanders.portal.matching.partnering.PlacedMeeting;
import health.flanders.portal.matching.partnering.UnplacedMeeting;
import health.flanders.portal.matching.partnering.UnplacedReason;

/**
 * Staff move a scheduled meeting by hand to another slot and table (or place one the schedule left out), under the
 * scheduler's own rules ({@link MeetingScheduler#checkMove}): nobody in two places, within both availabilities, one
 * meeting per table per slot. The event's row is locked for the move, so moves of one session (and a new schedule,
 * and requests) happen one after the other, each checked against the schedule the one before left; the meeting's
 * version from the form says whether the person moving saw it where it is now. The database's unique index on
 * (session, slot, table) stays the last guard.
 */
@Service
class MeetingMove {

	private final PartneringEventRepository events;

	private final PartneringParticipantRepository participants;

	private final PartneringRequestRepository requests;

	private final ScheduledMeetingRepository meetings;

	private final AgendaMails agendaMails;

	private final MeetingScheduler scheduler = new MeetingScheduler();

	private final Clock clock;

	MeetingMove(PartneringEventRepository events, PartneringParticipantRepository participants,
			PartneringRequestRepository requests, ScheduledMeetingRepository meetings, AgendaMails agendaMails,
			Clock clock) {
		this.events = events;
		this.participants = participants;
		this.requests = requests;
		this.meetings = meetings;
		this.agendaMails = agendaMails;
		this.clock = clock;
	}

	/** Why a move was refused, in words for the field it concerns ({@code slot} or {@code table}). */
	record Refused(String field, String code, Object[] arguments) {
	}

	/**
	 * Moves the meeting to the slot (0 at the window's start) and table (from 1), e-mailing its two participants their
	 * agenda; or says why not, changing nothing.
	 * @throws ObjectOptimisticLockingFailureException when the meeting changed since {@code version} was read
	 */
	@Transactional
	Optional<Refused> move(long sessionId, long meetingId, long version, int slot, int table) {
		PartneringEvent event = events.findForUpdate(sessionId)
			.filter(PartneringEvent::isEnabled)
			.orElseThrow(() -> new NotFoundException("partnering", sessionId));
		ScheduledMeeting meeting = meetings.findById(meetingId)
			.filter(row -> row.getSessionId() == sessionId)
			.orElseThrow(() -> new NotFoundException("partnering meeting", meetingId));
		if (meeting.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(ScheduledMeeting.class, meetingId);
		}
		List<PartneringRequest> accepted = requests.findAcceptedOfSession(sessionId);
		List<PartneringParticipant> everyone = participants.findAllOfSession(sessionId);
		PartneringProblem problem = PartneringSchedule.problem(event, accepted, everyone);
		List<ScheduledMeeting> rows = meetings.findBySessionIdOrderBySlotAscTableNumberAsc(sessionId);
		Optional<MoveRefusal> refusal = scheduler.checkMove(problem, schedule(rows), meetingId, slot, table - 1);
		if (refusal.isPresent()) {
			return Optional.of(inWords(refusal.get(), event, accepted, everyone, table));
		}
		meeting.moveTo(slot, table, clock);
		meetings.flush();
		agendaMails.moved(sessionId, meetingId);
		return Optional.empty();
	}

	/** The stored schedule in the scheduler's terms (tables from 0). */
	private static MeetingSchedule schedule(List<ScheduledMeeting> rows) {
		return new MeetingSchedule(
				rows.stream()
					.filter(ScheduledMeeting::isPlaced)
					.map(row -> new PlacedMeeting(row.getRequestId(), row.getSlot(), row.getTableNumber() - 1))
					.toList(),
				rows.stream()
					.filter(row -> !row.isPlaced())
					.map(row -> new UnplacedMeeting(row.getRequestId(), UnplacedReason.valueOf(row.getUnplacedReason())))
					.toList());
	}

	private static Refused inWords(MoveRefusal refusal, PartneringEvent event, List<PartneringRequest> accepted,
			List<PartneringParticipant> everyone, int table) {
		Map<Long, PartneringParticipant> byId = everyone.stream()
			.collect(Collectors.toMap(PartneringParticipant::getId, Function.identity()));
		Map<Long, PartneringRequest> requestsById = accepted.stream()
			.collect(Collectors.toMap(PartneringRequest::getId, Function.identity()));
		String code = "partnering.move.refused." + refusal.reason().name();
		return switch (refusal.reason()) {
			case UNKNOWN_MEETING, NO_SUCH_SLOT -> new Refused("slot", code, new Object[0]);
			case NO_SUCH_TABLE -> new Refused("table", code, new Object[] { event.getTableCount() });
			case PARTICIPANT_UNAVAILABLE -> new Refused("slot", code,
					new Object[] { byId.get(refusal.participantId()).getOrganisationName() });
			case PARTICIPANT_BUSY -> {
				PartneringRequest other = requestsById.get(refusal.otherRequestId());
				long busy = refusal.participantId();
				PartneringParticipant partner = other.getRequester().getId() == busy ? other.getInvitee()
						: other.getRequester();
				yield new Refused("slot", code,
						new Object[] { byId.get(busy).getOrganisationName(), partner.getOrganisationName() });
			}
			case TABLE_TAKEN -> {
				PartneringRequest other = requestsById.get(refusal.otherRequestId());
				yield new Refused("table", code, new Object[] { table, other.getRequester().getOrganisationName(),
						other.getInvitee().getOrganisationName() });
			}
		};
	}
}
