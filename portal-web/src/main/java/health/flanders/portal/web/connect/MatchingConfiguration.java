package health.flanders.portal.web.connect;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

import health.flanders.portal.matching.PartnerMatcher;
import health.flanders.portal.matching.RegistryFeed;
import health.flanders.portal.matching.RegistryIndex;
import health.flanders.portal.matching.embedding.StoredVectors;
import health.flanders.portal.matching.embedding.TextEmbedder;

/**
 * The matching service in this instance: its index of the registry, built from PostgreSQL once the portal is ready
 * and then kept in step every half second, so that a profile edited through any instance is found within a second.
 * Every instance keeps its own index, so this job runs in each (no lock).
 */
@Configuration(proxyBeanMethods = false)
class MatchingConfiguration {

	@Bean(destroyMethod = "close")
	RegistryIndex registryIndex() {
		return new RegistryIndex();
	}

	@Bean
	RegistryFeed registryFeed(JdbcClient jdbc, RegistryIndex index) {
		return new RegistryFeed(jdbc, index);
	}

	@Bean
	StoredVectors storedVectors(JdbcClient jdbc) {
		return new StoredVectors(jdbc);
	}

	/**
	 * The sentence-embedding model, read from its jar when the first text is embedded (a context that never embeds
	 * never reads it) and then shared by the process; texts are embedded on the calling thread.
	 */
	@Bean
	TextEmbedder textEmbedder() {
		return new TextEmbedder();
	}

	/** Searches by meaning on as many threads of its own as there are processors, beside the search by words. */
	@Bean(destroyMethod = "close")
	PartnerMatcher partnerMatcher(RegistryIndex index) {
		return new PartnerMatcher(index, PartnerMatcher.LEXICAL_SHARE, Runtime.getRuntime().availableProcessors());
	}

	@Bean
	RegistryIndexRefresher registryIndexRefresher(RegistryFeed feed) {
		return new RegistryIndexRefresher(feed);
	}

	/** Reads the registry's changes into the index. */
	static class RegistryIndexRefresher {

		private static final Logger log = LoggerFactory.getLogger(RegistryIndexRefresher.class);

		private final RegistryFeed feed;

		RegistryIndexRefresher(RegistryFeed feed) {
			this.feed = feed;
		}

		@EventListener(ApplicationReadyEvent.class)
		void build() {
			feed.catchUp();
		}

		/**
		 * While the database is away the index keeps what it has; the next refresh after its return catches up. No
		 * ShedLock lock: the index lives in this instance's memory, so every instance must refresh its own.
		 */
		@Scheduled(initialDelayString = "${icon.matching.refresh-interval:PT0.5S}",
				fixedDelayString = "${icon.matching.refresh-interval:PT0.5S}")
		void refresh() {
			try {
				feed.catchUp();
			}
			catch (DataAccessException ex) {
				log.debug("The registry index could not catch up: {}", ex.getMessage());
			}
		}
	}
}
