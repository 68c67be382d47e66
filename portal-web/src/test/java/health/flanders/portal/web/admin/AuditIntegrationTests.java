package health.flanders.portal.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import health.flanders.portal.call.audit.AuditEntry;
import health.flanders.portal.call.audit.AuditTrail;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.PortalUserRepository;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.AuditEntries;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;

@PortalIntegrationTest
class AuditIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	AuditTrail trail;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	PortalUserRepository users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRoleChangeIsRecordedWithWhoAndWhatAndCanBeFound() throws Exception {
		PortalUser admin = data.user(Role.ADMIN);
		PortalUser person = data.user(Role.APPLICANT);
		mvc.perform(post("/admin/users/{id}/roles", person.getId()).with(csrf()).with(as(admin))
			.param("roles", "APPLICANT", "REVIEWER")
			.param("version", String.valueOf(person.getVersion()))).andExpect(status().isFound());

		mvc.perform(get("/admin/audit").param("q", person.getEmail()).with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Roles changed")))
			.andExpect(content().string(containsString(admin.getEmail())))
			.andExpect(content().string(containsString("Roles Applicant became Applicant, Reviewer")));
		mvc.perform(get("/admin/audit/verify").with(as(admin)))
			.andExpect(content().string(containsString("The chain is intact")));
	}

	@Test
	void anAccountAnAdminCreatesWithRolesIsRecordedWithWhoAndWhichRoles() throws Exception {
		PortalUser admin = data.user(Role.ADMIN);
		String email = "new-staff-" + TestData.unique() + "@example.org";
		mvc.perform(post("/admin/users").with(csrf()).with(as(admin))
			.param("fullName", "Nora New")
			.param("email", email)
			.param("password", "a-first-password-to-pass-on")
			.param("roles", "STAFF", "REVIEWER")
			.param("language", "nl")).andExpect(status().isFound());

		assertThat(users.findByEmail(email)).hasValueSatisfying(
				account -> assertThat(account.getRoles()).containsExactlyInAnyOrder(Role.STAFF, Role.REVIEWER));
		assertThat(AuditEntries.of(trail, admin.getEmail(), "ACCOUNT_CREATED", email))
			.singleElement()
			.satisfies(entry -> assertThat(entry.details()).isEqualTo("roles [STAFF, REVIEWER]"));
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void anAccountThatCannotBeCreatedLeavesNoEntry() throws Exception {
		PortalUser admin = data.user(Role.ADMIN);
		PortalUser existing = data.user(Role.APPLICANT);
		mvc.perform(post("/admin/users").with(csrf()).with(as(admin))
			.param("fullName", "Twice")
			.param("email", existing.getEmail())
			.param("password", "a-first-password-to-pass-on")
			.param("roles", "ADMIN")
			.param("language", "en")).andExpect(status().isOk());

		assertThat(AuditEntries.of(trail, admin.getEmail(), "ACCOUNT_CREATED", existing.getEmail())).isEmpty();
		assertThat(users.findByEmail(existing.getEmail())).hasValueSatisfying(
				account -> assertThat(account.getRoles()).containsExactly(Role.APPLICANT));
	}

	@Test
	void theExportOpensInASpreadsheetAndNeverRunsAFormula() throws Exception {
		PortalUser admin = data.user(Role.ADMIN);
		String marker = "import-" + TestData.unique();
		transaction.executeWithoutResult(status -> trail.record("staff@example.org", "IMPORTED", "import", marker,
				"=HYPERLINK(\"http://evil.example\",\"click\")"));

		byte[] csv = mvc.perform(get("/admin/audit.csv").param("q", marker).with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).contains(marker).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"");
	}

	@Test
	void anEntryRewrittenWithoutTheKeyIsReportedOnTheCheckAndTheExportNamesEachSeal() throws Exception {
		PortalUser admin = data.user(Role.ADMIN);
		String marker = "sealed-" + TestData.unique();
		AuditEntry entry = transaction.execute(status -> trail.record("staff@example.org", "IMPORTED", "import", marker,
				"1 new"));
		assertThat(entry.seal()).isEqualTo(AuditTrail.HMAC_SHA256);
		String csv = mvc.perform(get("/admin/audit.csv").param("q", marker).with(as(admin)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("\"previous_hash\",\"hash\",\"seal\",\"key_id\"")
			.contains("\"" + entry.hash() + "\",\"hmac-sha256\",\"" + entry.keyId() + "\"");

		// The database owner, without the key, marks the entry unkeyed with a plain SHA-256 that links as before. It is
		// the last entry (nothing else writes meanwhile), so no entry after it needs linking again.
		String plain = sha256Hex(String.join("\u001f", entry.previousHash(), entry.occurredAt().toString(),
				entry.actor(), entry.action(), entry.subjectType(), entry.subjectId(), entry.details()));
		try {
			rewrite(entry.id(), plain, "sha256", null);
			mvc.perform(get("/admin/audit/verify").with(as(admin)))
				.andExpect(content().string(containsString("The chain is not sealed at entry " + entry.id())));
			mvc.perform(get("/admin/audit/verify").param("lang", "nl").with(as(admin)))
				.andExpect(content().string(containsString("De keten is niet verzegeld bij regel " + entry.id())));
		}
		finally {
			rewrite(entry.id(), entry.hash(), entry.seal(), entry.keyId());
		}
		mvc.perform(get("/admin/audit/verify").with(as(admin)))
			.andExpect(content().string(containsString("The chain is intact")))
			.andExpect(content().string(containsString("HMAC-SHA256 under the key " + entry.keyId())));
	}

	private void rewrite(long id, String hash, String seal, String keyId) {
		transaction.executeWithoutResult(status -> {
			jdbc.sql("alter table audit_entries disable trigger audit_entries_append_only").update();
			jdbc.sql("update audit_entries set hash = ?, seal = ?, key_id = ? where id = ?")
				.params(hash, seal, keyId, id)
				.update();
			jdbc.sql("alter table audit_entries enable trigger audit_entries_append_only").update();
		});
	}

	private static String sha256Hex(String text) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void aSearchMatchingMoreThanTenPagesAheadSaysMoreThanAndStillPagesOn() throws Exception {
		PortalUser admin = data.user(Role.ADMIN);
		String marker = "many-" + TestData.unique();
		transaction.executeWithoutResult(status -> {
			for (int i = 0; i < 601; i++) {
				trail.record("staff@example.org", "IMPORTED", "import", marker, "row " + i);
			}
		});

		// Counted up to ten pages past the first: a 501st entry is the eleventh page and more.
		mvc.perform(get("/admin/audit").param("q", marker).with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("More than 500 entries")))
			.andExpect(content().string(containsString("Page 1, of more than 500 entries")))
			.andExpect(content().string(containsString("row 600")));
		// From the third page on, the count reaches all 601: 13 pages, the last with the first entry.
		mvc.perform(get("/admin/audit").param("q", marker).param("page", "12").with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("601 entries")))
			.andExpect(content().string(containsString("Page 13 of 13")))
			.andExpect(content().string(containsString("row 0<")));
		mvc.perform(get("/admin/audit").param("q", marker).param("page", "13").with(as(admin)))
			.andExpect(status().isBadRequest());
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void onlyAdminsReadTheTrail() throws Exception {
		mvc.perform(get("/admin/audit").with(as(data.user(Role.STAFF)))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/audit.csv").with(as(data.user(Role.REVIEWER)))).andExpect(status().isForbidden());
	}

	private RequestPostProcessor as(PortalUser person) {
		return user(userDetails.loadUserByUsername(person.getEmail()));
	}
}
