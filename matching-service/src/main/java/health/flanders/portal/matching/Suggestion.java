package health.flanders.portal.matching;

import java.util.List;

import health.flanders.portal.call.organisation.OrganisationType;
import health.flanders.portal.call.organisation.Region;

/** An organisation the matcher suggests for a proposal, with its score and the reasons a person can check. */
public record Suggestion(long organisationId, String name, OrganisationType type, Region region, double score,
		List<Reason> reasons) {

	/**
	 * Why an organisation is suggested; {@code detail} holds the shared words, the disease area, or the beginning of
	 * the organisation's text that reads closest to the proposal.
	 */
	public record Reason(Kind kind, String detail) {
	}

	public enum Kind {
		/** "shares pharmacogenomics, biobank" */
		SHARED_WORDS,
		/** Works in the proposal's disease area. */
		SAME_DISEASE_AREA,
		/** "would be the first RTO" */
		FIRST_RTO,
		/** A Flemish enterprise independent of the members while the consortium has too few. */
		INDEPENDENT_FLEMISH_ENTERPRISE,
		/** "its offer reads closest to your proposal: …" (in meaning, whatever the words) */
		OFFER_READS_CLOSEST,
		/** "its description reads closest to your proposal: …" */
		DESCRIPTION_READS_CLOSEST
	}
}
