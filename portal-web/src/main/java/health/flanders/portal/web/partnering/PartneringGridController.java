package health.flanders.portal.web.partnering;

import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff, who run the day, and admins see a session's schedule as a grid of tables and slots, print a card per table,
 * and move a meeting by hand under the scheduler's rules; a refused move says why beside the field and changes nothing.
 */
@Controller
class PartneringGridController {

	private final PartneringGrid grid;

	private final MeetingMove move;

	PartneringGridController(PartneringGrid grid, MeetingMove move) {
		this.grid = grid;
		this.move = move;
	}

	@GetMapping("/staff/info-sessions/{id}/partnering/grid")
	String grid(@PathVariable long id, Model model) {
		model.addAttribute("grid", grid.of(id));
		return "partnering/grid";
	}

	@GetMapping("/staff/info-sessions/{id}/partnering/cards")
	String cards(@PathVariable long id, Model model) {
		model.addAttribute("grid", grid.of(id));
		return "partnering/cards";
	}

	@GetMapping("/staff/info-sessions/{id}/partnering/meetings/{meetingId}/move")
	String moveForm(@PathVariable long id, @PathVariable long meetingId, Model model) {
		PartneringGrid.Meeting meeting = grid.meeting(id, meetingId);
		MoveForm form = new MoveForm();
		form.setSlot(meeting.slot() == null ? 0 : meeting.slot());
		form.setTable(meeting.table() == null ? 1 : meeting.table());
		form.setVersion(meeting.version());
		model.addAttribute("form", form);
		return movePage(id, meeting, model);
	}

	@PostMapping("/staff/info-sessions/{id}/partnering/meetings/{meetingId}/move")
	String move(@PathVariable long id, @PathVariable long meetingId, @Validated @ModelAttribute("form") MoveForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		PartneringGrid.Meeting meeting = grid.meeting(id, meetingId);
		if (!result.hasErrors()) {
			try {
				Optional<MeetingMove.Refused> refused = move.move(id, meetingId, form.getVersion(), form.getSlot(),
						form.getTable());
				if (refused.isEmpty()) {
					redirect.addFlashAttribute("moved", true);
					return "redirect:/staff/info-sessions/" + id + "/partnering/grid";
				}
				result.rejectValue(refused.get().field(), refused.get().code(), refused.get().arguments(), null);
			}
			catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException ex) {
				// Moved meanwhile by someone else (or its place taken at the same moment): show it as it is now.
				model.addAttribute("stale", true);
				meeting = grid.meeting(id, meetingId);
				form.setVersion(meeting.version());
			}
		}
		return movePage(id, meeting, model);
	}

	private String movePage(long id, PartneringGrid.Meeting meeting, Model model) {
		model.addAttribute("meeting", meeting);
		model.addAttribute("grid", grid.of(id));
		return "partnering/move";
	}
}
