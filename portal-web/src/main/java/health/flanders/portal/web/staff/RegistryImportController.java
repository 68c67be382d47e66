package health.flanders.portal.web.staff;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import health.flanders.portal.web.security.SignedInUser;

/** Staff import the registry from CSV (upload, preview, confirm), and download its template and an export. */
@Controller
class RegistryImportController {

	private final RegistryImport imports;

	private final MessageSource messages;

	RegistryImportController(RegistryImport imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@GetMapping("/staff/organisations/import")
	String form(Model model) {
		return page(CsvSeparator.COMMA, model);
	}

	@PostMapping("/staff/organisations/import")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "COMMA") CsvSeparator separator, @AuthenticationPrincipal SignedInUser staff,
			Model model, Locale locale) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", messages.getMessage("registry.import.noFile", null, locale));
			return page(separator, model);
		}
		try {
			long id = imports.upload(file.getOriginalFilename(), file.getBytes(), separator, staff.email());
			return "redirect:/staff/organisations/import/" + id;
		}
		catch (RegistryImport.UnreadableFileException ex) {
			model.addAttribute("fileError", messages.getMessage(ex.messageCode(), null, locale));
			return page(separator, model);
		}
	}

	private static String page(CsvSeparator separator, Model model) {
		model.addAttribute("separators", CsvSeparator.values());
		model.addAttribute("separator", separator);
		return "staff/import";
	}

	@GetMapping("/staff/organisations/import/{id}")
	String preview(@PathVariable long id, Model model) {
		model.addAttribute("preview", imports.preview(id));
		return "staff/import-preview";
	}

	@PostMapping("/staff/organisations/import/{id}")
	String confirm(@PathVariable long id, @AuthenticationPrincipal SignedInUser staff, RedirectAttributes redirect,
			Locale locale) {
		RegistryImport.Preview preview = imports.confirm(id, staff.email());
		if (preview.applied()) {
			redirect.addFlashAttribute("success", messages.getMessage("registry.import.applied", null, locale));
		}
		return "redirect:/staff/organisations/import/" + id;
	}

	@GetMapping("/staff/organisations/import/template.csv")
	void template(HttpServletResponse response) throws IOException {
		csv(response, "icon-registry-template.csv");
		imports.export(response.getOutputStream(), true);
	}

	@GetMapping("/staff/organisations.csv")
	void export(HttpServletResponse response) throws IOException {
		csv(response, "icon-registry.csv");
		imports.export(response.getOutputStream(), false);
	}

	private static void csv(HttpServletResponse response, String name) {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString());
	}
}
