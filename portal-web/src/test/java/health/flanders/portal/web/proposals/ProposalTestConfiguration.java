package health.flanders.portal.web.proposals;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import health.flanders.portal.web.support.MutableClock;

/** The portal's clock, settable by the proposal tests to fix the instant of a submission. */
@TestConfiguration(proxyBeanMethods = false)
class ProposalTestConfiguration {

	@Bean
	@Primary
	MutableClock mutableClock() {
		return new MutableClock();
	}
}
