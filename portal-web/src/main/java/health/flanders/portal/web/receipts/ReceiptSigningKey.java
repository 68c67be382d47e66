package health.flanders.portal.web.receipts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The Ed25519 key that signs receipts, from its PKCS#8 form (as {@code openssl genpkey -algorithm ed25519} writes it,
 * base64 of the DER). Its public half is published, so that anyone can check a receipt without the portal; its
 * {@link #id()} (16 hex digits of the public key's SHA-256) is part of every text it signs.
 */
public final class ReceiptSigningKey {

	private static final String ALGORITHM = "Ed25519";

	private final PrivateKey privateKey;

	private final PublicKey publicKey;

	private final String id;

	private ReceiptSigningKey(PrivateKey privateKey, PublicKey publicKey) throws GeneralSecurityException {
		this.privateKey = privateKey;
		this.publicKey = publicKey;
		this.id = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded()), 0, 8);
	}

	/** The key from base64 of its PKCS#8 DER encoding; refuses anything but an Ed25519 private key. */
	public static ReceiptSigningKey fromPkcs8Base64(String base64) {
		if (base64 == null || base64.isBlank()) {
			throw new IllegalArgumentException("The receipt signing key is not set");
		}
		try {
			byte[] der = Base64.getDecoder().decode(base64.strip());
			PrivateKey privateKey = KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
			return new ReceiptSigningKey(privateKey, publicKeyOf(privateKey));
		}
		catch (IllegalArgumentException | GeneralSecurityException ex) {
			throw new IllegalArgumentException("The receipt signing key is not an Ed25519 private key in PKCS#8, base64",
					ex);
		}
	}

	/**
	 * The JDK cannot derive an Ed25519 public key from the private one, but its generator makes the pair from 32
	 * random bytes, which are the private key: given the key's own bytes as "random", it makes the same pair.
	 */
	private static PublicKey publicKeyOf(PrivateKey privateKey) throws GeneralSecurityException {
		byte[] seed = ((EdECPrivateKey) privateKey).getBytes()
			.orElseThrow(() -> new GeneralSecurityException("The private key's bytes are not readable"));
		KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
		generator.initialize(NamedParameterSpec.ED25519, new SecureRandom() {

			@Override
			public void nextBytes(byte[] bytes) {
				System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
			}
		});
		KeyPair pair = generator.generateKeyPair();
		byte[] probe = "ICON receipt key check".getBytes(StandardCharsets.UTF_8);
		Signature signer = Signature.getInstance(ALGORITHM);
		signer.initSign(privateKey);
		signer.update(probe);
		Signature verifier = Signature.getInstance(ALGORITHM);
		verifier.initVerify(pair.getPublic());
		verifier.update(probe);
		if (!verifier.verify(signer.sign())) {
			throw new GeneralSecurityException("Could not derive the public key of the receipt signing key");
		}
		return pair.getPublic();
	}

	public String id() {
		return id;
	}

	/** Signs the text, with a last line naming this key, and says what was signed with what signature. */
	public SealedReceipt seal(String text) {
		String signed = text.strip() + "\n" + SealedReceipt.KEY_PREFIX + id;
		try {
			Signature signer = Signature.getInstance(ALGORITHM);
			signer.initSign(privateKey);
			signer.update(signed.getBytes(StandardCharsets.UTF_8));
			return new SealedReceipt(signed, Base64.getEncoder().encodeToString(signer.sign()));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Whether this key signed exactly this text. */
	public boolean signed(SealedReceipt receipt) {
		try {
			byte[] signature = Base64.getDecoder().decode(receipt.signature());
			Signature verifier = Signature.getInstance(ALGORITHM);
			verifier.initVerify(publicKey);
			verifier.update(receipt.text().getBytes(StandardCharsets.UTF_8));
			return verifier.verify(signature);
		}
		catch (IllegalArgumentException | GeneralSecurityException ex) {
			return false;
		}
	}

	/** The public key as PEM (SubjectPublicKeyInfo), as {@code openssl pkey -pubout} writes it. */
	public String publicKeyPem() {
		return "-----BEGIN PUBLIC KEY-----\n"
				+ Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(publicKey.getEncoded())
				+ "\n-----END PUBLIC KEY-----\n";
	}

	@Override
	public String toString() {
		return "ReceiptSigningKey[" + id + "]";
	}
}
