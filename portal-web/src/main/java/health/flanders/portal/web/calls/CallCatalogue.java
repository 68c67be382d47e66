package health.flanders.portal.web.calls;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.CallNotFoundException;
import health.flanders.portal.call.CallPhase;
import health.flanders.portal.call.CallRepository;

/**
 * The published calls as readers see them, in their language and in their phase at this instant: every call but
 * drafts, which do not exist for readers. Lists show open calls first (the nearest deadline first), then upcoming
 * ones (the nearest opening first), then closed, in evaluation and decided ones (the latest deadline first).
 */
@Service
@Transactional(readOnly = true)
public class CallCatalogue {

	private static final Comparator<CallView> LIST_ORDER = Comparator
		.comparingInt((CallView call) -> call.phase().listOrder())
		.thenComparing(call -> switch (call.phase()) {
			case OPEN -> call.deadline().toEpochMilli();
			case PUBLISHED -> call.opensAt().toEpochMilli();
			default -> -call.deadline().toEpochMilli();
		})
		.thenComparing(CallView::id);

	private final CallRepository calls;

	private final Clock clock;

	CallCatalogue(CallRepository calls, Clock clock) {
		this.calls = calls;
		this.clock = clock;
	}

	public List<CallView> published(Locale locale) {
		Instant now = clock.instant();
		return calls.findPublished().stream().map(call -> CallView.of(call, locale, now)).sorted(LIST_ORDER).toList();
	}

	/** The calls that take proposals now, the nearest deadline first. */
	public List<CallView> open(Locale locale) {
		return published(locale).stream().filter(call -> call.phase() == CallPhase.OPEN).toList();
	}

	public CallView published(long id, Locale locale) {
		Instant now = clock.instant();
		return calls.findWithGoalsById(id)
			.map(call -> CallView.of(call, locale, now))
			.filter(call -> call.phase().isPublic())
			.orElseThrow(() -> new CallNotFoundException(id));
	}

	/** Any call, drafts included, as the public would see it once published: for staff's preview. */
	public CallView preview(long id, Locale locale) {
		return calls.findWithGoalsById(id)
			.map(call -> CallView.of(call, locale, clock.instant()))
			.orElseThrow(() -> new CallNotFoundException(id));
	}
}
