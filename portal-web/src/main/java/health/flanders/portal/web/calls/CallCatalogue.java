package health.flanders.portal.web.calls;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.Call;
import health.flanders.portal.call.CallNotFoundException;
import health.flanders.portal.call.CallRepository;

/** The published calls: every status but draft. A draft call does not exist for readers. */
@Service
@Transactional(readOnly = true)
public class CallCatalogue {

	private final CallRepository calls;

	CallCatalogue(CallRepository calls) {
		this.calls = calls;
	}

	public List<CallView> published() {
		return calls.findPublished().stream().map(CallCatalogue::toView).toList();
	}

	public CallView published(long id) {
		return calls.findWithGoalsById(id)
			.filter(call -> call.getStatus().isPublished())
			.map(CallCatalogue::toView)
			.orElseThrow(() -> new CallNotFoundException(id));
	}

	private static CallView toView(Call call) {
		List<CallView.GoalView> goals = call.getTopLevelGoals()
			.stream()
			.map(goal -> new CallView.GoalView(goal.getCode(), goal.getTitle(),
					call.getSubGoals(goal).stream().map(sub -> new CallView.GoalView(sub.getCode(), sub.getTitle(), List.of())).toList()))
			.toList();
		return new CallView(call.getId(), call.getCode(), call.getTitle(), call.getDescription(), call.getStatus(),
				call.getOpensAt(), call.getDeadline(), call.getBudgetEur(), call.getEligibility(), goals);
	}
}
