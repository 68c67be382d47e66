package health.flanders.portal.web.seals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Without its keys the portal does not start, and says which key is missing and how to make it. */
class SealKeysTests {

	private final SealKeys keys = new SealKeys();

	private final MissingSealKeyFailureAnalyzer analyzer = new MissingSealKeyFailureAnalyzer();

	@Test
	void aMissingAuditKeyStopsTheStartWithTheCommandThatMakesOne() {
		assertThatThrownBy(() -> keys.auditKey("")).isInstanceOfSatisfying(MissingSealKeyException.class, missing -> {
			FailureAnalysis analysis = analyzer.analyze(new IllegalStateException("wrapped", missing));
			assertThat(analysis.getDescription()).contains("The audit key is not set").contains("icon.audit.key");
			assertThat(analysis.getAction()).contains("ICON_AUDIT_KEY").contains("openssl rand -base64 32")
				.contains("demo profile");
		});
	}

	@Test
	void aShortOrGarbledAuditKeyIsRefusedToo() {
		assertThatThrownBy(() -> keys.auditKey("c2hvcnQ=")).isInstanceOf(MissingSealKeyException.class)
			.hasMessageContaining("at least 32 random bytes");
		assertThatThrownBy(() -> keys.auditKey("not base64!")).isInstanceOf(MissingSealKeyException.class)
			.hasMessageContaining("not valid base64");
	}

	@Test
	void aMissingReceiptKeyStopsTheStartWithTheCommandThatMakesOne() {
		assertThatThrownBy(() -> keys.receiptSigningKey(" ")).isInstanceOfSatisfying(MissingSealKeyException.class,
				missing -> {
					FailureAnalysis analysis = analyzer.analyze(missing);
					assertThat(analysis.getDescription()).contains("icon.receipts.signing-key");
					assertThat(analysis.getAction()).contains("ICON_RECEIPT_SIGNING_KEY")
						.contains("openssl genpkey -algorithm ed25519 -outform DER | openssl base64 -A");
				});
	}
}
