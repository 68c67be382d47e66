package health.flanders.portal.web.connect;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;

import health.flanders.portal.call.CallGoal;
import health.flanders.portal.call.eligibility.EligibilityCriteria;
import health.flanders.portal.call.eligibility.EligibilityResult;
import health.flanders.portal.call.organisation.CorporateGroup;
import health.flanders.portal.call.proposal.ConsortiumMember;
import health.flanders.portal.call.proposal.Proposal;
import health.flanders.portal.matching.MatchRequest;
import health.flanders.portal.matching.PartnerMatcher;
import health.flanders.portal.matching.RegistryFeed;
import health.flanders.portal.matching.Suggestion;
import health.flanders.portal.matching.expertise.ProposalText;

/** The partners the matching service suggests for a proposal, from the registry as it is now. */
@Service
class PartnerSuggestions {

	static final int SHOWN = 10;

	private final RegistryFeed feed;

	private final PartnerMatcher matcher;

	private final TextUnderstanding understanding;

	PartnerSuggestions(RegistryFeed feed, PartnerMatcher matcher, TextUnderstanding understanding) {
		this.feed = feed;
		this.matcher = matcher;
		this.understanding = understanding;
	}

	/**
	 * The suggestions by the words and, once the vector of the proposal's current text is stored, by its meaning too
	 * (until then the words alone; the vector is then computed in the background).
	 */
	List<Suggestion> forProposal(Proposal proposal) {
		feed.catchUp();
		MatchRequest request = request(proposal);
		float[] meaning = understanding.proposalMeaning(proposal.getId(),
				meaningText(proposal.getTitle(), proposal.getAbstractText(), proposal.getMedicalNeed()));
		return matcher.suggest(meaning == null ? request : request.withMeaning(meaning), SHOWN);
	}

	/**
	 * The text of a proposal whose meaning is read, by partner suggestions and the reviewer assignment alike
	 * ({@link ProposalText#text()}: one stored vector per proposal): its title, abstract and medical need. The goals'
	 * titles are left out of it (they stay among the words the matcher reads): shared by every proposal that picks the
	 * same goal, they would pull the vectors of unrelated proposals together.
	 */
	static String meaningText(String title, String abstractText, String medicalNeed) {
		return new ProposalText(title, abstractText, medicalNeed).text();
	}

	/** The words of a proposal the matcher reads: title, abstract, medical need and its goals' titles by code. */
	static String text(String title, String abstractText, String medicalNeed, List<String> goalTitles) {
		return Stream.concat(Stream.of(title, abstractText, medicalNeed), goalTitles.stream())
			.filter(Objects::nonNull)
			.collect(Collectors.joining("\n"));
	}

	static MatchRequest request(Proposal proposal) {
		String text = text(proposal.getTitle(), proposal.getAbstractText(), proposal.getMedicalNeed(),
				proposal.getGoals()
					.stream()
					.sorted(Comparator.comparing(CallGoal::getCode))
					.map(CallGoal::getTitle)
					.toList());
		Set<Long> members = proposal.getMembers()
			.stream()
			.map(member -> member.getOrganisation().getId())
			.collect(Collectors.toSet());
		Set<String> groups = proposal.getMembers()
			.stream()
			.map(ConsortiumMember::getOrganisation)
			.map(organisation -> organisation.getCorporateGroup())
			.filter(Objects::nonNull)
			// The matching index knows a group by its registry key (RegistryFeed).
			.map(CorporateGroup::getKey)
			.collect(Collectors.toSet());
		EligibilityCriteria criteria = proposal.getCall().getEligibility();
		EligibilityResult eligibility = proposal.checkEligibility();
		return new MatchRequest(text, proposal.getDiseaseArea(), members, groups,
				eligibility.rtos() < criteria.minRtos(),
				Math.max(0, criteria.minIndependentFlemishEnterprises() - eligibility.independentFlemishEnterprises()));
	}
}
