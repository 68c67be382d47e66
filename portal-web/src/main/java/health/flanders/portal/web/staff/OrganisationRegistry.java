package health.flanders.portal.web.staff;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.organisation.OrganisationRepository;
import health.flanders.portal.call.organisation.OrganisationSize;
import health.flanders.portal.call.organisation.OrganisationType;
import health.flanders.portal.call.organisation.Region;

/** The organisations staff keep for Connect. */
@Service
@Transactional(readOnly = true)
public class OrganisationRegistry {

	private final OrganisationRepository organisations;

	OrganisationRegistry(OrganisationRepository organisations) {
		this.organisations = organisations;
	}

	public List<Entry> active() {
		return organisations.findByActiveTrueOrderByName()
			.stream()
			.map(organisation -> new Entry(organisation.getId(), organisation.getName(), organisation.getType(),
					organisation.getSize(),
					organisation.getEnterpriseNumber() == null ? null
							: organisation.getEnterpriseNumber().formatted(),
					organisation.getCorporateGroup(), organisation.getCity(), organisation.getRegion(),
					organisation.getExpertise()))
			.toList();
	}

	public record Entry(long id, String name, OrganisationType type, OrganisationSize size, String enterpriseNumber,
			String corporateGroup, String city, Region region, List<String> expertise) {
	}
}
