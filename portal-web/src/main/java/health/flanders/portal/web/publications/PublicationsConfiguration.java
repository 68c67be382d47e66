package health.flanders.portal.web.publications;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import health.flanders.portal.matching.embedding.TextEmbedder;

/**
 * The sentence embedder of this instance, made (and its model read from the jar) only when something first needs a
 * vector.
 */
@Configuration(proxyBeanMethods = false)
class PublicationsConfiguration {

	@Bean
	@Lazy
	TextEmbedder textEmbedder() {
		return new TextEmbedder();
	}
}
