package health.flanders.portal.web.staff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.organisation.EnterpriseNumber;
import health.flanders.portal.call.organisation.OrganisationType;
import health.flanders.portal.call.organisation.PartnerProfile;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.web.mail.Mailer;
import health.flanders.portal.web.system.BrusselsTime;

/**
 * Requests to be listed in the registry of Connect: anyone asks through a public form; staff approve one (the
 * organisation joins the registry with its contact person, who consented on the day of the request) or decline it with
 * a reason; either way the contact person is e-mailed. A request is handled once: the second of two staff members
 * acting on it at the same moment is told it was handled already.
 */
@Service
@Transactional
public class ListingRequests {

	private final JdbcClient jdbc;

	private final PartnerRegistry registry;

	private final Mailer mailer;

	private final Clock clock;

	ListingRequests(JdbcClient jdbc, PartnerRegistry registry, Mailer mailer, Clock clock) {
		this.jdbc = jdbc;
		this.registry = registry;
		this.mailer = mailer;
		this.clock = clock;
	}

	public record Request(long id, String name, OrganisationType type, String enterpriseNumber, String postalCode,
			String city, String country, String website, String description, String contactName, String contactEmail,
			Locale language, Instant requestedAt, long version) {
	}

	/** The request was approved or declined by someone else in the meantime, or does not exist. */
	public static class AlreadyHandledException extends RuntimeException {

		AlreadyHandledException(long id) {
			super("Listing request " + id + " was handled already");
		}
	}

	public void ask(ListingRequestForm form, Locale language) {
		EnterpriseNumber parsed = form.organisationDetails().parsedEnterpriseNumber();
		String number = parsed == null ? null : parsed.digits();
		jdbc.sql("""
				insert into listing_requests (name, type, enterprise_number, postal_code, city, country, website,
				description, contact_name, contact_email, language, requested_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(form.getName().strip(), form.getType().name(), number, form.getPostalCode().strip(),
					form.getCity().strip(), form.getCountry().strip().toUpperCase(Locale.ROOT),
					form.getWebsite().isBlank() ? null : form.getWebsite().strip(), form.getDescription().strip(),
					form.getContactName().strip(), PortalUser.normaliseEmail(form.getContactEmail()),
					"nl".equals(language.getLanguage()) ? "nl" : "en", clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}

	@Transactional(readOnly = true)
	public List<Request> pending() {
		return jdbc.sql("select * from listing_requests where status = 'PENDING' order by requested_at")
			.query(ListingRequests::request)
			.list();
	}

	/**
	 * @return the id of the organisation that joined the registry
	 * @throws EnterpriseNumberTakenException when the registry has that enterprise number already
	 */
	public long approve(long id, long version, String staff) {
		Request request = claim(id, version);
		PartnerProfile profile = new PartnerProfile(request.name(), request.type(), null, null,
				request.enterpriseNumber() == null ? null : new EnterpriseNumber(request.enterpriseNumber()), null, null,
				request.postalCode(), request.city(), request.country(), request.website(), List.of(),
				request.description(), List.of(), List.of(), Set.of(), "", "", request.contactName(),
				request.contactEmail(), request.requestedAt().atZone(BrusselsTime.ZONE).toLocalDate());
		long organisationId = registry.register(profile, staff);
		jdbc.sql("""
				update listing_requests set status = 'APPROVED', reviewed_by = ?, reviewed_at = ?, organisation_id = ?,
				version = version + 1 where id = ?""")
			.params(staff, clock.instant().atOffset(ZoneOffset.UTC), organisationId, id)
			.update();
		mailer.send(request.contactEmail(), request.language(), "listing-approved",
				Map.of("name", request.contactName(), "organisation", request.name()));
		return organisationId;
	}

	public void decline(long id, long version, String reason, String staff) {
		Request request = claim(id, version);
		jdbc.sql("""
				update listing_requests set status = 'DECLINED', decline_reason = ?, reviewed_by = ?, reviewed_at = ?,
				version = version + 1 where id = ?""")
			.params(reason.strip(), staff, clock.instant().atOffset(ZoneOffset.UTC), id)
			.update();
		mailer.send(request.contactEmail(), request.language(), "listing-declined",
				Map.of("name", request.contactName(), "organisation", request.name(), "reason", reason.strip()));
	}

	/** The pending request in this version, locked until the transaction ends. */
	private Request claim(long id, long version) {
		return jdbc.sql("select * from listing_requests where id = ? and version = ? and status = 'PENDING' for update")
			.params(id, version)
			.query(ListingRequests::request)
			.optional()
			.orElseThrow(() -> new AlreadyHandledException(id));
	}

	private static Request request(ResultSet rs, int row) throws SQLException {
		return new Request(rs.getLong("id"), rs.getString("name"), OrganisationType.valueOf(rs.getString("type")),
				rs.getString("enterprise_number"), rs.getString("postal_code"), rs.getString("city"),
				rs.getString("country"), rs.getString("website"), rs.getString("description"),
				rs.getString("contact_name"), rs.getString("contact_email"), Locale.forLanguageTag(rs.getString("language")),
				rs.getObject("requested_at", OffsetDateTime.class).toInstant(), rs.getLong("version"));
	}
}
