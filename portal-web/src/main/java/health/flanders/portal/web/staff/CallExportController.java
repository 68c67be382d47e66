package health.flanders.portal.web.staff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Staff's downloads of a whole call: the consortium members for VLAIO as CSV or Excel, and the submitted PDFs as a
 * zip. Each is written to the response as it is read, never built in memory first; an unknown call answers 404
 * before anything is written.
 */
@Controller
class CallExportController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final ConsortiumMemberExport members;

	private final SubmittedPdfs pdfs;

	CallExportController(ConsortiumMemberExport members, SubmittedPdfs pdfs) {
		this.members = members;
		this.pdfs = pdfs;
	}

	@GetMapping("/staff/calls/{id}/members.csv")
	void membersCsv(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
		members.checkCall(id);
		attachment(response, "text/csv;charset=UTF-8", "icon-call-" + id + "-members.csv");
		members.writeCsv(id, locale, response.getOutputStream());
	}

	@GetMapping("/staff/calls/{id}/members.xlsx")
	void membersXlsx(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
		members.checkCall(id);
		attachment(response, XLSX, "icon-call-" + id + "-members.xlsx");
		members.writeXlsx(id, locale, response.getOutputStream());
	}

	@GetMapping("/staff/calls/{id}/proposals.zip")
	void submittedPdfs(@PathVariable long id, HttpServletResponse response) throws IOException {
		pdfs.checkCall(id);
		attachment(response, "application/zip", "icon-call-" + id + "-proposals.zip");
		pdfs.writeZip(id, response.getOutputStream());
	}

	private static void attachment(HttpServletResponse response, String type, String fileName) {
		response.setContentType(type);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
	}
}
