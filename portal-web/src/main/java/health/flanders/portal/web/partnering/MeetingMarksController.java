package health.flanders.portal.web.partnering;

import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import health.flanders.portal.web.security.SignedInUser;

/** A participant marks one of their meetings after the session: held or not, and whether to follow it up. */
@Controller
class MeetingMarksController {

	private final MeetingMarks marks;

	MeetingMarksController(MeetingMarks marks) {
		this.marks = marks;
	}

	@PostMapping("/info-sessions/{id}/partnering/meetings/{requestId}/marks")
	String mark(@PathVariable long id, @PathVariable long requestId, @ModelAttribute MeetingMarkForm form,
			@AuthenticationPrincipal SignedInUser user, Locale locale, RedirectAttributes redirect) {
		MeetingMarks.Marked marked = marks.mark(id, user, requestId, form.isHeld(), form.isFollowUp(),
				form.getProposalId(), locale);
		redirect.addFlashAttribute("marked", marked);
		return "redirect:/info-sessions/" + id + "/partnering#meeting-" + requestId;
	}
}
