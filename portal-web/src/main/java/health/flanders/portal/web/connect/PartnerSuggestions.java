package health.flanders.portal.web.connect;

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

/** The partners the matching service suggests for a proposal, from the registry as it is now. */
@Service
class PartnerSuggestions {

	static final int SHOWN = 10;

	private final RegistryFeed feed;

	private final PartnerMatcher matcher;

	PartnerSuggestions(RegistryFeed feed, PartnerMatcher matcher) {
		this.feed = feed;
		this.matcher = matcher;
	}

	List<Suggestion> forProposal(Proposal proposal) {
		feed.catchUp();
		return matcher.suggest(request(proposal), SHOWN);
	}

	static MatchRequest request(Proposal proposal) {
		String text = Stream
			.concat(Stream.of(proposal.getTitle(), proposal.getAbstractText(), proposal.getMedicalNeed()),
					proposal.getGoals().stream().map(CallGoal::getTitle))
			.filter(Objects::nonNull)
			.collect(Collectors.joining("\n"));
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
