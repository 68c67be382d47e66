package health.flanders.portal.web.mail;

import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import health.flanders.portal.call.NotFoundException;
import health.flanders.portal.web.system.PageOutOfRangeException;

/**
 * The demo's mailbox for admins ({@code /demo/mail}): the e-mails the portal delivered to itself for want of an SMTP
 * server, newest first, and each one's text with its links to follow. A page number that is not a number, below zero
 * or past the last page answers 400. Without the demo profile these URLs do not exist.
 */
@Controller
@Profile("demo")
class DemoMailController {

	private final DemoMailbox mailbox;

	private final boolean receivesMail;

	DemoMailController(DemoMailbox mailbox, Environment environment) {
		this.mailbox = mailbox;
		this.receivesMail = DemoMailbox.receivesMail(environment);
	}

	@GetMapping("/demo/mail")
	String list(@RequestParam(name = "page", defaultValue = "0") String pageParameter, Model model) {
		int page = PageOutOfRangeException.pageNumber(pageParameter);
		DemoMailbox.MailboxPage shown = mailbox.page(page);
		if (page > 0 && shown.entries().isEmpty()) {
			throw new PageOutOfRangeException(pageParameter);
		}
		model.addAttribute("mailbox", shown);
		model.addAttribute("receivesMail", receivesMail);
		return "demo/mailbox";
	}

	@GetMapping("/demo/mail/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("mail", mailbox.mail(id).orElseThrow(() -> new NotFoundException("e-mail", id)));
		return "demo/mail";
	}
}
