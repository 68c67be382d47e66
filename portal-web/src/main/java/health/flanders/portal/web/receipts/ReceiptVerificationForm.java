package health.flanders.portal.web.receipts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A signed receipt as someone pasted it, to be checked. */
public class ReceiptVerificationForm {

	@NotBlank(message = "{seals.verify.receipt.required}")
	@Size(max = 20_000, message = "{seals.verify.receipt.tooLong}")
	private String receipt;

	public String getReceipt() {
		return receipt;
	}

	public void setReceipt(String receipt) {
		this.receipt = receipt;
	}
}
