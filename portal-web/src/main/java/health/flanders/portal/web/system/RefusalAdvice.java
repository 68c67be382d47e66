package health.flanders.portal.web.system;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import health.flanders.portal.call.RefusedException;

/**
 * A step the domain refuses (a call that cannot be published yet, an assignment that would break a rule), or a change
 * that lost the race with someone else's, goes back to the page it was asked from, with the reason in the reader's
 * language in the layout's alert. Nothing was changed: the refusal rolled the transaction back.
 */
@ControllerAdvice
class RefusalAdvice {

	private final MessageSource messages;

	RefusalAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(RefusedException.class)
	String refused(RefusedException refusal, HttpServletRequest request, Locale locale, RedirectAttributes redirect) {
		redirect.addFlashAttribute("refusal", messages.getMessage(refusal, locale));
		return "redirect:" + backTo(request);
	}

	/** Someone else changed the same thing a moment before: nothing of this request was saved. */
	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	String changedMeanwhile(HttpServletRequest request, Locale locale, RedirectAttributes redirect) {
		redirect.addFlashAttribute("refusal", messages.getMessage("refusal.changedMeanwhile", null, locale));
		return "redirect:" + backTo(request);
	}

	/** The page the form was on, when the browser said so and it is on this site; else the home page. */
	static String backTo(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer != null) {
			try {
				URI uri = URI.create(referer);
				if (request.getServerName().equalsIgnoreCase(uri.getHost()) && uri.getRawPath() != null
						&& uri.getRawPath().startsWith(request.getContextPath() + "/")) {
					return uri.getRawPath().substring(request.getContextPath().length())
							+ (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
				}
			}
			catch (IllegalArgumentException ex) {
				// not a URI: fall back to the home page
			}
		}
		return "/";
	}
}
