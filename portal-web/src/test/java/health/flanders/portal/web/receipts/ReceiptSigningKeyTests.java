package health.flanders.portal.web.receipts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPairGenerator;
import java.util.Base64;

import org.junit.jupiter.api.Test;

/** The receipt signing key and the signed block, without the portal. */
class ReceiptSigningKeyTests {

	/** The test key of config/application.properties (test resources): not secret. */
	static final String TEST_KEY = "MC4CAQAwBQYDK2VwBCIEIFlxVzbLO1U89O4JzPoVPGqPjQghCu09oEgyXLEcxcTa";

	private final ReceiptSigningKey key = ReceiptSigningKey.fromPkcs8Base64(TEST_KEY);

	@Test
	void aSealedTextVerifiesAndNamesItsKey() {
		SealedReceipt sealed = key.seal("ICON Portal receipt of a submitted proposal\nreference: ICON-PM-2026-0001");
		assertThat(sealed.text()).endsWith("\nkey: " + key.id());
		assertThat(key.signed(sealed)).isTrue();
		assertThat(SealedReceipt.parse(sealed.block())).hasValue(sealed);
		// Ed25519 is deterministic: the same receipt is signed the same way on every page view and in the e-mail.
		assertThat(key.seal("ICON Portal receipt of a submitted proposal\nreference: ICON-PM-2026-0001"))
			.isEqualTo(sealed);
	}

	@Test
	void everyCharacterCounts() {
		SealedReceipt sealed = key.seal("reference: ICON-PM-2026-0001\nsubmitted at: 2026-11-23T09:00:00.123456Z");
		String block = sealed.block();
		for (int i = 0; i < sealed.text().length(); i++) {
			char original = block.charAt(i);
			if (original == '\n') {
				continue;
			}
			String changed = block.substring(0, i) + (char) (original == 'x' ? 'y' : 'x') + block.substring(i + 1);
			assertThat(SealedReceipt.parse(changed).filter(key::signed)).as("changed at %d", i).isEmpty();
		}
	}

	@Test
	void anotherKeysSignatureOrAGarbledOneIsRefused() throws Exception {
		String other = Base64.getEncoder()
			.encodeToString(KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate().getEncoded());
		SealedReceipt byOther = ReceiptSigningKey.fromPkcs8Base64(other).seal("reference: X");
		assertThat(key.signed(byOther)).isFalse();
		assertThat(key.signed(new SealedReceipt("reference: X", "not base64!"))).isFalse();
		assertThat(SealedReceipt.parse("reference: X")).isEmpty();
	}

	@Test
	void onlyAnEd25519PrivateKeyInPkcs8IsTaken() throws Exception {
		assertThatThrownBy(() -> ReceiptSigningKey.fromPkcs8Base64("")).hasMessageContaining("not set");
		assertThatThrownBy(() -> ReceiptSigningKey.fromPkcs8Base64("bm90IGEga2V5")).hasMessageContaining("Ed25519");
		String rsa = Base64.getEncoder()
			.encodeToString(KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate().getEncoded());
		assertThatThrownBy(() -> ReceiptSigningKey.fromPkcs8Base64(rsa)).hasMessageContaining("Ed25519");
	}

	@Test
	void thePublicKeyIsPemAsOpensslWritesIt() {
		// echo $TEST_KEY | base64 -d | openssl pkey -inform DER -pubout
		assertThat(key.publicKeyPem()).isEqualTo("""
				-----BEGIN PUBLIC KEY-----
				%s
				-----END PUBLIC KEY-----
				""".formatted(OPENSSL_PUBLIC_KEY));
	}

	/** What OpenSSL derives from the test key: the JDK's derivation in ReceiptSigningKey must agree. */
	static final String OPENSSL_PUBLIC_KEY = "MCowBQYDK2VwAyEAGPMCcrgE5CQh35HJER9YK89NLEIu1G8ojSuwXvuYYvk=";
}
