package health.flanders.portal.web.receipts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A signed receipt as someone pasted it, to be checked (its messages: NotBlank.form.receipt, Size.form.receipt). */
public class ReceiptVerificationForm {

	@NotBlank
	@Size(max = 20_000)
	private String receipt;

	public String getReceipt() {
		return receipt;
	}

	public void setReceipt(String receipt) {
		this.receipt = receipt;
	}
}
