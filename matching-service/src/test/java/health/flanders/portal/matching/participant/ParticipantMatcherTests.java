package health.flanders.portal.matching.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import health.flanders.portal.matching.ProfileAnalyzer;
import health.flanders.portal.matching.participant.ParticipantSuggestion.Kind;
import health.flanders.portal.matching.participant.ParticipantSuggestion.Reason;

class ParticipantMatcherTests {

	private final ParticipantMatcher matcher = new ParticipantMatcher(new ProfileAnalyzer());

	private final ParticipantProfile viewer = new ParticipantProfile(1, Set.of("1b", "2a"),
			"Clinical trials in oncology", "Pharmacogenomic sequencing and biobanks", false, false);

	@Test
	void sharedGoalsAndAnOfferThatMeetsTheViewersNeedRankFirstWithTheirReasons() {
		ParticipantProfile lab = new ParticipantProfile(2, Set.of("1b"), "Sequencing of pharmacogenomic panels",
				"Partners for clinical trials", false, false);
		ParticipantProfile caterer = new ParticipantProfile(3, Set.of(), "Catering", "Guests", false, false);

		List<ParticipantSuggestion> ranked = matcher.rank(viewer, List.of(caterer, lab));

		assertThat(ranked).extracting(ParticipantSuggestion::participantId).containsExactly(2L, 3L);
		assertThat(ranked.get(0).reasons()).containsExactly(new Reason(Kind.SHARED_GOALS, "1b"),
				new Reason(Kind.OFFERS_WHAT_YOU_LOOK_FOR, "pharmacogenomic, Sequencing"),
				new Reason(Kind.LOOKS_FOR_WHAT_YOU_OFFER, "Clinical, trials"));
		assertThat(ranked.get(1).reasons()).isEmpty();
		assertThat(ranked.get(1).score()).isZero();
	}

	@Test
	void closingAGapOfTheConsortiumCountsAndSaysSo() {
		ParticipantProfile rto = new ParticipantProfile(2, Set.of(), "Catering", "Guests", true, false);
		ParticipantProfile enterprise = new ParticipantProfile(3, Set.of(), "Catering", "Guests", false, true);
		ParticipantProfile neither = new ParticipantProfile(4, Set.of(), "Catering", "Guests", false, false);

		List<ParticipantSuggestion> ranked = matcher.rank(viewer, List.of(neither, enterprise, rto));

		assertThat(ranked).extracting(ParticipantSuggestion::participantId).containsExactly(2L, 3L, 4L);
		assertThat(ranked.get(0).reasons()).containsExactly(new Reason(Kind.FIRST_RTO, ""));
		assertThat(ranked.get(1).reasons()).containsExactly(new Reason(Kind.INDEPENDENT_FLEMISH_ENTERPRISE, ""));
	}

	@Test
	void theViewerIsNeverSuggestedToThemselves() {
		assertThat(matcher.rank(viewer, List.of(viewer))).isEmpty();
	}
}
