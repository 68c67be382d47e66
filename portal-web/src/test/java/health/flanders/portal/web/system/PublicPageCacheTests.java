package health.flanders.portal.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The public pages kept for a moment: who is served from memory, what is kept, with which headers, how long. */
class PublicPageCacheTests {

	private final AtomicLong now = new AtomicLong();

	private final PublicPageCache cache = new PublicPageCache(Duration.ofSeconds(2),
			new LanguageConfiguration().localeResolver(), now::get);

	/** How many times the page was rendered; each rendering says which it was. */
	private final AtomicInteger renderings = new AtomicInteger();

	private int status = HttpServletResponse.SC_OK;

	private boolean setsCookie;

	private final FilterChain page = (request, response) -> {
		HttpServletResponse http = (HttpServletResponse) response;
		int rendering = renderings.incrementAndGet();
		http.setStatus(status);
		http.setContentType("text/html;charset=UTF-8");
		http.setHeader("Content-Security-Policy", "default-src 'self'");
		http.setHeader("X-Request-Id", "request-" + rendering);
		if (setsCookie) {
			http.addCookie(new Cookie("SESSION", "abc"));
		}
		http.getWriter().write("rendering " + rendering + " of " + ((MockHttpServletRequest) request).getRequestURI());
	};

	@Test
	void aPageWrittenOverTlsIsNotServedOverPlainHttpNorTheOtherWayRound() throws Exception {
		MockHttpServletRequest overTls = request("/calls/7");
		overTls.setScheme("https");
		overTls.setSecure(true);
		get(overTls);
		get(request("/calls/7"));
		assertThat(renderings).hasValue(2);

		MockHttpServletRequest againOverTls = request("/calls/7");
		againOverTls.setScheme("https");
		againOverTls.setSecure(true);
		assertThat(get(againOverTls).getContentAsString()).isEqualTo("rendering 1 of /calls/7");
	}

	@Test
	void aVisitorWhoIsNotSignedInGetsThePageAsItWasFirstWrittenUntilItsTimeIsUp() throws Exception {
		MockHttpServletResponse first = get(request("/calls/7"));
		MockHttpServletResponse second = get(request("/calls/7"));

		assertThat(renderings).hasValue(1);
		assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString()).isEqualTo("rendering 1 of /calls/7");
		assertThat(second.getContentType()).isEqualTo("text/html;charset=UTF-8");
		assertThat(second.getHeader("Content-Security-Policy")).isEqualTo("default-src 'self'");
		assertThat(second.getHeader("X-Request-Id")).as("each answer's own").isNull();
		assertThat(second.getContentLength()).isEqualTo(first.getContentAsByteArray().length);

		now.addAndGet(Duration.ofSeconds(2).toNanos());
		assertThat(get(request("/calls/7")).getContentAsString()).isEqualTo("rendering 2 of /calls/7");
	}

	@Test
	void eachLanguageAndEachPageIsKeptApart() throws Exception {
		get(request("/"));
		MockHttpServletRequest dutch = request("/");
		dutch.addHeader("Accept-Language", "nl-BE");
		assertThat(get(dutch).getContentAsString()).isEqualTo("rendering 2 of /");
		MockHttpServletRequest chosenDutch = request("/");
		chosenDutch.setCookies(new Cookie(LanguageConfiguration.COOKIE, "nl"));
		assertThat(get(chosenDutch).getContentAsString()).isEqualTo("rendering 2 of /");
		assertThat(get(request("/info-sessions")).getContentAsString()).isEqualTo("rendering 3 of /info-sessions");
		assertThat(get(request("/")).getContentAsString()).isEqualTo("rendering 1 of /");
	}

	@Test
	void someoneWithASessionAQueryOrAnotherPageIsAlwaysServedAfresh() throws Exception {
		get(request("/calls"));
		MockHttpServletRequest signedIn = request("/calls");
		signedIn.setCookies(new Cookie("SESSION", "their-session"));
		assertThat(get(signedIn).getContentAsString()).isEqualTo("rendering 2 of /calls");
		MockHttpServletRequest withCredentials = request("/calls");
		withCredentials.addHeader("Authorization", "Basic eDp5");
		assertThat(get(withCredentials).getContentAsString()).isEqualTo("rendering 3 of /calls");
		MockHttpServletRequest query = request("/calls");
		query.setQueryString("lang=nl");
		assertThat(get(query).getContentAsString()).isEqualTo("rendering 4 of /calls");
		MockHttpServletRequest post = request("/calls");
		post.setMethod("POST");
		assertThat(get(post).getContentAsString()).isEqualTo("rendering 5 of /calls");
		get(request("/proposals"));
		assertThat(get(request("/proposals")).getContentAsString()).isEqualTo("rendering 7 of /proposals");
	}

	@Test
	void aPageThatFailedOrSetACookieIsNotKept() throws Exception {
		status = HttpServletResponse.SC_NOT_FOUND;
		get(request("/calls/404"));
		assertThat(get(request("/calls/404")).getContentAsString()).isEqualTo("rendering 2 of /calls/404");

		status = HttpServletResponse.SC_OK;
		setsCookie = true;
		get(request("/calls/8"));
		assertThat(get(request("/calls/8")).getContentAsString()).isEqualTo("rendering 4 of /calls/8");
	}

	@Test
	void nothingIsKeptWhenItsTimeToLiveIsZero() throws Exception {
		PublicPageCache off = new PublicPageCache(Duration.ZERO, new LanguageConfiguration().localeResolver(), now::get);
		MockHttpServletResponse response = new MockHttpServletResponse();
		off.doFilter(request("/"), response, page);
		off.doFilter(request("/"), new MockHttpServletResponse(), page);
		assertThat(renderings).hasValue(2);
	}

	private MockHttpServletRequest request(String path) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setCharacterEncoding(StandardCharsets.UTF_8.name());
		return request;
	}

	private MockHttpServletResponse get(MockHttpServletRequest request) throws ServletException, IOException {
		MockHttpServletResponse response = new MockHttpServletResponse();
		cache.doFilter(request, response, page);
		return response;
	}
}
