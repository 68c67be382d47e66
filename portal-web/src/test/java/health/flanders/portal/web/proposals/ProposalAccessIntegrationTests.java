package health.flanders.portal.web.proposals;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import health.flanders.portal.call.Call;
import health.flanders.portal.call.proposal.Proposal;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;

@PortalIntegrationTest
class ProposalAccessIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	UserDetailsService userDetails;

	@Test
	void anApplicantSeesTheirOwnProposalWithItsEligibility() throws Exception {
		Call call = data.openCall();
		PortalUser ann = data.user(Role.APPLICANT);
		Proposal proposal = data.proposal(call, ann, "OWNPM", data.flemishEnterprise("Own Diagnostics NV", null),
				data.university("Own University"));

		mvc.perform(get("/proposals/{id}", proposal.getId()).with(user(userDetails.loadUserByUsername(ann.getEmail()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("OWNPM")))
			.andExpect(content().string(containsString("Own Diagnostics NV")))
			.andExpect(content().string(containsString("The consortium is not eligible yet.")))
			.andExpect(content().string(containsString("the call asks for at least 3")));
		mvc.perform(get("/proposals").with(user(userDetails.loadUserByUsername(ann.getEmail()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("OWNPM")));
	}

	@Test
	void anApplicantWhoChangesTheIdInTheUrlGetsNotFound() throws Exception {
		Call call = data.openCall();
		PortalUser ann = data.user(Role.APPLICANT);
		PortalUser bob = data.user(Role.APPLICANT);
		Proposal bobs = data.proposal(call, bob, "BOBPM", data.flemishEnterprise("Bob Biotech NV", null));

		mvc.perform(get("/proposals/{id}", bobs.getId()).with(user(userDetails.loadUserByUsername(ann.getEmail()))))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("This page does not exist")))
			.andExpect(content().string(not(containsString("BOBPM"))));
		mvc.perform(get("/proposals/{id}", Long.MAX_VALUE)
			.with(user(userDetails.loadUserByUsername(ann.getEmail())))).andExpect(status().isNotFound());
		mvc.perform(get("/proposals").with(user(userDetails.loadUserByUsername(ann.getEmail()))))
			.andExpect(content().string(not(containsString("BOBPM"))));
	}
}
