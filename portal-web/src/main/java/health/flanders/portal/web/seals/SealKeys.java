package health.flanders.portal.web.seals;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import health.flanders.portal.call.audit.AuditKey;
import health.flanders.portal.call.audit.AuditTrail;
import health.flanders.portal.web.receipts.ReceiptSigningKey;

/**
 * The two keys of the portal's seals, from configuration and never from the database: the audit trail's HMAC key
 * ({@code icon.audit.key}, ICON_AUDIT_KEY) and the receipts' Ed25519 signing key ({@code icon.receipts.signing-key},
 * ICON_RECEIPT_SIGNING_KEY). Without either the portal refuses to start and says how to make it; the demo profile
 * carries published development keys, and says so in the log.
 */
@Configuration(proxyBeanMethods = false)
class SealKeys {

	private static final Logger log = LoggerFactory.getLogger(SealKeys.class);

	static final String MAKE_AUDIT_KEY = "openssl rand -base64 32";

	static final String MAKE_RECEIPT_KEY = "openssl genpkey -algorithm ed25519 -outform DER | openssl base64 -A";

	@Bean
	AuditKey auditKey(@Value("${icon.audit.key:}") String base64) {
		try {
			return AuditKey.fromBase64(base64);
		}
		catch (IllegalArgumentException ex) {
			throw new MissingSealKeyException(ex.getMessage() + " (icon.audit.key)", "ICON_AUDIT_KEY", MAKE_AUDIT_KEY,
					ex);
		}
	}

	@Bean
	ReceiptSigningKey receiptSigningKey(@Value("${icon.receipts.signing-key:}") String base64) {
		try {
			return ReceiptSigningKey.fromPkcs8Base64(base64);
		}
		catch (IllegalArgumentException ex) {
			throw new MissingSealKeyException(ex.getMessage() + " (icon.receipts.signing-key)",
					"ICON_RECEIPT_SIGNING_KEY", MAKE_RECEIPT_KEY, ex);
		}
	}

	/**
	 * At every start: a trail that still ends with entries written before it had a key gets a keyed entry that
	 * vouches for them (see {@link AuditTrail#keyEarlierEntries()}); the keys' ids go to the log.
	 */
	@Bean
	ApplicationRunner auditTrailKeying(AuditTrail trail, AuditKey auditKey, ReceiptSigningKey receiptKey) {
		return (ApplicationArguments arguments) -> {
			log.info("Seals: audit trail key {}, receipt signing key {}", auditKey.id(), receiptKey.id());
			trail.keyEarlierEntries()
				.ifPresent(entry -> log.info("Audit trail keyed: entry {} vouches for the earlier unkeyed entries",
						entry.id()));
		};
	}

	/** The demo profile's keys are in the source code: fine to try the portal, worthless as seals. */
	@Bean
	@Profile("demo")
	ApplicationRunner publishedKeysWarning() {
		return arguments -> log.warn("The demo profile carries published development keys (application-demo.properties)"
				+ " for the audit trail and for receipts, unless ICON_AUDIT_KEY and ICON_RECEIPT_SIGNING_KEY are set:"
				+ " they are not secret, and the seals they make prove nothing");
	}
}
