package health.flanders.portal.web.proposals;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import health.flanders.portal.call.Call;
import health.flanders.portal.call.organisation.CorporateGroups;
import health.flanders.portal.call.proposal.DiseaseArea;
import health.flanders.portal.web.security.SignedInUser;

/** An applicant's dashboard and the page of one proposal, where its text is written. */
@Controller
class ProposalController {

	private final ApplicantProposals proposals;

	private final ProposalDrafts drafts;

	private final MessageSource messages;

	private final CorporateGroups corporateGroups;

	ProposalController(ApplicantProposals proposals, ProposalDrafts drafts, MessageSource messages,
			CorporateGroups corporateGroups) {
		this.proposals = proposals;
		this.drafts = drafts;
		this.messages = messages;
		this.corporateGroups = corporateGroups;
	}

	@GetMapping("/proposals")
	String dashboard(@AuthenticationPrincipal SignedInUser user, Model model, Locale locale) {
		model.addAttribute("groups", proposals.dashboard(user, locale));
		return "proposals/list";
	}

	@PostMapping("/proposals")
	String start(@RequestParam long callId, @RequestParam String acronym, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect, Locale locale) {
		String name = acronym.strip();
		if (name.isEmpty() || name.length() > 30) {
			redirect.addFlashAttribute("startError", messages.getMessage("proposal.start.acronym", null, locale));
			redirect.addFlashAttribute("startAcronym", acronym);
			return "redirect:/calls/" + callId + "#start";
		}
		return "redirect:/proposals/" + drafts.start(callId, name, user);
	}

	@GetMapping("/proposals/{id}")
	String workspace(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Locale locale, Model model) {
		Workspace workspace = proposals.workspace(id, user, locale);
		if (!model.containsAttribute("proposalForm")) {
			model.addAttribute("proposalForm", proposals.form(id, user));
		}
		return page(workspace, model);
	}

	@PostMapping("/proposals/{id}")
	String save(@PathVariable long id, @Validated @ModelAttribute("proposalForm") ProposalForm form,
			BindingResult errors, @AuthenticationPrincipal SignedInUser user, Locale locale, Model model,
			RedirectAttributes redirect) {
		if (form.getAbstractText() != null && form.getAbstractText().length() > Call.MIN_ABSTRACT_LENGTH) {
			int limit = proposals.workspace(id, user, locale).abstractLimit();
			if (form.getAbstractText().length() > limit) {
				errors.rejectValue("abstractText", "Size", new Object[] { "abstractText", limit, 0 }, null);
			}
		}
		if (!errors.hasErrors()) {
			try {
				drafts.save(id, form, user);
				redirect.addFlashAttribute("success", messages.getMessage("proposal.saved", null, locale));
				return "redirect:/proposals/" + id;
			}
			catch (StaleProposalException ex) {
				model.addAttribute("conflict", ex.current());
				model.addAttribute("conflictAt", ex.changedAt());
				form.setVersion(ex.current().getVersion());
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				ProposalForm current = proposals.form(id, user);
				model.addAttribute("conflict", current);
				model.addAttribute("conflictAt", proposals.workspace(id, user, locale).updatedAt());
				form.setVersion(current.getVersion());
			}
		}
		return page(proposals.workspace(id, user, locale), model);
	}

	private String page(Workspace workspace, Model model) {
		model.addAttribute("proposal", workspace);
		model.addAttribute("diseaseAreas", DiseaseArea.CHAPTERS);
		model.addAttribute("abstractLimit", workspace.abstractLimit());
		if (!model.containsAttribute("newOrganisation")) {
			model.addAttribute("newOrganisation", new NewOrganisationForm());
		}
		if (workspace.editable()) {
			model.addAttribute("corporateGroups", corporateGroups.all());
		}
		if (!model.containsAttribute("results")) {
			model.addAttribute("query", "");
			model.addAttribute("results", List.of());
			model.addAttribute("proposalId", workspace.id());
		}
		return "proposals/workspace";
	}
}
