package health.flanders.portal.web.staff;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import health.flanders.portal.call.proposal.Proposal;
import health.flanders.portal.call.proposal.ProposalAttachments;
import health.flanders.portal.call.proposal.ProposalNotFoundException;
import health.flanders.portal.call.proposal.ProposalRepository;
import health.flanders.portal.call.proposal.ProposalStatus;
import health.flanders.portal.call.proposal.ProposalVersions;
import health.flanders.portal.web.calls.CallOverview;
import health.flanders.portal.web.security.SignedInUser;
import health.flanders.portal.web.system.Downloads;
import health.flanders.portal.web.system.PageOutOfRangeException;

import tools.jackson.databind.json.JsonMapper;

/**
 * Staff: the calls, the proposals submitted to each with their eligibility, one proposal as submitted with the form
 * to override its eligibility check, CSV.
 */
@Controller
class StaffProposalController {

	private final SubmittedProposals submitted;

	private final CallOverview callOverview;

	private final ProposalRepository proposals;

	private final ProposalVersions versions;

	private final ProposalAttachments attachments;

	private final JsonMapper json;

	private final EligibilityOverrides overrides;

	private final MessageSource messages;

	StaffProposalController(SubmittedProposals submitted, ProposalRepository proposals, ProposalVersions versions,
			ProposalAttachments attachments, JsonMapper json, EligibilityOverrides overrides, MessageSource messages,
			CallOverview callOverview) {
		this.callOverview = callOverview;
		this.submitted = submitted;
		this.proposals = proposals;
		this.versions = versions;
		this.attachments = attachments;
		this.json = json;
		this.overrides = overrides;
		this.messages = messages;
	}

	/** The same overview of the calls as admins see, with the staff's links on each. */
	@GetMapping("/staff/calls")
	String calls(Model model, Locale locale) {
		model.addAttribute("calls", callOverview.all(locale));
		return "calls/admin-list";
	}

	/**
	 * A page of the proposals submitted to the call that answer the search, in the order asked; a page number that
	 * is not one or past the last answers 400, a filter or order that is not one of the choices counts as not given.
	 */
	@GetMapping("/staff/calls/{id}/proposals")
	String proposals(@PathVariable long id, @RequestParam(name = "page", defaultValue = "0") String pageParameter,
			@RequestParam(name = "q", required = false) String text, @RequestParam(required = false) String status,
			@RequestParam(required = false) String eligibility, @RequestParam(required = false) String goal,
			@RequestParam(required = false) String sort, @RequestParam(name = "dir", required = false) String direction,
			Locale locale, Model model) {
		int page = PageOutOfRangeException.pageNumber(pageParameter);
		model.addAttribute("call", submitted.call(id));
		List<SubmittedProposals.GoalChoice> goals = submitted.goals(id, locale);
		ProposalQuery asked = ProposalQuery.of(text, status, eligibility, goal, sort, direction);
		boolean goalOfCall = asked.goalId() == null || goals.stream().anyMatch(choice -> choice.id() == asked.goalId());
		ProposalQuery query = goalOfCall ? asked : asked.withGoal(null);
		SubmittedProposals.Page lines = submitted.search(id, query, page, locale);
		if (page >= lines.pages()) {
			throw new PageOutOfRangeException(pageParameter);
		}
		model.addAttribute("proposals", lines.lines());
		model.addAttribute("results", lines);
		model.addAttribute("query", query);
		model.addAttribute("goals", goals);
		model.addAttribute("statuses", ProposalStatus.values());
		model.addAttribute("eligibilities", ProposalQuery.Eligibility.values());
		model.addAttribute("sorts", ProposalQuery.Sort.values());
		return "staff/proposals";
	}

	@GetMapping("/staff/calls/{id}/proposals.csv")
	void export(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
		List<SubmittedProposals.Line> lines = submitted.of(id, locale);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("icon-call-" + id + "-proposals.csv").build().toString());
		submitted.writeCsv(lines, response.getOutputStream());
	}

	/** A submitted proposal as it counts: its last submitted version, with the files of that version. */
	@GetMapping("/staff/proposals/{id}")
	@Transactional(readOnly = true)
	String proposal(@PathVariable long id, Locale locale, Model model) {
		return page(id, locale, model);
	}

	@PostMapping("/staff/proposals/{id}/eligibility")
	String override(@PathVariable long id, @Validated @ModelAttribute("overrideForm") EligibilityOverrideForm form,
			BindingResult errors, @AuthenticationPrincipal SignedInUser staff, Locale locale, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				overrides.override(id, form.getEligible(), form.getReason(), form.getVersion(), staff.id(),
						staff.email());
				redirect.addFlashAttribute("success", messages.getMessage("eligibility.override.saved", null, locale));
				return "redirect:/staff/proposals/" + id;
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				errors.reject("eligibility.override.stale");
				form.setVersion(overrides.of(id).version());
			}
		}
		return page(id, locale, model);
	}

	@PostMapping("/staff/proposals/{id}/eligibility/clear")
	String clearOverride(@PathVariable long id, @RequestParam long version,
			@AuthenticationPrincipal SignedInUser staff, Locale locale, Model model, RedirectAttributes redirect) {
		try {
			overrides.clear(id, version, staff.id(), staff.email());
			redirect.addFlashAttribute("success", messages.getMessage("eligibility.override.cleared", null, locale));
			return "redirect:/staff/proposals/" + id;
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			EligibilityOverrideForm form = new EligibilityOverrideForm();
			form.setVersion(overrides.of(id).version());
			BindingResult errors = new BeanPropertyBindingResult(form, "overrideForm");
			errors.reject("eligibility.override.stale");
			model.addAttribute("overrideForm", form);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "overrideForm", errors);
			return page(id, locale, model);
		}
	}

	/** The proposal's page; with the override form as posted when the model holds it, a fresh one otherwise. */
	private String page(long id, Locale locale, Model model) {
		Proposal proposal = submittedProposal(id);
		var version = versions.latest(id).orElseThrow(() -> new ProposalNotFoundException(id));
		model.addAttribute("proposal", proposal);
		model.addAttribute("callTitle", proposal.getCall().getTitle());
		model.addAttribute("version", version);
		model.addAttribute("submittedContent", json.readValue(version.contentJson(), Map.class));
		model.addAttribute("files", attachments.ofVersion(version.id()));
		model.addAttribute("line", submitted.line(proposal, locale));
		EligibilityOverrides.State override = overrides.of(id);
		model.addAttribute("override", override);
		if (!model.containsAttribute("overrideForm")) {
			EligibilityOverrideForm form = new EligibilityOverrideForm();
			form.setVersion(override.version());
			model.addAttribute("overrideForm", form);
		}
		return "staff/proposal";
	}

	@GetMapping("/staff/proposals/{id}/attachments/{attachmentId}")
	@Transactional(readOnly = true)
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
		submittedProposal(id);
		ProposalAttachments.Attachment attachment = attachments.find(id, attachmentId)
			.orElseThrow(() -> new ProposalNotFoundException(id));
		return Downloads.of(MediaType.APPLICATION_PDF, attachment.fileName(), attachments.content(attachmentId));
	}

	private Proposal submittedProposal(long id) {
		return proposals.findWithMembersById(id)
			.filter(Proposal::hasBeenSubmitted)
			.orElseThrow(() -> new ProposalNotFoundException(id));
	}
}
