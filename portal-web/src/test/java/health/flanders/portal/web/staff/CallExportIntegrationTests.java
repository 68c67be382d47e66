package health.flanders.portal.web.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import health.flanders.portal.call.Call;
import health.flanders.portal.call.organisation.EnterpriseNumber;
import health.flanders.portal.call.proposal.Proposal;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.support.PortalIntegrationTest;
import health.flanders.portal.web.support.TestData;

/**
 * Staff download a call whole: its consortium members for VLAIO as CSV and as an Excel workbook, one row per member,
 * and the PDFs of its submitted proposals as one zip; applicants are refused.
 */
@PortalIntegrationTest
class CallExportIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService userDetails;

	PortalUser staff;

	PortalUser applicant;

	Call call;

	Proposal submitted;

	/** The coordinator of {@link #submitted}, renamed as a spreadsheet would read a formula. */
	String formula;

	String enterpriseNumber;

	String withdrawnMember;

	@BeforeEach
	void aSubmittedAndAWithdrawnProposal() {
		call = data.openCall();
		staff = data.user(Role.STAFF);
		applicant = data.user(Role.APPLICANT);
		submitted = data.submittedProposal(call, applicant, "VLA" + TestData.unique().substring(0, 4).toUpperCase());
		formula = "=HYPERLINK(\"http://evil.example\",\"" + TestData.unique().substring(0, 6) + "\")";
		long coordinator = jdbc.sql("select organisation_id from consortium_members where proposal_id = ? and role = 'COORDINATOR'")
			.param(submitted.getId())
			.query(Long.class)
			.single();
		jdbc.sql("update organisations set name = ? where id = ?").params(formula, coordinator).update();
		enterpriseNumber = jdbc.sql("select enterprise_number from organisations where id = ?").param(coordinator)
			.query(String.class)
			.single();
		withdrawnMember = "Withdrawn Member " + TestData.unique();
		Proposal withdrawn = data.proposal(call, applicant, "GONE", data.flemishEnterprise(withdrawnMember, null));
		jdbc.sql("update proposals set reference = ?, status = 'WITHDRAWN', first_submitted_at = now() where id = ?")
			.params("W-" + TestData.unique().substring(0, 20), withdrawn.getId())
			.update();
	}

	@Test
	void theCsvHasOneRowPerMemberWithItsEnterpriseNumberAndBudgetAndNoFormula() throws Exception {
		byte[] body = download("/staff/calls/{id}/members.csv", "text/csv;charset=UTF-8");
		List<String> lines = List.of(new String(body, StandardCharsets.UTF_8).substring(1).split("\r\n"));
		assertThat(lines.get(0)).isEqualTo("\"Reference\",\"Acronym\",\"Status\",\"Organisation\",\"Enterprise number\","
				+ "\"Type\",\"Size\",\"Region\",\"Role\",\"Requested budget (EUR)\"");
		assertThat(lines).hasSize(1 + 4);
		// The coordinator first, its name neutralised: a spreadsheet shows the text, never runs it.
		assertThat(lines.get(1)).isEqualTo("\"" + submitted.getReference() + "\",\"" + submitted.getAcronym()
				+ "\",\"Submitted\",\"'" + formula.replace("\"", "\"\"") + "\",\"BE "
				+ new EnterpriseNumber(enterpriseNumber).formatted() + "\",\"Enterprise\",\"\",\"Flemish Region\","
				+ "\"Coordinator\",\"200000.00\"");
		assertThat(lines.subList(2, 5)).allMatch(line -> line.endsWith(",\"Partner\",\"200000.00\""));
		assertThat(lines).anyMatch(line -> line.contains("\"Research and technology organisation\"")
				&& line.contains("\"\",\"Research and technology organisation\""));
		assertThat(new String(body, StandardCharsets.UTF_8)).doesNotContain(withdrawnMember);
	}

	@Test
	void theWorkbookHoldsTextCellsAndTheBudgetAsANumber() throws Exception {
		byte[] body = download("/staff/calls/{id}/members.xlsx", CallExportController.XLSX);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(body),
				new ReadingOptions(true, false))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows).hasSize(1 + 4);
			assertThat(rows.get(0).getCellText(4)).isEqualTo("Enterprise number");
			Row coordinator = rows.get(1);
			assertThat(coordinator.getCellText(0)).isEqualTo(submitted.getReference());
			assertThat(coordinator.getCell(3).getType()).isEqualTo(CellType.STRING);
			assertThat(coordinator.getCell(3).getFormula()).isNull();
			assertThat(coordinator.getCellText(3)).isEqualTo(formula);
			assertThat(coordinator.getCellText(4)).isEqualTo("BE " + new EnterpriseNumber(enterpriseNumber).formatted());
			assertThat(coordinator.getCellText(8)).isEqualTo("Coordinator");
			assertThat(coordinator.getCell(9).getType()).isEqualTo(CellType.NUMBER);
			assertThat(coordinator.getCell(9).asNumber()).isEqualByComparingTo(new BigDecimal("200000.00"));
			assertThat(coordinator.getCell(9).getDataFormatString()).isEqualTo("#,##0.00");
			assertThat(rows).noneMatch(row -> row.stream().anyMatch(cell -> cell != null && cell.getType() == CellType.FORMULA));
		}
	}

	@Test
	void theZipHoldsTheLastSubmittedVersionsPdfsUnderTheirReference() throws Exception {
		// Two files of one name (in other capitals): each lands in the proposal's folder, the second numbered.
		jdbc.sql("""
				update proposal_attachments set file_name = case kind when 'FULL_TEXT' then 'proposal.pdf'
				                                                      else 'Proposal.PDF' end
				where proposal_id = ?""")
			.param(submitted.getId())
			.update();
		Map<String, byte[]> stored = new LinkedHashMap<>();
		jdbc.sql("""
				select a.kind, a.content from proposal_attachments a
				join proposal_version_attachments va on va.attachment_id = a.id
				join proposal_versions v on v.id = va.version_id
				where v.proposal_id = ? order by a.kind""")
			.param(submitted.getId())
			.query((rs, row) -> stored.put(rs.getString("kind"), rs.getBytes("content")))
			.list();
		byte[] body = download("/staff/calls/{id}/proposals.zip", "application/zip");
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				entries.put(entry.getName(), zip.readAllBytes());
			}
		}
		String folder = submitted.getReference() + "/";
		assertThat(entries.keySet()).containsExactly(folder + "Proposal.pdf", folder + "proposal (2).pdf");
		assertThat(entries.get(folder + "Proposal.pdf")).isEqualTo(stored.get("BUDGET_SHEET"));
		assertThat(entries.get(folder + "proposal (2).pdf")).isEqualTo(stored.get("FULL_TEXT"));
		assertThat(stored.get("FULL_TEXT")).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
	}

	@Test
	void applicantsAreRefusedAndAnUnknownCallIsNotFound() throws Exception {
		for (String path : List.of("/staff/calls/{id}/members.csv", "/staff/calls/{id}/members.xlsx",
				"/staff/calls/{id}/proposals.zip")) {
			mvc.perform(get(path, call.getId()).with(as(applicant))).andExpect(status().isForbidden());
			mvc.perform(get(path, Long.MAX_VALUE).with(as(staff))).andExpect(status().isNotFound());
		}
	}

	@Test
	void theStaffListLinksToEachExport() throws Exception {
		String page = mvc.perform(get("/staff/calls/{id}/proposals", call.getId()).with(as(staff)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("/staff/calls/" + call.getId() + "/members.csv",
				"/staff/calls/" + call.getId() + "/members.xlsx", "/staff/calls/" + call.getId() + "/proposals.zip");
	}

	private byte[] download(String path, String contentType) throws Exception {
		return mvc.perform(get(path, call.getId()).with(as(staff)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", startsWith(contentType)))
			.andExpect(header().string("Content-Disposition", startsWith("attachment;")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private RequestPostProcessor as(PortalUser person) {
		return user(userDetails.loadUserByUsername(person.getEmail()));
	}
}
