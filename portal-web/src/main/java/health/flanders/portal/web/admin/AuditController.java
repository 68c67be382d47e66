package health.flanders.portal.web.admin;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import health.flanders.portal.call.audit.AuditEntry;
import health.flanders.portal.call.audit.AuditKey;
import health.flanders.portal.call.audit.AuditQuery;
import health.flanders.portal.call.audit.AuditTrail;
import health.flanders.portal.web.system.BrusselsTime;
import health.flanders.portal.web.system.PageOutOfRangeException;
import health.flanders.portal.web.system.Csv;

/**
 * The audit trail for admins: search it, export it, and check that nobody changed it. A page number that is not a number,
 * below zero or past the last page answers 400. The matching entries are counted only up to ten pages past the one
 * shown (the trail holds a million entries after some years), so a page says "more than" where there are more.
 */
@Controller
class AuditController {

	private static final int PAGE_SIZE = 50;

	private static final int PAGES_COUNTED_AHEAD = 10;

	private final AuditTrail trail;

	private final BrusselsTime time;

	private final AuditKey key;

	private final AuditWords words;

	AuditController(AuditTrail trail, BrusselsTime time, AuditKey key, AuditWords words) {
		this.trail = trail;
		this.time = time;
		this.key = key;
		this.words = words;
	}

	@GetMapping("/admin/audit")
	String search(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(name = "q", required = false) String text,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
			@RequestParam(name = "page", defaultValue = "0") String pageParameter, Model model) {
		int page = PageOutOfRangeException.pageNumber(pageParameter);
		AuditQuery query = query(actor, action, text, from, until);
		// Counted up to ten pages past this one: beyond that, the page says "more than".
		long atMost = ((long) page + PAGES_COUNTED_AHEAD) * PAGE_SIZE + 1;
		long counted = trail.count(query, atMost);
		boolean more = counted == atMost;
		long total = more ? atMost - 1 : counted;
		long pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		if (page >= pages) {
			throw new PageOutOfRangeException(pageParameter);
		}
		List<AuditEntry> entries = trail.search(query, page * PAGE_SIZE, PAGE_SIZE);
		model.addAttribute("entries", entries);
		model.addAttribute("total", total);
		model.addAttribute("more", more);
		model.addAttribute("page", page);
		model.addAttribute("pages", pages);
		model.addAttribute("actor", actor);
		model.addAttribute("action", action == null ? null : action.strip());
		model.addAttribute("actions", words.actionChoices(action));
		model.addAttribute("q", text);
		model.addAttribute("from", from);
		model.addAttribute("until", until);
		return "admin/audit";
	}

	@GetMapping("/admin/audit.csv")
	void export(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(name = "q", required = false) String text,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
			HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("icon-audit-trail.csv").build().toString());
		try (Csv csv = Csv.to(response.getOutputStream())) {
			csv.row("id", "occurred_at", "actor", "action", "subject_type", "subject_id", "details", "previous_hash",
					"hash", "seal", "key_id", "action_in_words");
			// The sealed columns as written; the action in the reader's language last, for people reading it, looked
			// up once per action rather than once for each of a million rows.
			Map<String, String> actionWords = new HashMap<>();
			trail.each(query(actor, action, text, from, until),
					entry -> csv.row(entry.id(), time.iso(entry.occurredAt()), entry.actor(), entry.action(),
							entry.subjectType(), entry.subjectId(), entry.details(), entry.previousHash(), entry.hash(),
							entry.seal(), entry.keyId() == null ? "" : entry.keyId(),
							actionWords.computeIfAbsent(entry.action(), words::action)));
		}
	}

	@GetMapping("/admin/audit/verify")
	String verify(Model model) {
		model.addAttribute("check", trail.verify());
		model.addAttribute("auditKeyId", key.id());
		return "admin/audit-verify";
	}

	private static AuditQuery query(String actor, String action, String text, LocalDate from, LocalDate until) {
		Instant start = from == null ? null : from.atStartOfDay(BrusselsTime.ZONE).toInstant();
		Instant end = until == null ? null : until.plusDays(1).atStartOfDay(BrusselsTime.ZONE).toInstant();
		return new AuditQuery(actor, action, text, start, end);
	}
}
