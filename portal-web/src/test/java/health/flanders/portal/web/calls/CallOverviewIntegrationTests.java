package health.flanders.portal.web.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import health.flanders.portal.call.Call;
import health.flanders.portal.call.proposal.Proposal;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.staff.EligibilityOverrides;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;

/**
 * The lists of calls read each proposal's tally (V32), which triggers keep in step with the proposal, its
 * consortium, its submitted versions and staff's eligibility decision; the figures are those the sources give.
 */
@PortalIntegrationTest
class CallOverviewIntegrationTests {

	@Autowired
	CallOverview overview;

	@Autowired
	EligibilityOverrides overrides;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCallsFiguresFollowItsProposalsTheirConsortiaVersionsAndStaffsDecisions() {
		Call call = data.openCall();
		PortalUser applicant = data.user(Role.APPLICANT);
		PortalUser staff = data.user(Role.STAFF);
		Proposal draft = data.proposal(call, applicant, "DRAFTY", data.flemishEnterprise("Drafty NV", null),
				data.university("Drafty University"));
		assertThat(row(call)).extracting(CallOverview.Row::drafts, CallOverview.Row::submitted,
				CallOverview.Row::eligible, CallOverview.Row::requestedEur)
			.containsExactly(1, 0, 0, new BigDecimal("0"));

		Proposal submitted = data.submittedProposal(call, applicant, "SUBBY");
		assertThat(row(call)).extracting(CallOverview.Row::drafts, CallOverview.Row::submitted,
				CallOverview.Row::eligible, CallOverview.Row::requestedEur)
			.containsExactly(1, 1, 1, new BigDecimal("800000.00"));

		overrides.override(submitted.getId(), false, "The university left the consortium.", 0, staff.getId(),
				staff.getEmail());
		assertThat(row(call).eligible()).isZero();
		overrides.clear(submitted.getId(), 1, staff.getId(), staff.getEmail());
		assertThat(row(call).eligible()).isOne();

		jdbc.sql("""
				insert into proposal_versions (proposal_id, number, submitted_at, submitted_by, content)
				select proposal_id, number + 1, submitted_at, submitted_by, '{"eligible": false}'::jsonb
				from proposal_versions where proposal_id = ? order by number desc limit 1""")
			.param(submitted.getId())
			.update();
		assertThat(row(call).eligible()).as("the latest version counts").isZero();

		jdbc.sql("update consortium_members set requested_budget_eur = 100000 where proposal_id = ?")
			.param(submitted.getId())
			.update();
		jdbc.sql("delete from consortium_members where id = (select min(id) from consortium_members where proposal_id = ?)")
			.param(submitted.getId())
			.update();
		assertThat(row(call).requestedEur()).isEqualByComparingTo("300000");

		jdbc.sql("update proposals set status = 'WITHDRAWN' where id = ?").param(submitted.getId()).update();
		jdbc.sql("delete from proposals where id = ?").param(draft.getId()).update();
		assertThat(row(call)).extracting(CallOverview.Row::drafts, CallOverview.Row::submitted,
				CallOverview.Row::eligible, CallOverview.Row::requestedEur)
			.containsExactly(0, 0, 0, new BigDecimal("0"));
	}

	@Test
	void everyCallsTallyAgreesWithWhatItsProposalsSay() {
		Call call = data.openCall();
		data.submittedProposal(call, data.user(Role.APPLICANT), "AGREE");
		Map<Long, List<Object>> fromSources = jdbc.sql("""
				select c.id,
				       (select count(*) from proposals p where p.call_id = c.id and p.status = 'DRAFT') as drafts,
				       (select count(*) from proposals p where p.call_id = c.id
				        and p.status in ('SUBMITTED', 'IN_EVALUATION', 'FUNDED', 'NOT_FUNDED')) as submitted,
				       (select count(*) from proposals p left join eligibility_overrides o on o.proposal_id = p.id
				        where p.call_id = c.id and p.status in ('SUBMITTED', 'IN_EVALUATION', 'FUNDED', 'NOT_FUNDED')
				        and coalesce(o.eligible, (select (v.content ->> 'eligible')::boolean from proposal_versions v
				                                  where v.proposal_id = p.id order by v.number desc limit 1), false))
				           as eligible,
				       (select coalesce(sum(m.requested_budget_eur), 0) from proposals p
				        join consortium_members m on m.proposal_id = p.id
				        where p.call_id = c.id and p.status in ('SUBMITTED', 'IN_EVALUATION', 'FUNDED', 'NOT_FUNDED'))
				           as requested
				from calls c""")
			.query((rs, row) -> Map.entry(rs.getLong("id"), List.<Object>of(rs.getInt("drafts"), rs.getInt("submitted"),
					rs.getInt("eligible"), rs.getBigDecimal("requested").stripTrailingZeros())))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		Map<Long, List<Object>> listed = overview.all(Locale.ENGLISH)
			.stream()
			.collect(Collectors.toMap(CallOverview.Row::id, row -> List.<Object>of(row.drafts(), row.submitted(),
					row.eligible(), row.requestedEur().stripTrailingZeros())));
		assertThat(listed).isEqualTo(fromSources);
	}

	private CallOverview.Row row(Call call) {
		return overview.all(Locale.ENGLISH).stream().filter(row -> row.id() == call.getId()).findFirst().orElseThrow();
	}
}
