package health.flanders.portal.web.staff;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import health.flanders.portal.call.organisation.OrganisationType;
import health.flanders.portal.call.organisation.Region;
import health.flanders.portal.call.organisation.ValueChainPlace;
import health.flanders.portal.call.proposal.DiseaseArea;
import health.flanders.portal.web.connect.TextUnderstanding;
import health.flanders.portal.web.system.PageOutOfRangeException;

/**
 * The registry of Connect for staff: every active organisation, searched by its words and filtered, and, while the
 * matching service is still reading the profiles' meaning, how far it has come. A page number that is not a number,
 * below zero or past the last page answers 400.
 */
@Controller
class OrganisationRegistryController {

	private final RegistrySearch search;

	private final TextUnderstanding understanding;

	OrganisationRegistryController(RegistrySearch search, TextUnderstanding understanding) {
		this.search = search;
		this.understanding = understanding;
	}

	@GetMapping("/staff/organisations")
	String list(@RequestParam(name = "q", required = false) String text,
			@RequestParam(required = false) OrganisationType type, @RequestParam(required = false) Region region,
			@RequestParam(required = false) ValueChainPlace place, @RequestParam(required = false) String area,
			@RequestParam(name = "page", defaultValue = "0") String pageParameter, Model model) {
		int page = PageOutOfRangeException.pageNumber(pageParameter);
		RegistrySearch.Query query = new RegistrySearch.Query(text, type, region, place, area, page);
		RegistrySearch.Results results = search.search(query);
		if (page > 0 && results.hits().isEmpty()) {
			throw new PageOutOfRangeException(pageParameter);
		}
		model.addAttribute("query", query);
		model.addAttribute("results", results);
		model.addAttribute("types", OrganisationType.values());
		model.addAttribute("regions", Region.values());
		model.addAttribute("places", ValueChainPlace.values());
		model.addAttribute("areas", DiseaseArea.CHAPTERS);
		model.addAttribute("understanding", understanding.registryProgress());
		return "staff/organisations";
	}
}
