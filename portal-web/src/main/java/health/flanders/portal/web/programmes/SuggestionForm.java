package health.flanders.portal.web.programmes;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.URL;

import health.flanders.portal.call.programme.ProgrammeDetails;

/**
 * A funding programme as someone suggests it, kept as typed when something is wrong. The country is checked by the
 * controller against the countries of Europe; the budget is optional.
 */
public class SuggestionForm {

	@NotBlank
	@Size(max = 200)
	private String region = "";

	private String country = "";

	@NotBlank
	@Size(max = 300)
	private String programme = "";

	@NotBlank
	@Size(max = 300)
	private String funder = "";

	@Positive(message = "{programmes.suggest.budget.positive}")
	@Digits(integer = 12, fraction = 2, message = "{programmes.suggest.budget.digits}")
	private BigDecimal yearlyBudgetEur;

	@NotBlank
	@Size(max = 500)
	@URL(regexp = "(https?://\\S+)?", message = "{programmes.suggest.link.invalid}")
	private String link = "";

	@NotBlank
	@Size(max = 4000)
	private String description = "";

	@NotBlank
	@Email
	@Size(max = 320)
	private String email = "";

	/** The details to keep, once the form is valid. */
	ProgrammeDetails toDetails() {
		return new ProgrammeDetails(region, country, programme, funder, yearlyBudgetEur, link, description);
	}

	public String getRegion() {
		return region;
	}

	public void setRegion(String region) {
		this.region = region;
	}

	public String getCountry() {
		return country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getProgramme() {
		return programme;
	}

	public void setProgramme(String programme) {
		this.programme = programme;
	}

	public String getFunder() {
		return funder;
	}

	public void setFunder(String funder) {
		this.funder = funder;
	}

	public BigDecimal getYearlyBudgetEur() {
		return yearlyBudgetEur;
	}

	public void setYearlyBudgetEur(BigDecimal yearlyBudgetEur) {
		this.yearlyBudgetEur = yearlyBudgetEur;
	}

	public String getLink() {
		return link;
	}

	public void setLink(String link) {
		this.link = link;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}
}
