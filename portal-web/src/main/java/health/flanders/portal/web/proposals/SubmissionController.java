package health.flanders.portal.web.proposals;

import java.io.IOException;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import health.flanders.portal.call.proposal.AttachmentKind;
import health.flanders.portal.call.proposal.PdfFile;
import health.flanders.portal.call.proposal.ProposalAttachments;
import health.flanders.portal.call.proposal.ProposalNotFoundException;
import health.flanders.portal.web.receipts.ReceiptSigningKey;
import health.flanders.portal.web.security.SignedInUser;
import health.flanders.portal.web.system.Downloads;

/** Attaching files, submitting, the receipt, reopening and withdrawing. */
@Controller
class SubmissionController {

	private final ProposalSubmissions submissions;

	private final ApplicantProposals proposals;

	private final ProposalAttachments attachments;

	private final MessageSource messages;

	private final ReceiptSigningKey signingKey;

	SubmissionController(ProposalSubmissions submissions, ApplicantProposals proposals,
			ProposalAttachments attachments, MessageSource messages, ReceiptSigningKey signingKey) {
		this.submissions = submissions;
		this.proposals = proposals;
		this.attachments = attachments;
		this.messages = messages;
		this.signingKey = signingKey;
	}

	@PostMapping("/proposals/{id}/attachments")
	String attach(@PathVariable long id, @RequestParam AttachmentKind kind, @RequestParam("file") MultipartFile file,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect, Locale locale) throws IOException {
		String anchor = "#attachment-" + kind.name();
		if (file.getSize() > PdfFile.MAX_BYTES) {
			return refuse(id, kind, "proposal.attachment.refused.TOO_LARGE", redirect, locale);
		}
		try {
			submissions.attach(id, kind, file.getOriginalFilename(), file.getBytes(), user);
			redirect.addFlashAttribute("success", messages.getMessage("proposal.attachment.stored",
					new Object[] { file.getOriginalFilename() }, locale));
		}
		catch (AttachmentRefusedException ex) {
			return refuse(id, kind, ex.messageCode(), redirect, locale);
		}
		return "redirect:/proposals/" + id + anchor;
	}

	private String refuse(long id, AttachmentKind kind, String code, RedirectAttributes redirect, Locale locale) {
		redirect.addFlashAttribute("attachmentError", kind);
		redirect.addFlashAttribute("attachmentErrorText", messages.getMessage(code, null, locale));
		return "redirect:/proposals/" + id + "#attachment-" + kind.name();
	}

	@GetMapping("/proposals/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId,
			@AuthenticationPrincipal SignedInUser user) {
		proposals.require(id, user);
		ProposalAttachments.Attachment attachment = attachments.find(id, attachmentId)
			.orElseThrow(() -> new ProposalNotFoundException(id));
		return Downloads.of(MediaType.APPLICATION_PDF, attachment.fileName(), attachments.content(attachmentId));
	}

	@PostMapping("/proposals/{id}/submit")
	String submit(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect,
			Locale locale) {
		try {
			submissions.submit(id, user, locale);
			return "redirect:/proposals/" + id + "/receipt";
		}
		catch (SubmissionRefusedException ex) {
			redirect.addFlashAttribute("submitError", messages.getMessage(ex.messageCode(), null, locale));
		}
		catch (ProposalClosedException ex) {
			redirect.addFlashAttribute("submitError", messages.getMessage("proposal.submit.closed", null, locale));
		}
		return "redirect:/proposals/" + id + "#submission";
	}

	@GetMapping("/proposals/{id}/receipt")
	String receipt(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		Receipt receipt = submissions.receipt(id, user);
		model.addAttribute("receipt", receipt);
		model.addAttribute("sealed", signingKey.seal(receipt.canonicalText()));
		return "proposals/receipt";
	}

	@PostMapping("/proposals/{id}/reopen")
	String reopen(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect,
			Locale locale) {
		return change(id, redirect, locale, "proposal.reopened", () -> submissions.reopen(id, user));
	}

	@PostMapping("/proposals/{id}/withdraw")
	String withdraw(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect,
			Locale locale) {
		return change(id, redirect, locale, "proposal.withdrawn", () -> submissions.withdraw(id, user));
	}

	private String change(long id, RedirectAttributes redirect, Locale locale, String done, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("success", messages.getMessage(done, null, locale));
		}
		catch (ProposalClosedException ex) {
			redirect.addFlashAttribute("submitError", messages.getMessage("proposal.submit.closed", null, locale));
		}
		catch (ProposalLockedException ex) {
			redirect.addFlashAttribute("submitError", messages.getMessage("proposal.locked", null, locale));
		}
		return "redirect:/proposals/" + id;
	}
}
