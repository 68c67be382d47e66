package health.flanders.portal.web.sessions;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import health.flanders.portal.call.session.Attendance;
import health.flanders.portal.call.session.RegistrationStatus;
import health.flanders.portal.web.ratelimit.LimitedByEmail;

/** Registration for an information session through the API, for partners' own sites. */
@RestController
@RequestMapping("/api/v1/info-sessions/{id}/registrations")
@Tag(name = "Information sessions")
class RegistrationApiController {

	private final SessionRegistrations registrations;

	RegistrationApiController(SessionRegistrations registrations) {
		this.registrations = registrations;
	}

	/**
	 * A registration as posted. {@code consent} (to the processing of the data for this registration) must be true.
	 * Its e-mail address may register a limited number of times per window, like the form's.
	 */
	record RegistrationBody(@NotBlank @Size(max = 200) String name, @NotBlank @Email @Size(max = 320) String email,
			@NotBlank @Size(max = 200) String organisation, @NotNull @AssertTrue Boolean consent,
			Boolean connectConsent, Attendance attendance, String language) implements LimitedByEmail {
	}

	record RegistrationResource(long id, RegistrationStatus status, Integer waitlistPosition) {
	}

	@PostMapping
	@Operation(summary = "Register for a session: confirmed while seats are left, otherwise on the waiting list")
	@ApiResponse(responseCode = "201", description = "Registered now")
	@ApiResponse(responseCode = "200", description = "This e-mail address was registered already: that registration")
	@ApiResponse(responseCode = "404", description = "No such session")
	@ApiResponse(responseCode = "409", description = "Registration is closed")
	@ApiResponse(responseCode = "422", description = "Bad input, with the reason per field")
	@ApiResponse(responseCode = "429", description = "Too many requests from this address or for this e-mail address; "
			+ "Retry-After says in how many seconds to try again")
	ResponseEntity<RegistrationResource> register(@PathVariable long id, @Valid @RequestBody RegistrationBody body) {
		Locale language = "nl".equals(body.language()) ? Locale.forLanguageTag("nl") : Locale.ENGLISH;
		SessionRegistrations.Outcome outcome = registrations.register(id,
				new SessionRegistrations.Request(body.name(), body.email(), body.organisation(),
						Boolean.TRUE.equals(body.connectConsent()), body.attendance(), language));
		RegistrationResource resource = new RegistrationResource(outcome.id(), outcome.status(),
				outcome.waitlistPosition());
		if (!outcome.created()) {
			return ResponseEntity.ok(resource);
		}
		return ResponseEntity.created(URI.create("/api/v1/info-sessions/" + id + "/registrations/" + outcome.id()))
			.body(resource);
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				"The registration is not complete or not valid.");
		problem.setTitle("Invalid registration");
		List<String> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> error.getField() + ": " + error.getDefaultMessage())
			.sorted()
			.toList();
		problem.setProperty("errors", errors);
		return ResponseEntity.unprocessableContent().body(problem);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				"The body is not a registration in JSON: {\"name\", \"email\", \"organisation\", \"consent\": true}.");
		problem.setTitle("Invalid registration");
		return ResponseEntity.unprocessableContent().body(problem);
	}

	@ExceptionHandler(SessionRegistrations.AttendanceNotOfferedException.class)
	ResponseEntity<ProblemDetail> attendanceNotOffered(RuntimeException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
		problem.setTitle("Invalid registration");
		return ResponseEntity.unprocessableContent().body(problem);
	}

	@ExceptionHandler(SessionRegistrations.RegistrationClosedException.class)
	ResponseEntity<ProblemDetail> closed(RuntimeException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setTitle("Registration closed");
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}
}
