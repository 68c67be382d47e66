package health.flanders.portal.web.receipts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import health.flanders.portal.call.proposal.Proposal;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.Mailbox;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;

/**
 * A submitted proposal's receipt carries a signed block, on its page and in its e-mail; anyone, signed in or not,
 * checks it on the public page, which refuses it once a single character changed, and can check it without the portal
 * with the published public key.
 */
@PortalIntegrationTest
class SignedReceiptIntegrationTests {

	private static final Pattern SIGNED_BLOCK = Pattern.compile("<pre[^>]*id=\"signed-receipt\"[^>]*>(.*?)</pre>",
			Pattern.DOTALL);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	Mailbox mailbox;

	@Test
	void aSignedReceiptVerifiesOnThePublicPageAndOneCharacterChangedIsRefused() throws Exception {
		PortalUser applicant = data.user(Role.APPLICANT);
		Proposal proposal = data.submittedProposal(data.openCall(), applicant, "SEALED");
		String block = signedBlockOnTheReceiptPage(applicant, proposal);
		assertThat(block).startsWith("ICON Portal receipt of a submitted proposal\nreference: " + proposal.getReference())
			.contains("\nacronym: SEALED\n", "\nversion: 1\n", "\nfile: FULL_TEXT sha256 ", "\nkey: ")
			.containsPattern("\nsignature: [A-Za-z0-9+/]{86}==$");

		mvc.perform(post("/receipts/verify").with(csrf()).param("receipt", block))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Valid: the portal signed this receipt")))
			.andExpect(content().string(not(containsString("Not valid"))));
		// What copying from a page or an e-mail does to it does not matter.
		String copied = "\r\n  " + block.replace("\n", "  \r\n") + "\r\n\r\n";
		mvc.perform(post("/receipts/verify").with(csrf()).param("receipt", copied))
			.andExpect(content().string(containsString("Valid: the portal signed this receipt")));

		String oneLater = block.replaceFirst("version: 1", "version: 2");
		mvc.perform(post("/receipts/verify").with(csrf()).param("receipt", oneLater))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Not valid: the portal did not sign this text")));
		mvc.perform(post("/receipts/verify").with(csrf()).param("receipt", block.substring(0, block.lastIndexOf('\n'))))
			.andExpect(content().string(containsString("Not valid")));
		mvc.perform(post("/receipts/verify").with(csrf()).param("receipt", oneLater).param("lang", "nl"))
			.andExpect(content().string(containsString("Niet geldig: het portaal ondertekende deze tekst niet")));
		mvc.perform(post("/receipts/verify").with(csrf()).param("receipt", block).param("lang", "nl"))
			.andExpect(content().string(containsString("Geldig: het portaal ondertekende dit ontvangstbewijs")));
	}

	@Test
	void theReceiptEmailCarriesTheSameSignedBlock() throws Exception {
		PortalUser applicant = data.user(Role.APPLICANT);
		Proposal proposal = data.submittedProposal(data.openCall(), applicant, "MAILED");
		String block = signedBlockOnTheReceiptPage(applicant, proposal);

		// SMTP carries lines ended by CR LF.
		String mail = Mailbox.text(mailbox.awaitMessageTo(applicant.getEmail())).replace("\r\n", "\n");
		assertThat(mail).contains(block).contains("/receipts/verify");
		assertThat(HtmlUtils.htmlUnescape(Mailbox.html(mailbox.awaitMessageTo(applicant.getEmail())))
			.replace("\r\n", "\n")).contains(block);
	}

	@Test
	void thePublicKeyIsPublishedAndChecksTheSignatureWithoutThePortal() throws Exception {
		PortalUser applicant = data.user(Role.APPLICANT);
		Proposal proposal = data.submittedProposal(data.openCall(), applicant, "OFFLINE");
		String block = signedBlockOnTheReceiptPage(applicant, proposal);

		String pem = mvc.perform(get("/receipts/public-key"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/x-pem-file"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(pem).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("-----END PUBLIC KEY-----\n");
		PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getMimeDecoder()
			.decode(pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "").strip())));

		int signatureLine = block.lastIndexOf("\nsignature: ");
		Signature verifier = Signature.getInstance("Ed25519");
		verifier.initVerify(key);
		verifier.update(block.substring(0, signatureLine).getBytes(StandardCharsets.UTF_8));
		assertThat(verifier.verify(Base64.getDecoder().decode(block.substring(signatureLine + "\nsignature: ".length()))))
			.isTrue();
	}

	@Test
	void theVerifyPageIsPublicAndItsFormNeedsTheCsrfToken() throws Exception {
		mvc.perform(get("/receipts/verify"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andExpect(content().string(containsString("<label class=\"form-label\" for=\"receipt\"")));
		mvc.perform(get("/receipts/verify").param("lang", "nl"))
			.andExpect(content().string(containsString("Een ondertekend ontvangstbewijs controleren")));
		mvc.perform(post("/receipts/verify").param("receipt", "anything")).andExpect(status().isForbidden());
		mvc.perform(post("/receipts/verify").with(csrf()).param("receipt", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Paste the signed receipt.")));
		mvc.perform(post("/receipts/verify").with(csrf()).param("receipt", "x".repeat(20_001)))
			.andExpect(content().string(containsString("A signed receipt is at most 20,000 characters long.")));
		mvc.perform(get("/receipts/verify"))
			.andExpect(content().string(containsString("checked with the portal&#39;s public key, whose id (")));
	}

	private String signedBlockOnTheReceiptPage(PortalUser applicant, Proposal proposal) throws Exception {
		String page = mvc.perform(get("/proposals/{id}/receipt", proposal.getId())
			.with(user(userDetails.loadUserByUsername(applicant.getEmail()))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher matcher = SIGNED_BLOCK.matcher(page);
		assertThat(matcher.find()).as("the receipt page shows a signed block").isTrue();
		return HtmlUtils.htmlUnescape(matcher.group(1));
	}
}
