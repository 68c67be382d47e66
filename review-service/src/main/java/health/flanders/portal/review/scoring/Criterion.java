package health.flanders.portal.review.scoring;

import java.math.BigDecimal;

/** A criterion of a call's evaluation: its weight in the total and the least score a proposal must have on it. */
public record Criterion(long id, String code, BigDecimal weight, BigDecimal threshold) {

	public static final String MEDICAL_NEED = "MEDICAL_NEED";

	public static final String ECONOMIC_IMPACT = "ECONOMIC_IMPACT";

	public static final String SOCIETAL_IMPACT = "SOCIETAL_IMPACT";
}
