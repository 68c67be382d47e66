package health.flanders.portal.web.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.organisation.Organisation;
import health.flanders.portal.call.organisation.OrganisationRepository;
import health.flanders.portal.call.proposal.ConsortiumMember;
import health.flanders.portal.call.proposal.MemberRole;
import health.flanders.portal.call.proposal.Proposal;
import health.flanders.portal.call.proposal.ProposalAttachments;
import health.flanders.portal.call.proposal.ProposalVersions;
import health.flanders.portal.call.proposal.SubmittedContent;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes a proposal that was reopened and not submitted again by the deadline back to the version its applicants
 * submitted last, which is the one evaluated: its texts, goals and consortium from the version's JSON (as written at
 * submission) and the files the version carried as its current files.
 */
@Component
class LastSubmittedVersion {

	private final ProposalVersions versions;

	private final ProposalAttachments attachments;

	private final OrganisationRepository organisations;

	private final JsonMapper json;

	private final Clock clock;

	LastSubmittedVersion(ProposalVersions versions, ProposalAttachments attachments,
			OrganisationRepository organisations, JsonMapper json, Clock clock) {
		this.versions = versions;
		this.attachments = attachments;
		this.organisations = organisations;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Restores the proposal to its last submitted version.
	 * @return the number of that version
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	int restore(Proposal proposal) {
		ProposalVersions.Version version = versions.latest(proposal.getId())
			.orElseThrow(() -> new IllegalStateException(proposal.getAcronym() + " has no submitted version"));
		proposal.returnToSubmitted(content(proposal, json.readTree(version.contentJson())), clock);
		attachments.restoreVersion(proposal.getId(), version.id(), clock);
		return version.number();
	}

	private SubmittedContent content(Proposal proposal, JsonNode submitted) {
		List<String> goals = new ArrayList<>();
		submitted.path("goals").forEach(goal -> goals.add(goal.asString()));
		List<SubmittedContent.Member> members = new ArrayList<>();
		for (JsonNode member : submitted.path("members")) {
			organisation(proposal, member.path("organisation").asString())
				.ifPresent(organisation -> members.add(new SubmittedContent.Member(organisation,
						MemberRole.valueOf(member.path("role").asString()),
						new BigDecimal(member.path("requestedBudgetEur").asString()))));
		}
		JsonNode duration = submitted.path("durationMonths");
		return new SubmittedContent(submitted.path("acronym").asString(), submitted.path("title").asString(),
				submitted.path("abstract").asString(), text(submitted, "diseaseArea"),
				submitted.path("medicalNeed").asString(), submitted.path("economicImpact").asString(),
				submitted.path("societalImpact").asString(), duration.isNumber() ? duration.asInt() : null, goals,
				members);
	}

	/**
	 * The organisation a submitted member names: a member still in the consortium, else the one active organisation
	 * of the registry with that name (the version keeps names, not ids).
	 */
	private Optional<Organisation> organisation(Proposal proposal, String name) {
		Optional<Organisation> kept = proposal.getMembers().stream()
			.map(ConsortiumMember::getOrganisation)
			.filter(organisation -> organisation.getName().equals(name))
			.findFirst();
		if (kept.isPresent()) {
			return kept;
		}
		List<Organisation> named = organisations.findByActiveTrueOrderByName().stream()
			.filter(organisation -> organisation.getName().equals(name))
			.toList();
		return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isMissingNode() || value.isNull() ? null : value.asString();
	}
}
