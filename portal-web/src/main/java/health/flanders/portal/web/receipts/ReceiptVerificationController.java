package health.flanders.portal.web.receipts;

import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The public side of signed receipts: the portal's public key, and a page where anyone pastes a signed receipt and
 * learns whether the portal signed exactly that text.
 */
@Controller
class ReceiptVerificationController {

	private final ReceiptSigningKey signingKey;

	ReceiptVerificationController(ReceiptSigningKey signingKey) {
		this.signingKey = signingKey;
	}

	@GetMapping("/receipts/public-key")
	ResponseEntity<String> publicKey() {
		return ResponseEntity.ok()
			.contentType(new MediaType("application", "x-pem-file"))
			.header("Content-Disposition", "inline; filename=\"icon-portal-receipts.pem\"")
			.body(signingKey.publicKeyPem());
	}

	@GetMapping("/receipts/verify")
	String form(@ModelAttribute("form") ReceiptVerificationForm form, Model model) {
		model.addAttribute("keyId", signingKey.id());
		return "receipts/verify";
	}

	@PostMapping("/receipts/verify")
	String verify(@Valid @ModelAttribute("form") ReceiptVerificationForm form, BindingResult result, Model model) {
		model.addAttribute("keyId", signingKey.id());
		if (result.hasErrors()) {
			return "receipts/verify";
		}
		boolean valid = SealedReceipt.parse(form.getReceipt()).filter(signingKey::signed).isPresent();
		model.addAttribute("valid", valid);
		if (valid) {
			model.addAttribute("signedText", SealedReceipt.parse(form.getReceipt()).orElseThrow().text());
		}
		return "receipts/verify";
	}
}
