package health.flanders.portal.web.security;

import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SingleResultAuthorizationManager;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * The access rules of every URL. Public: home, calls, info sessions, registration, the overview of funding programmes
 * (and suggesting one), the read-only API and health.
 * Each role has its own area; anything else needs a signed-in user. A page sends a stranger to the sign-in page; the API
 * answers 401 or 403 with a problem body. Rows are checked again in the services (an applicant only ever loads
 * proposals they are on).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** No inline script or style, nothing from elsewhere, and no framing by any site. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain portalSecurity(HttpSecurity http, UserDetailsService users, PasswordEncoder passwordEncoder,
			SignInThrottle throttle, MessageSource messages, LocaleResolver locales, JsonMapper json, Environment environment)
			throws Exception {
		// The demo's mailbox is for admins; without the demo profile its URLs do not exist, for anyone (404).
		boolean demo = environment.matchesProfiles("demo");
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(passwordEncoder);
		http.authenticationProvider(new ThrottledAuthenticationProvider(passwords, throttle));
		http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.frameOptions(frame -> frame.deny()));
		// The API takes no cookies for who someone is (it is public), so a forged cross-site request gains nothing.
		http.csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"));
		// The API answers 401 and 403 with a problem body. Every other URL, whatever it accepts, keeps what it had: a
		// stranger is sent to the sign-in page, a signed-in person gets the 403 page (the first mapping would otherwise
		// become everyone's default).
		ApiSecurityProblems apiProblems = new ApiSecurityProblems(messages, locales, json);
		RequestMatcher api = PathPatternRequestMatcher.pathPattern("/api/**");
		LoginUrlAuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/login");
		http.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(apiProblems, api)
			.defaultAuthenticationEntryPointFor(signIn, AnyRequestMatcher.INSTANCE)
			.defaultAccessDeniedHandlerFor(apiProblems, api)
			.defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE));
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/", "/calls", "/calls/*", "/info-sessions", "/login", "/register", "/error", "/too-large",
					"/too-many-requests")
			.permitAll()
			.requestMatchers("/password/forgot", "/password/reset")
			.permitAll()
			.requestMatchers("/connect/listing", "/connect/listing/sent", "/connect/introductions/*", "/connect/map")
			.permitAll()
			.requestMatchers("/funding-programmes", "/funding-programmes/suggest", "/funding-programmes/suggested")
			.permitAll()
			.requestMatchers("/receipts/verify", "/receipts/public-key")
			.permitAll()
			.requestMatchers("/privacy", "/accessibility", "/contact")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/theme.css", "/theme/logo")
			.permitAll()
			.requestMatchers("/info-sessions.ics", "/info-sessions/*", "/info-sessions/*/registrations",
					"/info-sessions/*/registered", "/info-sessions/registrations/*")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/api/v1/info-sessions/*/registrations")
			.permitAll()
			// A participant's agenda by their personal link: the token in it is what lets the calendar in.
			.requestMatchers(HttpMethod.GET, "/api/v1/info-sessions/*/partnering/agenda.ics")
			.permitAll()
			.requestMatchers("/assets/**", "/webjars/**", "/favicon.ico")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/api/v1/calls", "/api/v1/calls/*", "/api/v1/info-sessions")
			.permitAll()
			.requestMatchers("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
			.permitAll()
			.requestMatchers("/actuator/health", "/actuator/health/**")
			.permitAll()
			.requestMatchers("/api/v1/proposals/**")
			.hasAnyRole("APPLICANT", "STAFF")
			.requestMatchers("/proposals", "/proposals/**")
			.hasRole("APPLICANT")
			.requestMatchers(HttpMethod.GET, "/staff/calls/*")
			.hasAnyRole("STAFF", "ADMIN")
			// The partnering grid, its table cards and moving a meeting: staff run the day, admins set it up.
			.requestMatchers("/staff/info-sessions/*/partnering/**")
			.hasAnyRole("STAFF", "ADMIN")
			.requestMatchers("/staff/**")
			.hasRole("STAFF")
			.requestMatchers("/reviews", "/reviews/**")
			.hasRole("REVIEWER")
			.requestMatchers(HttpMethod.GET, "/admin/calls", "/admin/calls/*/edit", "/admin/calls/*/preview/*")
			.hasAnyRole("STAFF", "ADMIN")
			.requestMatchers("/admin/**", "/actuator/**")
			.hasRole("ADMIN")
			.requestMatchers("/demo/**")
			.access(demo ? AuthorityAuthorizationManager.hasRole("ADMIN") : SingleResultAuthorizationManager.permitAll())
			.anyRequest()
			.authenticated())
			.formLogin(login -> login.loginPage("/login").failureHandler(new SignInFailureHandler()).permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"));
		return http.build();
	}

	/**
	 * Publishes sign-ins and failed sign-ins, so that {@link SecurityEventLog} can log them. The default publisher
	 * finds a failure's event by the exception's exact class, so it would publish nothing for the throttle's own
	 * {@link org.springframework.security.authentication.LockedException}: it is mapped here like its parent.
	 */
	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
		DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
		publisher.setAdditionalExceptionMappings(
				Map.of(ThrottledAuthenticationProvider.ThrottledException.class, AuthenticationFailureLockedEvent.class));
		return publisher;
	}

	/** Publishes refused requests, so that {@link SecurityEventLog} can log them. */
	@Bean
	AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
		return new SpringAuthorizationEventPublisher(events);
	}

	/** Hashes with bcrypt and still reads hashes of any other algorithm by their {@code {id}} prefix. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}
}
