package health.flanders.portal.web.evaluation;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.evaluation.ReviewerKind;
import health.flanders.portal.call.evaluation.EvaluationRefusedException;
import health.flanders.portal.call.audit.AuditTrail;
import health.flanders.portal.call.organisation.EnterpriseNumber;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.account.AccountService;
import health.flanders.portal.web.account.PasswordResets;
import health.flanders.portal.web.system.LinkTokens;

/**
 * Reviewers: an admin invites one by e-mail (an account with the reviewer role and a single-use link to choose a
 * password, valid for a week); each reviewer keeps a profile of expertise keywords, an affiliation from the registry
 * (which raises conflicts of interest by itself) and a kind.
 */
@Service
@Transactional
public class ReviewerProfiles {

	static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

	private final JdbcClient jdbc;

	private final AccountService accounts;

	private final PasswordResets links;

	private final AuditTrail audit;

	ReviewerProfiles(JdbcClient jdbc, AccountService accounts, PasswordResets links, AuditTrail audit) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.links = links;
		this.audit = audit;
	}

	public record Profile(List<String> expertise, Long affiliationId, ReviewerKind kind, long version) {
	}

	/**
	 * Creates the reviewer's account and e-mails the link.
	 * @throws AccountService.EmailTakenException when an account has this address
	 */
	public void invite(String email, String fullName, Locale locale, String adminEmail) {
		PortalUser reviewer = accounts.create(email, LinkTokens.newToken(), fullName, locale, Set.of(Role.REVIEWER));
		jdbc.sql("insert into reviewer_profiles (user_id) values (?)").param(reviewer.getId()).update();
		links.sendLink(reviewer, INVITATION_VALIDITY, "reviewer-invitation");
		audit.record(adminEmail, "REVIEWER_INVITED", "user", reviewer.getEmail(), "");
	}

	@Transactional(readOnly = true)
	public Profile of(long reviewerId) {
		return jdbc.sql("select expertise, affiliation_id, kind, version from reviewer_profiles where user_id = ?")
			.param(reviewerId)
			.query((rs, row) -> new Profile(Arrays.asList((String[]) rs.getArray(1).getArray()),
					(Long) rs.getObject(2), rs.getString(3) == null ? null : ReviewerKind.valueOf(rs.getString(3)),
					rs.getLong(4)))
			.optional()
			.orElse(new Profile(List.of(), null, null, -1));
	}

	/**
	 * Saves the profile.
	 * @throws EvaluationRefusedException when it changed since it was loaded
	 */
	public void save(long reviewerId, List<String> expertise, Long affiliationId, ReviewerKind kind, long version) {
		String[] keywords = expertise.stream().map(String::strip).filter(word -> !word.isEmpty()).distinct()
			.toArray(String[]::new);
		String kindName = kind == null ? null : kind.name();
		int changed = version < 0 ? jdbc.sql("""
				insert into reviewer_profiles (user_id, expertise, affiliation_id, kind) values (?, ?, ?, ?)
				on conflict do nothing""")
			.params(reviewerId, keywords, affiliationId, kindName)
			.update()
				: jdbc.sql("""
						update reviewer_profiles set expertise = ?, affiliation_id = ?, kind = ?, version = version + 1
						where user_id = ? and version = ?""")
					.params(keywords, affiliationId, kindName, reviewerId, version)
					.update();
		if (changed == 0) {
			throw new EvaluationRefusedException("reviewer.profile.stale");
		}
	}

	public record Reviewer(long id, String name) {
	}

	/** Every enabled reviewer, by name. */
	@Transactional(readOnly = true)
	public List<Reviewer> reviewers() {
		return jdbc.sql("""
				select u.id, u.full_name from users u join user_roles r on r.user_id = u.id and r.role = 'REVIEWER'
				where u.enabled order by u.full_name""")
			.query((rs, row) -> new Reviewer(rs.getLong(1), rs.getString(2)))
			.list();
	}

	/**
	 * The active organisation of the registry with this enterprise number, or else with exactly this name (case
	 * ignored); empty when there is none, or several of that name.
	 */
	@Transactional(readOnly = true)
	public Optional<Long> findAffiliation(String nameOrNumber) {
		String text = nameOrNumber.strip();
		if (EnterpriseNumber.isValid(text)) {
			return jdbc.sql("select id from organisations where active and enterprise_number = ?")
				.param(EnterpriseNumber.parse(text).digits())
				.query(Long.class)
				.optional();
		}
		List<Long> named = jdbc.sql("select id from organisations where active and lower(name) = lower(?) limit 2")
			.param(text)
			.query(Long.class)
			.list();
		return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
	}

	@Transactional(readOnly = true)
	public String affiliationName(long organisationId) {
		return jdbc.sql("select name from organisations where id = ?").param(organisationId).query(String.class).single();
	}
}
