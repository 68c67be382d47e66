package health.flanders.portal.web.organisation;

import health.flanders.portal.call.organisation.OrganisationDetails;

/**
 * A form with an organisation's details among its fields, each named as the {@link OrganisationDetails} component it
 * fills, so that {@link OrganisationDetailsValidator} puts a broken rule's message next to its field.
 */
public interface OrganisationDetailsForm {

	/** The details as typed, blank for a field the form does not have. */
	OrganisationDetails organisationDetails();
}
