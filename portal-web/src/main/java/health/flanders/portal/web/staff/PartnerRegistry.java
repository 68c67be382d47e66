package health.flanders.portal.web.staff;

import java.time.Clock;
import java.util.List;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.audit.AuditTrail;
import health.flanders.portal.call.organisation.CorporateGroups;
import health.flanders.portal.call.organisation.Organisation;
import health.flanders.portal.call.organisation.OrganisationHistory;
import health.flanders.portal.call.organisation.OrganisationRepository;
import health.flanders.portal.call.organisation.PartnerProfile;

/**
 * Staff keep the partner profiles of Connect: register, edit (every change kept, who and when), deactivate instead of
 * delete, and erase a contact person's data on request while the organisation stays.
 */
@Service
@Transactional
public class PartnerRegistry {

	private final OrganisationRepository organisations;

	private final OrganisationHistory history;

	private final CorporateGroups groups;

	private final AuditTrail audit;

	private final Clock clock;

	PartnerRegistry(OrganisationRepository organisations, OrganisationHistory history, CorporateGroups groups,
			AuditTrail audit, Clock clock) {
		this.organisations = organisations;
		this.history = history;
		this.groups = groups;
		this.audit = audit;
		this.clock = clock;
	}

	/** The profile page: the organisation and its history. */
	public record Profile(Organisation organisation, List<OrganisationHistory.Change> changes) {
	}

	@Transactional(readOnly = true)
	public Profile profile(long id) {
		return new Profile(find(id), history.of(id));
	}

	/** @throws EnterpriseNumberTakenException when another organisation has that enterprise number */
	public long register(PartnerProfile profile, String staff) {
		requireFreeNumber(profile, null);
		Organisation organisation = new Organisation(profile.name(), profile.type(), profile.enterpriseNumber(),
				profile.postalCode(), profile.city(), profile.country(), clock);
		organisation.update(profile, groups.register(profile.corporateGroup()).orElse(null), clock);
		long id = organisations.save(organisation).getId();
		history.record(id, staff, List.of("registered"), clock);
		return id;
	}

	/**
	 * @throws ObjectOptimisticLockingFailureException when someone else saved it since
	 * @throws EnterpriseNumberTakenException when another organisation has that enterprise number
	 */
	public void update(long id, PartnerProfile profile, long version, String staff) {
		Organisation organisation = find(id);
		if (organisation.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Organisation.class, id);
		}
		requireFreeNumber(profile, id);
		List<String> changed = organisation.update(profile, groups.register(profile.corporateGroup()).orElse(null),
				clock);
		if (!changed.isEmpty()) {
			history.record(id, staff, changed, clock);
		}
	}

	public void deactivate(long id, String staff) {
		find(id).deactivate(clock);
		history.record(id, staff, List.of("deactivated"), clock);
	}

	public void eraseContact(long id, String staff) {
		find(id).eraseContact(clock);
		history.record(id, staff, List.of("contactErased"), clock);
		audit.record(staff, "CONTACT_ERASED", "organisation", id, "contact person's data erased on request");
	}

	private void requireFreeNumber(PartnerProfile profile, Long id) {
		if (profile.enterpriseNumber() != null) {
			organisations.findByEnterpriseNumber(profile.enterpriseNumber().digits())
				.filter(other -> !other.getId().equals(id))
				.ifPresent(other -> {
					throw new EnterpriseNumberTakenException(other.getName());
				});
		}
	}

	private Organisation find(long id) {
		return organisations.findById(id).orElseThrow(() -> new OrganisationNotFoundException(id));
	}
}
