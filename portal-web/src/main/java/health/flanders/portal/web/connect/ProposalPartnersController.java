package health.flanders.portal.web.connect;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import health.flanders.portal.call.organisation.Organisation;
import health.flanders.portal.call.organisation.OrganisationRepository;
import health.flanders.portal.call.proposal.Proposal;
import health.flanders.portal.call.proposal.ProposalNotFoundException;
import health.flanders.portal.call.proposal.ProposalRepository;
import health.flanders.portal.web.proposals.ApplicantProposals;
import health.flanders.portal.web.security.SignedInUser;
import health.flanders.portal.web.system.BrusselsTime;

/**
 * Connect around one proposal: the partners the matching service suggests, with their reasons, the introductions sent
 * and their state, and a form to introduce the proposal to one of them. Its applicants reach it under
 * {@code /proposals/{id}/partners}, staff under {@code /staff/proposals/{id}/partners}, where they also keep the Carry
 * and Cultivate counselling log. Staff see proposals still in preparation too: counselling happens before submission.
 */
@Controller
class ProposalPartnersController {

	private final ApplicantProposals applicantProposals;

	private final ProposalRepository proposals;

	private final OrganisationRepository organisations;

	private final PartnerSuggestions suggestions;

	private final Introductions introductions;

	private final CounsellingLog counselling;

	private final PartneringMeetingsLog partneringMeetings;

	private final Clock clock;

	ProposalPartnersController(ApplicantProposals applicantProposals, ProposalRepository proposals,
			OrganisationRepository organisations, PartnerSuggestions suggestions, Introductions introductions,
			CounsellingLog counselling, PartneringMeetingsLog partneringMeetings, Clock clock) {
		this.applicantProposals = applicantProposals;
		this.proposals = proposals;
		this.organisations = organisations;
		this.suggestions = suggestions;
		this.introductions = introductions;
		this.counselling = counselling;
		this.partneringMeetings = partneringMeetings;
		this.clock = clock;
	}

	@GetMapping("/proposals/{id}/partners")
	@Transactional(readOnly = true)
	String applicantPage(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		return page(applicantProposals.require(id, user), "/proposals/" + id, false, model);
	}

	@GetMapping("/staff/proposals/{id}/partners")
	@Transactional(readOnly = true)
	String staffPage(@PathVariable long id, Model model) {
		Proposal proposal = staffProposal(id);
		if (!model.containsAttribute("counsellingForm")) {
			CounsellingForm form = new CounsellingForm();
			form.setHappenedOn(LocalDate.now(clock.withZone(BrusselsTime.ZONE)));
			model.addAttribute("counsellingForm", form);
		}
		model.addAttribute("counselling", counselling.of(id));
		model.addAttribute("partneringMeetings", partneringMeetings.of(id));
		return page(proposal, "/staff/proposals/" + id, true, model);
	}

	@GetMapping("/proposals/{id}/partners/{organisationId}/introduce")
	@Transactional(readOnly = true)
	String applicantIntroductionForm(@PathVariable long id, @PathVariable long organisationId,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		return introductionPage(applicantProposals.require(id, user), "/proposals/" + id, organisationId,
				new IntroductionForm(), model);
	}

	@GetMapping("/staff/proposals/{id}/partners/{organisationId}/introduce")
	@Transactional(readOnly = true)
	String staffIntroductionForm(@PathVariable long id, @PathVariable long organisationId, Model model) {
		return introductionPage(staffProposal(id), "/staff/proposals/" + id, organisationId, new IntroductionForm(),
				model);
	}

	@PostMapping("/proposals/{id}/partners/{organisationId}/introduce")
	@Transactional
	String applicantIntroduce(@PathVariable long id, @PathVariable long organisationId,
			@Validated @ModelAttribute("introduction") IntroductionForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Locale locale, Model model, RedirectAttributes redirect) {
		return introduce(applicantProposals.require(id, user), "/proposals/" + id, organisationId, form, errors, user,
				locale, model, redirect);
	}

	@PostMapping("/staff/proposals/{id}/partners/{organisationId}/introduce")
	@Transactional
	String staffIntroduce(@PathVariable long id, @PathVariable long organisationId,
			@Validated @ModelAttribute("introduction") IntroductionForm form, BindingResult errors,
			@AuthenticationPrincipal SignedInUser user, Locale locale, Model model, RedirectAttributes redirect) {
		return introduce(staffProposal(id), "/staff/proposals/" + id, organisationId, form, errors, user, locale, model,
				redirect);
	}

	@PostMapping("/staff/proposals/{id}/counselling")
	@Transactional
	String addCounselling(@PathVariable long id, @Validated @ModelAttribute("counsellingForm") CounsellingForm form,
			BindingResult errors, @AuthenticationPrincipal SignedInUser user, Model model) {
		staffProposal(id);
		if (form.nextStepBeforeEntry()) {
			errors.rejectValue("nextStepOn", "counselling.nextStepOn.before");
		}
		if (errors.hasErrors()) {
			return staffPage(id, model);
		}
		counselling.add(id, form, user);
		return "redirect:/staff/proposals/" + id + "/partners#counselling";
	}

	private String introduce(Proposal proposal, String base, long organisationId, IntroductionForm form,
			BindingResult errors, SignedInUser user, Locale locale, Model model, RedirectAttributes redirect) {
		if (!proposal.isOpenForApplicants()) {
			errors.reject("introduction.refused.closed");
		}
		if (!errors.hasErrors()) {
			try {
				introductions.send(proposal, organisationId, form.getMessage(), user, locale);
				redirect.addFlashAttribute("introducedName", organisations.findById(organisationId)
					.map(Organisation::getName)
					.orElse(""));
				return "redirect:" + base + "/partners";
			}
			catch (Introductions.RefusedException ex) {
				errors.reject(ex.messageKey());
			}
		}
		return introductionPage(proposal, base, organisationId, form, model);
	}

	private String page(Proposal proposal, String base, boolean staff, Model model) {
		var lines = introductions.of(proposal.getId());
		model.addAttribute("proposal", proposal);
		model.addAttribute("base", base);
		model.addAttribute("staff", staff);
		model.addAttribute("open", proposal.isOpenForApplicants());
		model.addAttribute("eligibility", proposal.checkEligibility());
		model.addAttribute("criteria", proposal.getCall().getEligibility());
		model.addAttribute("suggestions", suggestions.forProposal(proposal));
		model.addAttribute("introductions", lines);
		model.addAttribute("introduced", lines.stream()
			.collect(Collectors.toMap(Introductions.Line::organisationId, Function.identity())));
		return "connect/partners";
	}

	private String introductionPage(Proposal proposal, String base, long organisationId, IntroductionForm form,
			Model model) {
		Organisation organisation = organisations.findById(organisationId)
			.filter(Organisation::isActive)
			.orElseThrow(() -> new ProposalNotFoundException(proposal.getId()));
		model.addAttribute("proposal", proposal);
		model.addAttribute("base", base);
		model.addAttribute("organisation", organisation);
		model.addAttribute("introduction", form);
		model.addAttribute("alreadyIntroduced", introductions.of(proposal.getId())
			.stream()
			.anyMatch(line -> line.organisationId() == organisationId));
		return "connect/introduce";
	}

	private Proposal staffProposal(long id) {
		return proposals.findWithMembersById(id).orElseThrow(() -> new ProposalNotFoundException(id));
	}
}
