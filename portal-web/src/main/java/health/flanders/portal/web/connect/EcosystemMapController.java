package health.flanders.portal.web.connect;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import health.flanders.portal.call.organisation.OrganisationType;
import health.flanders.portal.call.organisation.Region;
import health.flanders.portal.call.proposal.DiseaseArea;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.security.SignedInUser;

/**
 * The map of the Flemish personalised-medicine ecosystem, public: counts only, no names. For staff each part of the
 * picture and each count of the table beside it opens the registry search with the same filters.
 */
@Controller
class EcosystemMapController {

	private final EcosystemMap map;

	EcosystemMapController(EcosystemMap map) {
		this.map = map;
	}

	@GetMapping("/connect/map")
	String map(@RequestParam(required = false) Region region, @RequestParam(required = false) String area,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		String chapter = area != null && DiseaseArea.isChapter(area) ? area : null;
		model.addAttribute("picture", map.draw(region, chapter));
		model.addAttribute("region", region);
		model.addAttribute("area", chapter);
		model.addAttribute("regions", Region.values());
		model.addAttribute("areas", DiseaseArea.CHAPTERS);
		model.addAttribute("types", OrganisationType.values());
		model.addAttribute("staff", user != null && user.hasRole(Role.STAFF));
		return "connect/map";
	}
}
