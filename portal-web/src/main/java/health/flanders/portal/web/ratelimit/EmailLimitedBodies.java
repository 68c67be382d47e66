package health.flanders.portal.web.ratelimit;

import java.io.IOException;
import java.lang.reflect.Type;
import java.time.Duration;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Takes a token from the bucket of the e-mail address that a JSON body names ({@link LimitedByEmail}) as soon as the
 * body is read, before it is validated or handled, and answers 429 when there is none. The client address was
 * counted already by {@link PublicPostLimitFilter}.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class EmailLimitedBodies extends RequestBodyAdviceAdapter {

	private final PublicPostLimits limits;

	private final TooManyRequests tooMany;

	EmailLimitedBodies(PublicPostLimits limits, TooManyRequests tooMany) {
		this.limits = limits;
		this.tooMany = tooMany;
	}

	@Override
	public boolean supports(MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		return LimitedByEmail.class.isAssignableFrom(parameter.getParameterType());
	}

	@Override
	public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		if (body instanceof LimitedByEmail limited) {
			limits.takeForEmail(limited.email()).ifPresent(wait -> {
				throw new OverTheLimitException(wait);
			});
		}
		return body;
	}

	@ExceptionHandler(OverTheLimitException.class)
	void overTheLimit(OverTheLimitException ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException, ServletException {
		tooMany.answer(request, response, ex.wait, "e-mail address");
	}

	/** Thrown while the handler's arguments are resolved, so that the handler never runs. */
	static final class OverTheLimitException extends RuntimeException {

		private final transient Duration wait;

		OverTheLimitException(Duration wait) {
			super("Over the limit for " + wait.toSeconds() + " s", null, false, false);
			this.wait = wait;
		}
	}
}
