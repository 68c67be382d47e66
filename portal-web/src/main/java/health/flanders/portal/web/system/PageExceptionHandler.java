package health.flanders.portal.web.system;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import health.flanders.portal.call.NotFoundException;

/**
 * Pages answer with the friendly error pages of {@code templates/error}, never with a stack trace or a JSON problem
 * body (the API has its own, {@link ApiExceptionHandler}).
 */
@ControllerAdvice
class PageExceptionHandler {

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

	/** A page number a list does not have. */
	@ExceptionHandler(PageOutOfRangeException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String pageOutOfRange() {
		return "error/400";
	}

	/**
	 * A request the page cannot read: a parameter missing or of the wrong kind (a word for a number, a date that is
	 * none, text with a NUL character), a body that does not parse. Forms that check their input show it next to the
	 * field instead; this is what is left for requests no form of the portal sends.
	 */
	@ExceptionHandler({ ServletRequestBindingException.class, TypeMismatchException.class,
			HttpMessageNotReadableException.class, MissingServletRequestPartException.class, BindException.class,
			HandlerMethodValidationException.class })
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String unreadable(Model model) {
		model.addAttribute("unreadableInput", true);
		return "error/400";
	}

	/** A body of a type the page does not take (JSON to a form, say). */
	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	@ResponseStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
	String unsupportedType() {
		return "error/415";
	}

	/** The database cannot be reached: "try again later", on a page that needs nothing from the database. */
	@ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class })
	@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
	String databaseUnreachable(HttpServletResponse response) {
		response.setHeader("Retry-After", "60");
		return "error/outage";
	}
}
