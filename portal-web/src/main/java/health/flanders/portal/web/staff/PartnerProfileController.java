package health.flanders.portal.web.staff;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import health.flanders.portal.call.organisation.CorporateGroups;
import health.flanders.portal.call.organisation.OrganisationSize;
import health.flanders.portal.call.organisation.OrganisationType;
import health.flanders.portal.call.organisation.PartnerProfile;
import health.flanders.portal.call.organisation.ResearchKind;
import health.flanders.portal.call.organisation.ValueChainPlace;
import health.flanders.portal.call.proposal.DiseaseArea;
import health.flanders.portal.web.organisation.OrganisationDetailsValidator;
import health.flanders.portal.web.security.SignedInUser;

/** Staff register, edit, deactivate partner profiles and erase a contact person's data. */
@Controller
class PartnerProfileController {

	private final PartnerRegistry registry;

	private final MessageSource messages;

	private final CorporateGroups corporateGroups;

	private final OrganisationDetailsValidator details;

	PartnerProfileController(PartnerRegistry registry, MessageSource messages, CorporateGroups corporateGroups,
			OrganisationDetailsValidator details) {
		this.registry = registry;
		this.messages = messages;
		this.corporateGroups = corporateGroups;
		this.details = details;
	}

	@InitBinder("organisation")
	void checkDetails(WebDataBinder binder) {
		binder.addValidators(details);
	}

	@GetMapping("/staff/organisations/{id}")
	String profile(@PathVariable long id, Model model) {
		model.addAttribute("profile", registry.profile(id));
		return "staff/organisation";
	}

	@GetMapping("/staff/organisations/new")
	String registerForm(Model model) {
		return form(new OrganisationForm(), null, model);
	}

	@PostMapping("/staff/organisations")
	String register(@Validated @ModelAttribute("organisation") OrganisationForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser staff, Model model, RedirectAttributes redirect, Locale locale) {
		PartnerProfile profile = check(form, errors);
		if (errors.hasErrors()) {
			return form(form, null, model);
		}
		try {
			long id = registry.register(profile, staff.email());
			redirect.addFlashAttribute("success", messages.getMessage("partner.registered", null, locale));
			return "redirect:/staff/organisations/" + id;
		}
		catch (EnterpriseNumberTakenException ex) {
			errors.rejectValue("enterpriseNumber", "partner.enterpriseNumber.taken", new Object[] { ex.holder() }, null);
			return form(form, null, model);
		}
	}

	@GetMapping("/staff/organisations/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		var organisation = registry.profile(id).organisation();
		return form(OrganisationForm.of(organisation.profile(), organisation.getVersion()), id, model);
	}

	@PostMapping("/staff/organisations/{id}")
	String update(@PathVariable long id, @Validated @ModelAttribute("organisation") OrganisationForm form,
			BindingResult errors, @AuthenticationPrincipal SignedInUser staff, Model model, RedirectAttributes redirect,
			Locale locale) {
		PartnerProfile profile = check(form, errors);
		if (errors.hasErrors()) {
			return form(form, id, model);
		}
		try {
			registry.update(id, profile, form.getVersion(), staff.email());
			redirect.addFlashAttribute("success", messages.getMessage("partner.saved", null, locale));
			return "redirect:/staff/organisations/" + id;
		}
		catch (EnterpriseNumberTakenException ex) {
			errors.rejectValue("enterpriseNumber", "partner.enterpriseNumber.taken", new Object[] { ex.holder() }, null);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			errors.reject("partner.stale");
			form.setVersion(registry.profile(id).organisation().getVersion());
		}
		return form(form, id, model);
	}

	@PostMapping("/staff/organisations/{id}/deactivate")
	String deactivate(@PathVariable long id, @AuthenticationPrincipal SignedInUser staff, RedirectAttributes redirect,
			Locale locale) {
		registry.deactivate(id, staff.email());
		redirect.addFlashAttribute("success", messages.getMessage("partner.deactivated", null, locale));
		return "redirect:/staff/organisations/" + id;
	}

	@PostMapping("/staff/organisations/{id}/erase-contact")
	String eraseContact(@PathVariable long id, @AuthenticationPrincipal SignedInUser staff,
			RedirectAttributes redirect, Locale locale) {
		registry.eraseContact(id, staff.email());
		redirect.addFlashAttribute("success", messages.getMessage("partner.contactErased", null, locale));
		return "redirect:/staff/organisations/" + id;
	}

	/** The profile the form describes, or {@code null} with the errors beside their fields. */
	private static PartnerProfile check(OrganisationForm form, BindingResult errors) {
		if (!form.getContactName().isBlank() && form.getContactListedOn() == null) {
			errors.rejectValue("contactListedOn", "partner.contactListedOn.required");
		}
		if (!form.getTherapeuticAreas().stream().allMatch(DiseaseArea::isChapter)) {
			errors.rejectValue("therapeuticAreas", "partner.therapeuticAreas.unknown");
		}
		if (errors.hasErrors()) {
			return null;
		}
		return form.toProfile();
	}

	private String form(OrganisationForm form, Long id, Model model) {
		model.addAttribute("organisation", form);
		model.addAttribute("organisationId", id);
		model.addAttribute("types", OrganisationType.values());
		model.addAttribute("sizes", OrganisationSize.values());
		model.addAttribute("researchKinds", ResearchKind.values());
		model.addAttribute("valueChainPlaces", ValueChainPlace.values());
		model.addAttribute("chapters", DiseaseArea.CHAPTERS);
		model.addAttribute("corporateGroups", corporateGroups.all());
		return "staff/organisation-form";
	}
}
