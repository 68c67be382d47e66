package health.flanders.portal.web.staff;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import health.flanders.portal.call.organisation.OrganisationType;
import health.flanders.portal.web.organisation.OrganisationDetailsValidator;
import health.flanders.portal.web.security.SignedInUser;

/** The public form to be listed in the registry of Connect, and the staff page that handles the requests. */
@Controller
class ListingRequestController {

	private final ListingRequests requests;

	private final MessageSource messages;

	private final OrganisationDetailsValidator details;

	ListingRequestController(ListingRequests requests, MessageSource messages, OrganisationDetailsValidator details) {
		this.requests = requests;
		this.messages = messages;
		this.details = details;
	}

	@InitBinder("listing")
	void checkDetails(WebDataBinder binder) {
		binder.addValidators(details);
	}

	@GetMapping("/connect/listing")
	String form(Model model) {
		return page(new ListingRequestForm(), model);
	}

	@PostMapping("/connect/listing")
	String ask(@Validated @ModelAttribute("listing") ListingRequestForm form, BindingResult errors, Model model,
			Locale locale) {
		if (errors.hasErrors()) {
			return page(form, model);
		}
		requests.ask(form, locale);
		return "redirect:/connect/listing/sent";
	}

	@GetMapping("/connect/listing/sent")
	String sent() {
		return "staff/listing-sent";
	}

	@GetMapping("/staff/listing-requests")
	String pending(Model model) {
		model.addAttribute("requests", requests.pending());
		return "staff/listing-requests";
	}

	@PostMapping("/staff/listing-requests/{id}/approve")
	String approve(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal SignedInUser staff,
			RedirectAttributes redirect, Locale locale) {
		try {
			long organisation = requests.approve(id, version, staff.email());
			redirect.addFlashAttribute("success", messages.getMessage("listing.approved", null, locale));
			return "redirect:/staff/organisations/" + organisation;
		}
		catch (EnterpriseNumberTakenException ex) {
			redirect.addFlashAttribute("listingError",
					messages.getMessage("partner.enterpriseNumber.taken", new Object[] { ex.holder() }, locale));
		}
		catch (ListingRequests.AlreadyHandledException ex) {
			redirect.addFlashAttribute("listingError", messages.getMessage("listing.handled", null, locale));
		}
		return "redirect:/staff/listing-requests";
	}

	@PostMapping("/staff/listing-requests/{id}/decline")
	String decline(@PathVariable long id, @RequestParam long version, @RequestParam(defaultValue = "") String reason,
			@AuthenticationPrincipal SignedInUser staff, RedirectAttributes redirect, Locale locale) {
		if (reason.isBlank() || reason.length() > 2000) {
			redirect.addFlashAttribute("declineError", id);
			redirect.addFlashAttribute("listingError", messages.getMessage("listing.reason.required", null, locale));
			return "redirect:/staff/listing-requests#request-" + id;
		}
		try {
			requests.decline(id, version, reason, staff.email());
			redirect.addFlashAttribute("success", messages.getMessage("listing.declined", null, locale));
		}
		catch (ListingRequests.AlreadyHandledException ex) {
			redirect.addFlashAttribute("listingError", messages.getMessage("listing.handled", null, locale));
		}
		return "redirect:/staff/listing-requests";
	}

	private static String page(ListingRequestForm form, Model model) {
		model.addAttribute("listing", form);
		model.addAttribute("types", OrganisationType.values());
		return "staff/listing-form";
	}
}
