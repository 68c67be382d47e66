package health.flanders.portal.web.publications;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import health.flanders.portal.matching.embedding.TextEmbedder;

/**
 * The sentence embedder of this instance, made (and its model read from the jar) only when something first needs a
 * vector, and the one thread that computes publications' vectors in the background, so that a large import never
 * takes more than one of the machine's cores from the requests.
 */
@Configuration(proxyBeanMethods = false)
class PublicationsConfiguration {

	@Bean
	@Lazy
	TextEmbedder textEmbedder() {
		return new TextEmbedder();
	}

	@Bean(destroyMethod = "shutdown")
	ThreadPoolTaskExecutor publicationVectorExecutor() {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(1);
		executor.setMaxPoolSize(1);
		executor.setThreadNamePrefix("publication-vectors-");
		executor.setWaitForTasksToCompleteOnShutdown(false);
		executor.initialize();
		return executor;
	}
}
