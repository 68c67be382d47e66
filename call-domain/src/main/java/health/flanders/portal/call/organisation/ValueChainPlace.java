package health.flanders.portal.call.organisation;

/** Where an organisation works in the personalised-medicine value chain; one organisation may have several places. */
public enum ValueChainPlace {
	DATA_AI,
	BIOMARKERS_DIAGNOSTICS,
	DRUG_THERAPY_DEVELOPMENT,
	CLINICAL_STUDIES,
	MANUFACTURING_LOGISTICS,
	HEALTH_ECONOMICS_MARKET_ACCESS
}
