package health.flanders.portal.web.calls;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import health.flanders.portal.call.CallPhase;
import health.flanders.portal.web.system.BrusselsTime;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The published calls, read-only, with instants in ISO-8601 at the Brussels offset. */
@RestController
@RequestMapping("/api/v1/calls")
@Tag(name = "Calls", description = "Calls for proposals")
class CallApiController {

	private final CallCatalogue catalogue;

	CallApiController(CallCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping
	@Operation(summary = "The published calls: open ones first, then upcoming, then closed and decided ones; texts in "
			+ "the language of Accept-Language (English or Dutch, English by default); status as at the request")
	List<CallResource> list(Locale locale) {
		return catalogue.published(locale).stream().map(CallResource::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One published call; 404 with a problem body when there is none")
	CallResource get(@PathVariable long id, Locale locale) {
		return CallResource.of(catalogue.published(id, locale));
	}

	/**
	 * A call; {@code status} is its phase at the instant of the request: PUBLISHED (not open yet), OPEN, CLOSED,
	 * IN_EVALUATION or DECIDED.
	 */
	record CallResource(long id, String code, String title, String description, CallPhase status,
			OffsetDateTime opensAt, OffsetDateTime deadline, BigDecimal budgetEur, Eligibility eligibility,
			List<Goal> goals) {

		static CallResource of(CallView call) {
			List<Goal> goals = call.goals()
				.stream()
				.flatMap(goal -> Stream.concat(Stream.of(new Goal(goal.code(), goal.title(), null)),
						goal.subGoals().stream().map(sub -> new Goal(sub.code(), sub.title(), goal.code()))))
				.toList();
			return new CallResource(call.id(), call.code(), call.title(), call.description(), call.phase(),
					call.opensAt().atZone(BrusselsTime.ZONE).toOffsetDateTime(),
					call.deadline().atZone(BrusselsTime.ZONE).toOffsetDateTime(), call.budgetEur(),
					new Eligibility(call.eligibility().minIndependentFlemishEnterprises(),
							call.eligibility().minRtos()),
					goals);
		}
	}

	/** A goal or sub-goal; {@code parent} is the code of the goal a sub-goal belongs to. */
	record Goal(String code, String title, String parent) {
	}

	record Eligibility(int minIndependentFlemishEnterprises, int minRtos) {
	}
}
