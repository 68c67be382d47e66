package health.flanders.portal.web.system;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import health.flanders.portal.call.NotFoundException;

/** Pages answer with the friendly error pages of {@code templates/error}, never with a stack trace. */
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

	/** The database cannot be reached: "try again later", on a page that needs nothing from the database. */
	@ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class })
	@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
	String databaseUnreachable(HttpServletResponse response) {
		response.setHeader("Retry-After", "60");
		return "error/outage";
	}
}
