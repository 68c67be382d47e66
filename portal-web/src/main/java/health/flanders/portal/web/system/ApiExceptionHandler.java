package health.flanders.portal.web.system;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import health.flanders.portal.call.NotFoundException;

/**
 * The API answers errors with an RFC 9457 problem body: its own (not found, database away) and, through
 * {@link ResponseEntityExceptionHandler}, every request Spring MVC cannot read (a body that is no JSON or of the wrong
 * shape, a parameter of the wrong type or missing, a media type it does not take or cannot answer). Being a
 * {@code ResponseEntityExceptionHandler}, it also keeps Spring Boot's own problem handler away from the pages, which
 * answer with {@link PageExceptionHandler}'s.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("Not found");
		return problem;
	}

	@ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class })
	ResponseEntity<ProblemDetail> databaseUnreachable() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"The portal cannot reach its database. Try again in a minute.");
		problem.setTitle("Temporarily unavailable");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "60").body(problem);
	}
}
