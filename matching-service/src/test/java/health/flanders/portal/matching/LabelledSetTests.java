package health.flanders.portal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The matcher against people's judgement: for at least 90% of the labelled proposal texts, the organisation a person
 * would pick first is among the matcher's first three.
 */
class LabelledSetTests {

	@Test
	void ranksThePartnerAPersonWouldPickInTheTopThreeForNineOutOfTenProposals() {
		LabelledSet set = LabelledSet.load();
		assertThat(set.organisations).hasSize(60);
		assertThat(set.cases).hasSizeGreaterThanOrEqualTo(30);
		try (RegistryIndex index = new RegistryIndex()) {
			index.put(set.organisations.values());
			PartnerMatcher matcher = new PartnerMatcher(index);
			List<String> misses = new ArrayList<>();
			int first = 0;
			for (LabelledSet.Case labelled : set.cases) {
				long expected = set.organisations.get(labelled.expected()).id();
				List<Suggestion> top = matcher.suggest(MatchRequest.ofText(labelled.text(), labelled.area()), 3);
				if (!top.isEmpty() && top.get(0).organisationId() == expected) {
					first++;
				}
				if (top.stream().noneMatch(suggestion -> suggestion.organisationId() == expected)) {
					misses.add(labelled.expected() + " not in " + top.stream().map(Suggestion::name)
						.collect(Collectors.joining(", ")));
				}
			}
			int hits = set.cases.size() - misses.size();
			System.out.printf("Labelled set: %d of %d in the top 3, %d first%n", hits, set.cases.size(), first);
			misses.forEach(miss -> System.out.println("  miss: " + miss));
			assertThat(hits).as("top-3 hits; misses: %s", misses).isGreaterThanOrEqualTo((int) Math.ceil(0.9 * set.cases.size()));
		}
	}
}
