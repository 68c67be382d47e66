package health.flanders.portal.web.proposals;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A change that arrives after the deadline, or on a submitted proposal, goes back to the proposal with the reason. */
@ControllerAdvice(assignableTypes = { ProposalController.class, ConsortiumController.class, SubmissionController.class })
class ProposalExceptionHandler {

	private static final Pattern PROPOSAL = Pattern.compile("^/proposals/(\\d+)");

	private final MessageSource messages;

	ProposalExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(ProposalClosedException.class)
	String closed(HttpServletRequest request, RedirectAttributes redirect, Locale locale) {
		return back(request, redirect, messages.getMessage("proposal.submit.closed", null, locale));
	}

	@ExceptionHandler(ProposalLockedException.class)
	String locked(HttpServletRequest request, RedirectAttributes redirect, Locale locale) {
		return back(request, redirect, messages.getMessage("proposal.locked", null, locale));
	}

	private static String back(HttpServletRequest request, RedirectAttributes redirect, String message) {
		redirect.addFlashAttribute("submitError", message);
		Matcher matcher = PROPOSAL.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		return matcher.find() ? "redirect:/proposals/" + matcher.group(1) : "redirect:/proposals";
	}
}
