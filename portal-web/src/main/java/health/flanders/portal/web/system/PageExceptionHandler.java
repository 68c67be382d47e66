package health.flanders.portal.web.system;

import org.springframework.http.HttpStatus;
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
}
