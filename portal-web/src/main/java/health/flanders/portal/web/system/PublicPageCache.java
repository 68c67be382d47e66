package health.flanders.portal.web.system;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the busiest public pages (the home page, the calls, the information sessions and the calls' API) for a
 * visitor who is not signed in for a second or two, per language, and serves them from memory meanwhile: under load
 * each is then rendered once a second instead of hundreds of times. Only a plain {@code GET} without a query string,
 * without a cookie other than the language's and without credentials is served from or stored in it, and only a
 * {@code 200} that sets no cookie is stored; it is written with the headers it was first written with (the security
 * headers too). A page can thus show what changed up to the time to live late; what a visitor does with it (register
 * for a session, sign in) is checked against the database as always. Before the session filter and security, so that a
 * page served from memory costs neither. Each instance keeps its own; nothing in it needs to be shared.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class PublicPageCache extends OncePerRequestFilter {

	private static final Pattern PAGES = Pattern.compile("/|/calls|/calls/\\d{1,18}|/info-sessions|/api/v1/calls");

	/** Headers each answer writes for itself, never replayed. */
	private static final Set<String> OWN_HEADERS = Set.of("date", "x-request-id", "content-length",
			"transfer-encoding", "set-cookie", "content-type", "content-language");

	/** More keys than the pages times the languages can hold only come from ids that do not exist: never stored. */
	private static final int MAX_PAGES = 500;

	private final Duration timeToLive;

	private final LocaleResolver locales;

	private final LongSupplier nanoTime;

	private final Map<String, Page> pages = new ConcurrentHashMap<>();

	@Autowired
	PublicPageCache(@Value("${icon.public-pages.time-to-live}") Duration timeToLive, LocaleResolver locales) {
		this(timeToLive, locales, System::nanoTime);
	}

	/** @param nanoTime a monotonic clock in nanoseconds, as {@link System#nanoTime()} */
	PublicPageCache(Duration timeToLive, LocaleResolver locales, LongSupplier nanoTime) {
		this.timeToLive = timeToLive;
		this.locales = locales;
		this.nanoTime = nanoTime;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return timeToLive.isZero() || !"GET".equals(request.getMethod()) || request.getQueryString() != null
				|| request.getHeader(HttpHeaders.AUTHORIZATION) != null || hasOtherCookies(request)
				|| !PAGES.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
	}

	private static boolean hasOtherCookies(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return false;
		}
		for (Cookie cookie : cookies) {
			if (!LanguageConfiguration.COOKIE.equals(cookie.getName())) {
				return true;
			}
		}
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Locale locale = locales.resolveLocale(request);
		// Over TLS a page carries HSTS, over plain HTTP it does not: each is kept apart.
		String key = request.getScheme() + " " + locale.toLanguageTag() + " " + request.getRequestURI();
		long now = nanoTime.getAsLong();
		Page page = pages.get(key);
		if (page != null && now - page.storedAt() < timeToLive.toNanos()) {
			page.writeTo(response);
			return;
		}
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		if (wrapper.getStatus() == HttpServletResponse.SC_OK && !wrapper.getHeaderNames().contains("Set-Cookie")
				&& (pages.size() < MAX_PAGES || pages.containsKey(key))) {
			pages.put(key, Page.of(wrapper, now));
		}
		wrapper.copyBodyToResponse();
	}

	private record Page(long storedAt, String contentType, Locale locale, List<Map.Entry<String, String>> headers,
			byte[] body) {

		static Page of(ContentCachingResponseWrapper response, long storedAt) {
			List<Map.Entry<String, String>> headers = new ArrayList<>();
			for (String name : response.getHeaderNames()) {
				if (!OWN_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
					response.getHeaders(name).forEach(value -> headers.add(Map.entry(name, value)));
				}
			}
			return new Page(storedAt, response.getContentType(), response.getLocale(), List.copyOf(headers),
					response.getContentAsByteArray());
		}

		void writeTo(HttpServletResponse response) throws IOException {
			response.setStatus(HttpServletResponse.SC_OK);
			response.setLocale(locale);
			response.setContentType(contentType);
			headers.forEach(header -> response.addHeader(header.getKey(), header.getValue()));
			response.setContentLength(body.length);
			response.getOutputStream().write(body);
		}
	}
}
