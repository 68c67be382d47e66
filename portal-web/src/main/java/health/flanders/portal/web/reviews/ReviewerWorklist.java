package health.flanders.portal.web.reviews;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.proposal.ProposalNotFoundException;

/**
 * The reviewer's list, a read model: each proposal assigned to them in a released call, and the step they are at on
 * it. A reviewer answers an assignment, declares their conflicts, accepts the call's confidentiality undertaking, and
 * only then reads and reviews. A proposal they are in conflict with is not on the list; one they declined is, without
 * a way in.
 */
@Service
@Transactional(readOnly = true)
public class ReviewerWorklist {

	private static final String ASSIGNMENTS = """
			select p.id, p.acronym, p.title, c.code, c.id, a.response, d.proposal_id is not null,
			       exists (select 1 from reviewer_undertakings u where u.call_id = c.id and u.reviewer_id = a.reviewer_id),
			       r.status
			from review_assignments a
			join proposals p on p.id = a.proposal_id
			join calls c on c.id = p.call_id
			left join conflict_declarations d on d.proposal_id = a.proposal_id and d.reviewer_id = a.reviewer_id
			left join reviews r on r.proposal_id = a.proposal_id and r.reviewer_id = a.reviewer_id
			where a.reviewer_id = :reviewer and c.assignment_released_at is not null
			  and not exists (select 1 from reviewer_conflicts x
			                  where x.proposal_id = a.proposal_id and x.reviewer_id = a.reviewer_id)
			""";

	private final JdbcClient jdbc;

	ReviewerWorklist(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Where a reviewer is on an assigned proposal, in the order they go. */
	public enum Step {
		/** Not answered yet: accept or decline. */
		RESPOND,
		/** Declined: nothing more to do, nothing to read. */
		DECLINED,
		/** Accepted: declare conflicts of interest, seeing acronym, title and consortium only. */
		DECLARE,
		/** No conflict: accept the call's confidentiality undertaking before any text. */
		UNDERTAKE,
		/** Reading and reviewing, the review a draft or not started. */
		DRAFT,
		/** The review is submitted. */
		SUBMITTED;

		/** Whether the proposal's text and files are shown at this step. */
		public boolean reading() {
			return this == DRAFT || this == SUBMITTED;
		}
	}

	/** A proposal on a reviewer's list. */
	public record Line(long proposalId, String acronym, String title, String call, long callId, Step step) {
	}

	/** The reviewer's assigned proposals, declined ones included, by call and acronym. */
	public List<Line> of(long reviewerId) {
		return jdbc.sql(ASSIGNMENTS + "order by c.code, p.acronym")
			.param("reviewer", reviewerId)
			.query(ReviewerWorklist::line)
			.list();
	}

	/**
	 * Where the reviewer is on a proposal they may open.
	 * @throws ProposalNotFoundException when it is not assigned to them in a released call, they are in conflict with
	 * it, or they declined it
	 */
	public Line reach(long proposalId, long reviewerId) {
		return jdbc.sql(ASSIGNMENTS + "and a.proposal_id = :proposal")
			.param("reviewer", reviewerId)
			.param("proposal", proposalId)
			.query(ReviewerWorklist::line)
			.optional()
			.filter(line -> line.step() != Step.DECLINED)
			.orElseThrow(() -> new ProposalNotFoundException(proposalId));
	}

	/**
	 * Where the reviewer is on a proposal whose text they may read.
	 * @throws ProposalNotFoundException when they may not open it, or may not read it yet
	 */
	public Line reading(long proposalId, long reviewerId) {
		Line line = reach(proposalId, reviewerId);
		if (!line.step().reading()) {
			throw new ProposalNotFoundException(proposalId);
		}
		return line;
	}

	private static Line line(ResultSet rs, int row) throws SQLException {
		Step step;
		if ("DECLINED".equals(rs.getString(6))) {
			step = Step.DECLINED;
		}
		else if ("PENDING".equals(rs.getString(6))) {
			step = Step.RESPOND;
		}
		else if (!rs.getBoolean(7)) {
			step = Step.DECLARE;
		}
		else if (!rs.getBoolean(8)) {
			step = Step.UNDERTAKE;
		}
		else {
			step = "SUBMITTED".equals(rs.getString(9)) ? Step.SUBMITTED : Step.DRAFT;
		}
		return new Line(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5), step);
	}
}
