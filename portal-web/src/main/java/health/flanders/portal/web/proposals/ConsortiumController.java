package health.flanders.portal.web.proposals;

import java.math.BigDecimal;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import health.flanders.portal.call.organisation.Organisation;
import health.flanders.portal.call.organisation.OrganisationRepository;
import health.flanders.portal.web.organisation.OrganisationDetailsValidator;
import health.flanders.portal.web.security.SignedInUser;

/**
 * Building the consortium of a draft and inviting its co-applicants. Every form works as a plain post; with htmx the
 * page swaps in the consortium and the eligibility panel only.
 */
@Controller
class ConsortiumController {

	private final ProposalDrafts drafts;

	private final ApplicantProposals proposals;

	private final OrganisationRepository organisations;

	private final ProposalController pages;

	private final MessageSource messages;

	private final OrganisationDetailsValidator details;

	ConsortiumController(ProposalDrafts drafts, ApplicantProposals proposals, OrganisationRepository organisations,
			ProposalController pages, MessageSource messages, OrganisationDetailsValidator details) {
		this.drafts = drafts;
		this.proposals = proposals;
		this.organisations = organisations;
		this.pages = pages;
		this.messages = messages;
		this.details = details;
	}

	@InitBinder("newOrganisation")
	void checkDetails(WebDataBinder binder) {
		binder.addValidators(details);
	}

	/** The registry's organisations matching what the applicant types: name, enterprise number or keyword. */
	@GetMapping("/proposals/{id}/organisations")
	String search(@PathVariable long id, @RequestParam(name = "q", defaultValue = "") String query,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@AuthenticationPrincipal SignedInUser user, Locale locale, Model model) {
		proposals.require(id, user);
		model.addAttribute("proposalId", id);
		model.addAttribute("query", query);
		model.addAttribute("results", find(query));
		// Without JavaScript the search is a plain form: the whole page comes back, with the results in it.
		return htmx != null ? "proposals/search :: results" : pages.workspace(id, user, locale, model);
	}

	List<Organisation> find(String query) {
		String text = query.strip().toLowerCase(Locale.ROOT);
		if (text.matches("[0-9 .]{4,}")) {
			text = text.replaceAll("[ .]", "");
		}
		if (text.length() < 2) {
			return List.of();
		}
		return organisations.search(text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"), 10);
	}

	@PostMapping("/proposals/{id}/members")
	String add(@PathVariable long id, @RequestParam long organisationId, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, () -> drafts.addMember(id, organisationId, user));
	}

	@PostMapping("/proposals/{id}/members/new")
	String addNew(@PathVariable long id, @Validated @ModelAttribute("newOrganisation") NewOrganisationForm form,
			BindingResult errors, @AuthenticationPrincipal SignedInUser user, Locale locale, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				drafts.addNewOrganisation(id, form, user);
				return "redirect:/proposals/" + id + "#consortium";
			}
			catch (ConsortiumException ex) {
				errors.reject(ex.messageCode());
			}
		}
		model.addAttribute("newOrganisationOpen", true);
		return pages.workspace(id, user, locale, model);
	}

	@PostMapping("/proposals/{id}/members/{memberId}/remove")
	String remove(@PathVariable long id, @PathVariable long memberId, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, () -> drafts.removeMember(id, memberId, user));
	}

	@PostMapping("/proposals/{id}/members/{memberId}/coordinator")
	String coordinator(@PathVariable long id, @PathVariable long memberId, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect, Locale locale) {
		return act(id, redirect, locale, () -> drafts.makeCoordinator(id, memberId, user));
	}

	@PostMapping("/proposals/{id}/members/{memberId}/budget")
	String budget(@PathVariable long id, @PathVariable long memberId, @RequestParam(defaultValue = "") String budget,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect, Locale locale) {
		BigDecimal amount;
		try {
			amount = budget.isBlank() ? null : new BigDecimal(budget.strip().replace(" ", "").replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			amount = BigDecimal.ONE.negate();
		}
		if (amount != null && (amount.signum() < 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 12)) {
			redirect.addFlashAttribute("consortiumError", messages.getMessage("proposal.member.budget.invalid",
					new Object[] { budget }, locale));
			return "redirect:/proposals/" + id + "#consortium";
		}
		BigDecimal requested = amount;
		return act(id, redirect, locale, () -> drafts.requestBudget(id, memberId, requested, user));
	}

	@PostMapping("/proposals/{id}/invitations")
	String invite(@PathVariable long id, @RequestParam String email, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect, Locale locale) {
		if (!email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 320) {
			redirect.addFlashAttribute("inviteError", messages.getMessage("proposal.invite.invalid", null, locale));
			redirect.addFlashAttribute("inviteEmail", email);
			return "redirect:/proposals/" + id + "#co-applicants";
		}
		try {
			drafts.invite(id, email, user, locale);
			redirect.addFlashAttribute("success", messages.getMessage("proposal.invite.sent", new Object[] { email }, locale));
		}
		catch (ConsortiumException ex) {
			redirect.addFlashAttribute("inviteError", messages.getMessage(ex.messageCode(), null, locale));
			redirect.addFlashAttribute("inviteEmail", email);
		}
		return "redirect:/proposals/" + id + "#co-applicants";
	}

	@PostMapping("/proposals/{id}/invitations/{invitationId}/revoke")
	String revoke(@PathVariable long id, @PathVariable long invitationId, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect, Locale locale) {
		drafts.revoke(id, invitationId, user);
		redirect.addFlashAttribute("success", messages.getMessage("proposal.invite.revoked", null, locale));
		return "redirect:/proposals/" + id + "#co-applicants";
	}

	private String act(long id, RedirectAttributes redirect, Locale locale, Runnable change) {
		try {
			change.run();
		}
		catch (ConsortiumException ex) {
			redirect.addFlashAttribute("consortiumError", messages.getMessage(ex.messageCode(), null, locale));
		}
		return "redirect:/proposals/" + id + "#consortium";
	}
}
