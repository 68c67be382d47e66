package health.flanders.portal.web.connect;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import health.flanders.portal.call.NotFoundException;

/**
 * The page the contact person of an introduced organisation reaches through the link in their e-mail, without an
 * account: what the proposal is, who sends it and why, and two buttons, accept or decline. Opening the page changes
 * nothing; only the button does.
 */
@Controller
class IntroductionAnswerController {

	private final Introductions introductions;

	IntroductionAnswerController(Introductions introductions) {
		this.introductions = introductions;
	}

	@GetMapping("/connect/introductions/{token}")
	String page(@PathVariable String token, Model model) {
		model.addAttribute("invitation", introductions.find(token).orElseThrow(IntroductionNotFoundException::new));
		model.addAttribute("token", token);
		return "connect/answer";
	}

	@PostMapping("/connect/introductions/{token}")
	String answer(@PathVariable String token, @RequestParam boolean accept) {
		introductions.find(token).orElseThrow(IntroductionNotFoundException::new);
		introductions.answer(token, accept);
		return "redirect:/connect/introductions/" + token;
	}

	/** The link is unknown: mistyped or made up. */
	static class IntroductionNotFoundException extends NotFoundException {

		IntroductionNotFoundException() {
			super("Introduction", "(link)");
		}
	}
}
