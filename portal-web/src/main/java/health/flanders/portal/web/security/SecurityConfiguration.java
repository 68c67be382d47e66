package health.flanders.portal.web.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The access rules of every URL. Public: home, calls, info sessions, registration, the read-only API and health.
 * Each role has its own area; anything else needs a signed-in user. Rows are checked again in the services (an
 * applicant only ever loads proposals they are on).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain portalSecurity(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/", "/calls", "/calls/*", "/info-sessions", "/login", "/register", "/error")
			.permitAll()
			.requestMatchers("/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/api/v1/calls", "/api/v1/calls/*", "/api/v1/info-sessions")
			.permitAll()
			.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
			.permitAll()
			.requestMatchers("/actuator/health", "/actuator/health/**")
			.permitAll()
			.requestMatchers("/proposals", "/proposals/**")
			.hasRole("APPLICANT")
			.requestMatchers("/staff/**")
			.hasRole("STAFF")
			.requestMatchers("/reviews", "/reviews/**")
			.hasRole("REVIEWER")
			.requestMatchers("/admin/**", "/actuator/**")
			.hasRole("ADMIN")
			.anyRequest()
			.authenticated())
			.formLogin(login -> login.loginPage("/login").failureHandler(new SignInFailureHandler()).permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"));
		return http.build();
	}

	/** Hashes with bcrypt and still reads hashes of any other algorithm by their {@code {id}} prefix. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}
}
