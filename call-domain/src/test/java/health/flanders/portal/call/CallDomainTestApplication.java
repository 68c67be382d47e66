package health.flanders.portal.call;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The configuration that repository tests of the call domain start from. */
@SpringBootApplication
class CallDomainTestApplication {
}
