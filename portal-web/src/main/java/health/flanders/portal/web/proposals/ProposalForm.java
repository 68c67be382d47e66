package health.flanders.portal.web.proposals;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import health.flanders.portal.call.proposal.Proposal;

/** The text of a proposal as its applicants edit it; a draft saves incomplete, so only the limits are checked. */
public class ProposalForm {

	@NotBlank
	@Size(max = 30)
	private String acronym = "";

	@Size(max = 300)
	private String title = "";

	@Size(max = Proposal.ABSTRACT_LIMIT)
	private String abstractText = "";

	private Set<Long> goals = new LinkedHashSet<>();

	@Pattern(regexp = "|I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI|XVII|XVIII|XIX|XX|XXI|XXII")
	private String diseaseArea = "";

	@Size(max = 10_000)
	private String medicalNeed = "";

	@Size(max = 10_000)
	private String economicImpact = "";

	@Size(max = 10_000)
	private String societalImpact = "";

	@Min(1)
	@Max(120)
	private Integer durationMonths;

	/** The version of the proposal this form was filled from; a save of an older version is refused. */
	private long version;

	static ProposalForm of(Proposal proposal) {
		ProposalForm form = new ProposalForm();
		form.acronym = proposal.getAcronym();
		form.title = proposal.getTitle();
		form.abstractText = proposal.getAbstractText();
		proposal.getGoals().forEach(goal -> form.goals.add(goal.getId()));
		form.diseaseArea = proposal.getDiseaseArea() == null ? "" : proposal.getDiseaseArea();
		form.medicalNeed = proposal.getMedicalNeed();
		form.economicImpact = proposal.getEconomicImpact();
		form.societalImpact = proposal.getSocietalImpact();
		form.durationMonths = proposal.getDurationMonths();
		form.version = proposal.getVersion();
		return form;
	}

	public String getAcronym() {
		return acronym;
	}

	public void setAcronym(String acronym) {
		this.acronym = acronym;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getAbstractText() {
		return abstractText;
	}

	public void setAbstractText(String abstractText) {
		this.abstractText = abstractText;
	}

	public Set<Long> getGoals() {
		return goals;
	}

	public void setGoals(Set<Long> goals) {
		this.goals = goals == null ? new LinkedHashSet<>() : goals;
	}

	public String getDiseaseArea() {
		return diseaseArea;
	}

	public void setDiseaseArea(String diseaseArea) {
		this.diseaseArea = diseaseArea;
	}

	public String getMedicalNeed() {
		return medicalNeed;
	}

	public void setMedicalNeed(String medicalNeed) {
		this.medicalNeed = medicalNeed;
	}

	public String getEconomicImpact() {
		return economicImpact;
	}

	public void setEconomicImpact(String economicImpact) {
		this.economicImpact = economicImpact;
	}

	public String getSocietalImpact() {
		return societalImpact;
	}

	public void setSocietalImpact(String societalImpact) {
		this.societalImpact = societalImpact;
	}

	public Integer getDurationMonths() {
		return durationMonths;
	}

	public void setDurationMonths(Integer durationMonths) {
		this.durationMonths = durationMonths;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
