package health.flanders.portal.web.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import health.flanders.portal.call.user.PortalUser;

/**
 * A person's own data, as a JSON file they download (the right of access): their account and roles, their
 * registrations for information sessions under their address, the proposals they lead, write with others or are invited to (reference,
 * acronym, title, call, status) and the reviews they wrote (which proposal, status and dates, not the scores). Never
 * the password hash, nor anything of other people.
 */
@Service
public class AccountData {

	private final AccountSettings accounts;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final JsonMapper json;

	AccountData(AccountSettings accounts, JdbcClient jdbc, Clock clock, JsonMapper json) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.clock = clock;
		this.json = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
	}

	@Transactional(readOnly = true)
	public byte[] of(long userId) {
		PortalUser user = accounts.get(userId);
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("exportedAt", clock.instant().toString());
		Map<String, Object> account = new LinkedHashMap<>();
		account.put("id", user.getId());
		account.put("email", user.getEmail());
		account.put("fullName", user.getFullName());
		account.put("language", user.getLocale().getLanguage());
		account.put("createdAt", user.getCreatedAt().toString());
		account.put("roles", user.getRoles().stream().sorted().map(Enum::name).toList());
		data.put("account", account);
		data.put("sessionRegistrations", registrations(user.getEmail()));
		data.put("proposals", proposals(userId, user.getEmail()));
		data.put("reviews", reviews(userId));
		return json.writeValueAsBytes(data);
	}

	private List<Map<String, Object>> registrations(String email) {
		return jdbc.sql("""
				select s.title, s.starts_at, r.attendance, r.status, r.name, r.organisation, r.consent_connect,
				       r.language, r.created_at, r.cancelled_at
				from info_session_registrations r join info_sessions s on s.id = r.session_id
				where r.email = ? order by s.starts_at, r.id""")
			.param(email)
			.query((rs, row) -> {
				Map<String, Object> registration = new LinkedHashMap<>();
				registration.put("session", rs.getString("title"));
				registration.put("startsAt", instant(rs, "starts_at"));
				registration.put("attendance", rs.getString("attendance"));
				registration.put("status", rs.getString("status"));
				registration.put("name", rs.getString("name"));
				registration.put("organisation", rs.getString("organisation"));
				registration.put("mayBeContactedAboutConnect", rs.getBoolean("consent_connect"));
				registration.put("language", rs.getString("language"));
				registration.put("registeredAt", instant(rs, "created_at"));
				registration.put("cancelledAt", instant(rs, "cancelled_at"));
				return registration;
			})
			.list();
	}

	private List<Map<String, Object>> proposals(long userId, String email) {
		return jdbc.sql("""
				select p.reference, p.acronym, p.title, c.code, p.status,
				       case when p.created_by = ? then 'LEAD_APPLICANT' else 'CO_APPLICANT' end as role, a.added_at as joined,
				       p.created_at, p.id
				from proposal_applicants a join proposals p on p.id = a.proposal_id join calls c on c.id = p.call_id
				where a.user_id = ?
				union all
				select p.reference, p.acronym, p.title, c.code, p.status, 'INVITED_CO_APPLICANT', i.invited_at,
				       p.created_at, p.id
				from proposal_invitations i join proposals p on p.id = i.proposal_id join calls c on c.id = p.call_id
				where i.email = ? and i.revoked_at is null
				  and not exists (select 1 from proposal_applicants a where a.proposal_id = p.id and a.user_id = ?)
				order by created_at, id""")
			.params(userId, userId, email, userId)
			.query((rs, row) -> {
				Map<String, Object> proposal = new LinkedHashMap<>();
				proposal.put("reference", rs.getString("reference"));
				proposal.put("acronym", rs.getString("acronym"));
				proposal.put("title", rs.getString("title"));
				proposal.put("call", rs.getString("code"));
				proposal.put("status", rs.getString("status"));
				proposal.put("role", rs.getString("role"));
				proposal.put("since", instant(rs, "joined"));
				return proposal;
			})
			.list();
	}

	private List<Map<String, Object>> reviews(long userId) {
		return jdbc.sql("""
				select p.reference, p.acronym, c.code, r.status, r.updated_at, r.submitted_at
				from reviews r join proposals p on p.id = r.proposal_id join calls c on c.id = p.call_id
				where r.reviewer_id = ? order by r.updated_at, r.id""")
			.param(userId)
			.query((rs, row) -> {
				Map<String, Object> review = new LinkedHashMap<>();
				review.put("proposal", rs.getString("reference"));
				review.put("acronym", rs.getString("acronym"));
				review.put("call", rs.getString("code"));
				review.put("status", rs.getString("status"));
				review.put("lastChangedAt", instant(rs, "updated_at"));
				review.put("submittedAt", instant(rs, "submitted_at"));
				return review;
			})
			.list();
	}

	private static String instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant().toString();
	}
}
