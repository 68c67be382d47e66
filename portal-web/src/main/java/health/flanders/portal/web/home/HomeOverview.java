package health.flanders.portal.web.home;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import health.flanders.portal.call.organisation.ValueChainPlace;
import health.flanders.portal.web.calls.CallCatalogue;
import health.flanders.portal.web.calls.CallView;
import health.flanders.portal.web.connect.EcosystemMap;
import health.flanders.portal.web.sessions.InfoSessionSchedule;
import health.flanders.portal.web.sessions.InfoSessionView;

/**
 * What the home page shows at one instant: the open calls with the time left, the next few information sessions with
 * their seats, and the ecosystem map in numbers (the map's own kept picture, so it costs no count per page).
 */
@Service
class HomeOverview {

	/** How many of the next information sessions the home page shows; the sessions page has them all. */
	static final int SESSIONS = 3;

	private final CallCatalogue calls;

	private final InfoSessionSchedule sessions;

	private final EcosystemMap map;

	private final MessageSource messages;

	private final Clock clock;

	HomeOverview(CallCatalogue calls, InfoSessionSchedule sessions, EcosystemMap map, MessageSource messages,
			Clock clock) {
		this.calls = calls;
		this.sessions = sessions;
		this.map = map;
		this.messages = messages;
		this.clock = clock;
	}

	/** An open call and the time left until its deadline, in words of the reader's language. */
	record OpenCall(CallView call, String timeLeft) {
	}

	/** A place of the value chain ({@code null}: none given), its organisations and its bar, 0 to 100 long. */
	record Place(ValueChainPlace place, long organisations, int bar) {
	}

	/**
	 * @param published the number of published calls, open or not, for the link to them all
	 * @param evaluationCall the call whose page explains evaluation and decision: the first open one, else the first
	 * published one, {@code null} when there is none
	 */
	record Overview(Instant now, List<OpenCall> openCalls, int published, Long evaluationCall,
			List<InfoSessionView> sessions, long organisations, List<Place> places) {
	}

	Overview at(Locale locale) {
		Instant now = clock.instant();
		List<CallView> published = calls.published(locale);
		List<OpenCall> open = published.stream()
			.filter(CallView::takesProposals)
			.map(call -> new OpenCall(call, messages.getMessage(TimeLeft.until(call.deadline(), now), locale)))
			.toList();
		Long evaluationCall = published.isEmpty() ? null : published.get(0).id();
		List<InfoSessionView> next = sessions.upcoming()
			.stream()
			.filter(session -> !session.cancelled() && !session.isPast(now))
			.limit(SESSIONS)
			.toList();
		EcosystemMap.Picture picture = map.whole();
		long most = picture.rows().stream().mapToLong(EcosystemMap.Row::total).max().orElse(0);
		List<Place> places = picture.rows()
			.stream()
			.map(row -> new Place(row.place(), row.total(),
					most == 0 ? 0 : (int) Math.round(row.total() * 100.0 / most)))
			.toList();
		return new Overview(now, open, published.size(), evaluationCall, next, picture.organisations(), places);
	}
}
