package health.flanders.portal.web.system;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Links to static files carry a hash of their content ({@code /assets/css/portal-3f2a….css}), so browsers may keep
 * them for a year. Spring's {@link ResourceUrlEncodingFilter} looks every link of a page up among the static-file
 * patterns, splitting each path anew: a tenth of what a page allocated. Here only links under {@code /assets/} and
 * {@code /webjars/} are looked up, each once per instance: the files do not change while it runs.
 */
@Configuration(proxyBeanMethods = false)
class AssetLinks {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> assetLinkFilter(ResourceUrlProvider resources) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new HashedAssetLinks(resources));
		// After Spring Security's filters, whose response wrapper writes links without asking the ones around it.
		registration.setOrder(Ordered.LOWEST_PRECEDENCE);
		return registration;
	}

	/** Spring Boot's own filter for the same purpose stays out. */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

	static final class HashedAssetLinks extends OncePerRequestFilter {

		private final ResourceUrlProvider resources;

		private final Map<String, String> hashed = new ConcurrentHashMap<>();

		HashedAssetLinks(ResourceUrlProvider resources) {
			this.resources = resources;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String contextPath = request.getContextPath();
			chain.doFilter(request, new HttpServletResponseWrapper(response) {

				@Override
				public String encodeURL(String url) {
					return super.encodeURL(link(contextPath, url));
				}
			});
		}

		String link(String contextPath, String url) {
			if (!url.startsWith(contextPath) || url.indexOf('?') >= 0 || url.indexOf('#') >= 0) {
				return url;
			}
			String path = url.substring(contextPath.length());
			if (!path.startsWith("/assets/") && !path.startsWith("/webjars/")) {
				return url;
			}
			return contextPath + hashed.computeIfAbsent(path, this::resolve);
		}

		private String resolve(String path) {
			String resolved = resources.getForLookupPath(path);
			return resolved == null ? path : resolved;
		}
	}
}
