package health.flanders.portal.web.evaluation;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.Call;
import health.flanders.portal.call.CallNotFoundException;
import health.flanders.portal.call.CallRepository;

/**
 * How far the reviews of a call have come, per proposal and per reviewer: the read model of the progress page. Every
 * assigned pair counts once, by where it stands; pairs in conflict are left out, as they are everywhere else. One
 * query reads all pairs of the call.
 */
@Service
public class ReviewProgress {

	/** Where one assigned pair stands, the furthest state first. */
	public enum PairState {
		/** The reviewer declined the assignment. */
		DECLINED,
		/** The review is submitted. */
		DONE,
		/** A draft of the review is saved. */
		STARTED,
		/** The reviewer opened the proposal but saved nothing yet. */
		OPENED,
		/** The reviewer has not opened the proposal. */
		NOT_OPENED
	}

	private final JdbcClient jdbc;

	private final CallRepository calls;

	ReviewProgress(JdbcClient jdbc, CallRepository calls) {
		this.jdbc = jdbc;
		this.calls = calls;
	}

	/** The call's progress: its review deadline, and the counts per proposal (by acronym) and per reviewer (by name). */
	public record Progress(long callId, String code, String title, Instant reviewDeadline, List<Tally> proposals,
			List<Tally> reviewers) {
	}

	/**
	 * The pairs of one proposal or one reviewer by state. The reviews still expected are those not declined; the bar
	 * shows how many of them are done.
	 */
	public record Tally(long id, String name, int done, int started, int opened, int notOpened, int declined) {

		public int expected() {
			return done + started + opened + notOpened;
		}

		/** The share done, in whole percents rounded down to a step of five, for the bar's width. */
		public int percentDone() {
			return expected() == 0 ? 0 : done * 100 / expected() / 5 * 5;
		}

		Tally plus(PairState state) {
			return new Tally(id, name, done + (state == PairState.DONE ? 1 : 0),
					started + (state == PairState.STARTED ? 1 : 0), opened + (state == PairState.OPENED ? 1 : 0),
					notOpened + (state == PairState.NOT_OPENED ? 1 : 0), declined + (state == PairState.DECLINED ? 1 : 0));
		}
	}

	private record Pair(long proposalId, String acronym, long reviewerId, String reviewer, PairState state) {
	}

	@Transactional(readOnly = true)
	public Progress of(long callId) {
		Call call = calls.findById(callId).orElseThrow(() -> new CallNotFoundException(callId));
		List<Pair> pairs = jdbc.sql("""
				select p.id as proposal_id, p.acronym, u.id as reviewer_id, u.full_name,
				       case when a.response = 'DECLINED' then 'DECLINED'
				            when r.status = 'SUBMITTED' then 'DONE'
				            when r.status = 'DRAFT' then 'STARTED'
				            when a.opened_at is not null then 'OPENED'
				            else 'NOT_OPENED' end as state
				from review_assignments a
				join proposals p on p.id = a.proposal_id
				join users u on u.id = a.reviewer_id
				left join reviews r on r.proposal_id = a.proposal_id and r.reviewer_id = a.reviewer_id
				where p.call_id = ?
				  and not exists (select 1 from reviewer_conflicts x where x.proposal_id = a.proposal_id
				                  and x.reviewer_id = a.reviewer_id)""")
			.param(callId)
			.query((rs, row) -> new Pair(rs.getLong("proposal_id"), rs.getString("acronym"), rs.getLong("reviewer_id"),
					rs.getString("full_name"), PairState.valueOf(rs.getString("state"))))
			.list();
		return new Progress(callId, call.getCode(), call.getTitle(LocaleContextHolder.getLocale()),
				call.getReviewDeadline(), tally(pairs, pair -> new Tally(pair.proposalId(), pair.acronym(), 0, 0, 0, 0, 0)),
				tally(pairs, pair -> new Tally(pair.reviewerId(), pair.reviewer(), 0, 0, 0, 0, 0)));
	}

	/** The pairs counted by what {@code empty} names them by (proposal or reviewer), in the order of those names. */
	private static List<Tally> tally(List<Pair> pairs, Function<Pair, Tally> empty) {
		Map<Long, Tally> tallies = new LinkedHashMap<>();
		for (Pair pair : pairs) {
			Tally start = empty.apply(pair);
			tallies.merge(start.id(), start.plus(pair.state()), (counted, one) -> counted.plus(pair.state()));
		}
		return tallies.values()
			.stream()
			.sorted(Comparator.comparing(Tally::name, String.CASE_INSENSITIVE_ORDER).thenComparingLong(Tally::id))
			.toList();
	}
}
