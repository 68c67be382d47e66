package health.flanders.portal.web.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import health.flanders.portal.call.audit.AuditTrail;
import health.flanders.portal.call.organisation.Organisation;
import health.flanders.portal.call.organisation.OrganisationRepository;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.AuditEntries;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;

/** The CSV import of the registry: a preview first, then all rows or none. */
@PortalIntegrationTest
class RegistryImportIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	AuditTrail audit;

	private final String tag = "zi" + TestData.unique().substring(0, 8);

	@Test
	void oneBadRowKeepsTheWholeFileOut() throws Exception {
		PortalUser member = data.user(Role.STAFF);
		RequestPostProcessor staff = as(member);
		String csv = "name;type;enterprise_number;postal_code;city;country\n"
				+ "Good " + tag + " NV;ENTERPRISE;" + TestData.freshEnterpriseNumber().formatted() + ";9000;Gent;BE\n"
				+ "Bad " + tag + " NV;COMPANY;0123.456.789;9000;Gent;BE\n"
				+ "Far " + tag + " Lab;RTO;;3000;;Belgium\n";
		long before = organisations.count();
		String preview = upload(csv, "SEMICOLON", staff);
		mvc.perform(get(preview).with(staff))
			.andExpect(content().string(containsString("1 new, 0 to update, 0 unchanged, 2 with an error.")))
			.andExpect(content().string(containsString("<td>3</td>")))
			.andExpect(content().string(containsString("<td>4</td>")))
			.andExpect(content().string(containsString("The column city is empty.")))
			.andExpect(content().string(containsString("“BELGIUM” is not a country code of two letters, such as BE.")))
			.andExpect(content().string(containsString("“COMPANY” is not a value of type")))
			.andExpect(content().string(containsString("“0123.456.789” is not a valid Belgian enterprise number.")));
		mvc.perform(post(preview).with(csrf()).with(staff)).andExpect(status().isFound());
		assertThat(organisations.count()).isEqualTo(before);
		assertThat(AuditEntries.of(audit, member.getEmail(), "REGISTRY_IMPORTED", importId(preview))).isEmpty();
	}

	@Test
	void aGoodFileIsPreviewedAsNewAndUpdateThenImportedOnce() throws Exception {
		PortalUser member = data.user(Role.STAFF);
		RequestPostProcessor staff = as(member);
		Organisation known = data.flemishEnterprise("Known " + tag + " NV", null);
		String csv = "\uFEFFenterprise_number,name,type,postal_code,city,country,expertise,value_chain\n"
				+ known.getEnterpriseNumber().formatted() + ",Known " + tag + " NV,ENTERPRISE,9000,Gent,BE,\"genomics|biobank\",DATA_AI\n"
				+ ",\"New " + tag + ", the lab\",RTO,3000,Leuven,BE,imaging,\n";
		String preview = upload(csv, "COMMA", staff);
		mvc.perform(get(preview).with(staff))
			.andExpect(content().string(containsString("1 new, 1 to update, 0 unchanged, 0 with an error.")))
			.andExpect(content().string(containsString("expertise")))
			.andExpect(content().string(containsString("value chain")));
		mvc.perform(post(preview).with(csrf()).with(staff)).andExpect(status().isFound());
		mvc.perform(post(preview).with(csrf()).with(staff)).andExpect(status().isFound());

		assertThat(organisations.findById(known.getId()).orElseThrow().getExpertise()).containsExactly("genomics", "biobank");
		assertThat(jdbc.sql("select count(*) from organisations where name = ?").param("New " + tag + ", the lab")
			.query(Long.class).single()).isEqualTo(1);
		mvc.perform(get(preview).with(staff)).andExpect(content().string(containsString("This file has been imported.")));
		assertThat(AuditEntries.of(audit, member.getEmail(), "REGISTRY_IMPORTED", importId(preview)))
			.extracting(entry -> entry.details())
			.containsExactly("registry.csv: 1 new, 1 updated");
		assertThat(audit.verify().intact()).isTrue();

		byte[] export = mvc.perform(get("/staff/organisations.csv").with(staff)).andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(export, StandardCharsets.UTF_8)).contains("Known " + tag + " NV").contains("genomics|biobank");
	}

	@Test
	void aFileThatIsNotUtf8IsRefusedWithAMessage() throws Exception {
		mvc.perform(multipart("/staff/organisations/import")
			.file(new MockMultipartFile("file", "latin.csv", "text/csv", "name;type\nCaf\u00e9;RTO\n".getBytes(StandardCharsets.ISO_8859_1)))
			.with(csrf()).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The file is not UTF-8 text.")));
	}

	@Test
	void aTabSeparatedFileIsImportedWithTheTabChosen() throws Exception {
		RequestPostProcessor staff = staff();
		String csv = "name\ttype\tpostal_code\tcity\tcountry\tcorporate_group\n"
				+ "Tab " + tag + " NV\tENTERPRISE\t9000\tGent\tBE\tTab " + tag + " Group\n";
		String preview = upload(csv, "TAB", staff);
		mvc.perform(get(preview).with(staff))
			.andExpect(content().string(containsString("1 new, 0 to update, 0 unchanged, 0 with an error.")));
		mvc.perform(post(preview).with(csrf()).with(staff)).andExpect(status().isFound());

		Organisation imported = organisations.findAll().stream()
			.filter(organisation -> organisation.getName().equals("Tab " + tag + " NV"))
			.findFirst()
			.orElseThrow();
		assertThat(imported.getCorporateGroup().getName()).isEqualTo("Tab " + tag + " Group");
	}

	@Test
	void aSepLineInTheFileTakesPrecedenceAndQuotedCellsKeepSeparatorsAndLineBreaks() throws Exception {
		RequestPostProcessor staff = staff();
		String csv = "sep=;\r\nname;type;postal_code;city;country;description\r\n"
				+ "\"Sep " + tag + "; the lab\";RTO;3000;Leuven;BE;\"First line; still the first\r\nsecond line\"\r\n";
		String preview = upload(csv, "COMMA", staff);
		mvc.perform(get(preview).with(staff))
			.andExpect(content().string(containsString("1 new, 0 to update, 0 unchanged, 0 with an error.")));
		mvc.perform(post(preview).with(csrf()).with(staff)).andExpect(status().isFound());

		assertThat(jdbc.sql("select description from organisations where name = ?")
			.param("Sep " + tag + "; the lab")
			.query(String.class)
			.single()).isEqualTo("First line; still the first\r\nsecond line");
	}

	@Test
	void aFileReadWithAnotherSeparatorThanItsOwnIsRefusedWithAHint() throws Exception {
		mvc.perform(multipart("/staff/organisations/import")
			.file(new MockMultipartFile("file", "registry.csv", "text/csv",
					"name;type\nAcme NV;ENTERPRISE\n".getBytes(StandardCharsets.UTF_8)))
			.param("separator", "COMMA")
			.with(csrf()).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("the file seems to use another separator than the one chosen")))
			.andExpect(content().string(containsString("<option value=\"COMMA\" selected=\"selected\">Comma (,)</option>")));
	}

	private String upload(String csv, String separator, RequestPostProcessor staff) throws Exception {
		return mvc.perform(multipart("/staff/organisations/import")
			.file(new MockMultipartFile("file", "registry.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.param("separator", separator)
			.with(csrf()).with(staff))
			.andExpect(status().isFound())
			.andReturn().getResponse().getRedirectedUrl();
	}

	private static String importId(String preview) {
		return preview.substring(preview.lastIndexOf('/') + 1);
	}

	private RequestPostProcessor staff() {
		return as(data.user(Role.STAFF));
	}

	private RequestPostProcessor as(PortalUser person) {
		return user(userDetails.loadUserByUsername(person.getEmail()));
	}
}
