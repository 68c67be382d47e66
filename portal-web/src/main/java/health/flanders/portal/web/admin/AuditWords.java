package health.flanders.portal.web.admin;

import java.math.BigDecimal;
import java.text.Collator;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import health.flanders.portal.call.audit.AuditEntry;
import health.flanders.portal.call.audit.AuditTrail;
import health.flanders.portal.web.system.BrusselsTime;

/**
 * Says the audit trail in the reader's language: the action and the subject of an entry, and its details where the
 * portal wrote them itself. The trail keeps what it sealed, in English, unchanged (its hash covers it, the CSV gives
 * it as written); the words are made when the page is shown, by recognising the few shapes of text the portal writes.
 * Details of another shape (what a person typed, or entries older than a shape) are shown as written. Templates use it
 * as {@code ${@auditWords.action(entry.action())}}.
 */
@Component("auditWords")
public class AuditWords {

	private static final Set<String> ANY = Set.of();

	private static final String ID = "(\\d+)";

	private final List<Wording> wordings;

	private final MessageSource messages;

	private final BrusselsTime time;

	AuditWords(MessageSource messages, BrusselsTime time) {
		this.messages = messages;
		this.time = time;
		this.wordings = wordings();
	}

	/** The action in words, e.g. "Review submitted" or "Beoordeling ingediend"; an unknown code as it is. */
	public String action(String code) {
		return messages.getMessage("audit.action." + code, null, code, locale());
	}

	/** The subject in words, e.g. "proposal 12" or "voorstel 12"; an unknown kind as it is. */
	public String subject(String type, String id) {
		return messages.getMessage("audit.subject." + type, new Object[] { id }, type + " " + id, locale());
	}

	/** The details in words where the portal wrote them in a shape it knows, otherwise as they were written. */
	public String details(AuditEntry entry) {
		String details = entry.details();
		if (details == null || details.isEmpty()) {
			return "";
		}
		for (Wording wording : wordings) {
			if (wording.actions().isEmpty() || wording.actions().contains(entry.action())) {
				Matcher matcher = wording.pattern().matcher(details);
				if (matcher.matches()) {
					return messages.getMessage(wording.key(), wording.arguments().apply(matcher), details, locale());
				}
			}
		}
		return details;
	}

	/**
	 * The choices of the action filter, in the order of their words; a chosen code the portal does not know (from an
	 * older release, or typed into the address) is kept as a choice of its own so that the filter shows what it is.
	 */
	List<ActionChoice> actionChoices(String chosen) {
		Collator collator = Collator.getInstance(locale());
		List<ActionChoice> choices = new ArrayList<>(AuditActions.KNOWN.stream()
			.map(code -> new ActionChoice(code, action(code)))
			.sorted(Comparator.comparing(ActionChoice::words, collator))
			.toList());
		if (chosen != null && !chosen.isBlank() && !AuditActions.KNOWN.contains(chosen.strip())) {
			choices.add(new ActionChoice(chosen.strip(), chosen.strip()));
		}
		return choices;
	}

	/** One option of the action filter: the code sent, and the words shown. */
	public record ActionChoice(String code, String words) {
	}

	private Object[] roles(String list) {
		return new Object[] { Arrays.stream(list.split(",\\s*"))
			.filter(role -> !role.isBlank())
			.map(role -> messages.getMessage("role." + role, null, role, locale()))
			.collect(Collectors.joining(", ")) };
	}

	private String instant(String text) {
		try {
			return time.dateTime(Instant.parse(text));
		}
		catch (DateTimeParseException ex) {
			return text;
		}
	}

	/**
	 * The shapes of the details the portal writes (see the calls of {@link AuditTrail#record}), each with the message
	 * that says it. Counts and amounts pass as numbers, so that each language writes them its own way; ids as text.
	 */
	private List<Wording> wordings() {
		return List.of(
				wording(Set.of("ACCOUNT_CREATED"), "roles \\[(.*)]", "audit.details.roles", m -> roles(m.group(1))),
				wording(Set.of("ROLES_CHANGED"), "\\[(.*)] -> \\[(.*)]", "audit.details.rolesChanged",
						m -> new Object[] { roles(m.group(1))[0], roles(m.group(2))[0] }),
				wording(Set.of("CONSENSUS_RECORDED"), ID + " criteria", "audit.details.criteria",
						m -> new Object[] { Long.valueOf(m.group(1)) }),
				wording(Set.of("PROPOSAL_EVALUATED_AS_SUBMITTED"),
						"version " + ID + " of (.*), reopened and not submitted again", "audit.details.evaluatedAsSubmitted",
						m -> new Object[] { m.group(1), m.group(2) }),
				wording(Set.of("PROPOSAL_SUBMITTED"), "version " + ID + " of (.*)", "audit.details.version",
						m -> new Object[] { m.group(1), m.group(2) }),
				wording(Set.of("EVALUATION_STARTED"), "(.*): " + ID + " proposals", "audit.details.evaluationStarted",
						m -> new Object[] { m.group(1), Long.valueOf(m.group(2)) }),
				wording(ANY, "reviewer " + ID + " added", "audit.details.reviewerAdded", m -> new Object[] { m.group(1) }),
				wording(ANY, "reviewer " + ID + " removed", "audit.details.reviewerRemoved",
						m -> new Object[] { m.group(1) }),
				wording(ANY, "reviewer " + ID + " maximum the call's", "audit.details.reviewerMaximumOfCall",
						m -> new Object[] { m.group(1) }),
				wording(ANY, "reviewer " + ID + " maximum " + ID, "audit.details.reviewerMaximum",
						m -> new Object[] { m.group(1), Long.valueOf(m.group(2)) }),
				wording(ANY, "reviewer " + ID + ", reason: (.*)", "audit.details.reviewerReason",
						m -> new Object[] { m.group(1), m.group(2) }),
				wording(ANY, "reviewer " + ID, "audit.details.reviewer", m -> new Object[] { m.group(1) }),
				wording(ANY, "review " + ID, "audit.details.review", m -> new Object[] { m.group(1) }),
				wording(ANY, "reason: (.*)", "audit.details.reason", m -> new Object[] { m.group(1) }),
				wording(Set.of("ASSIGNMENT_RELEASED"), ID + " reviewers e-mailed", "audit.details.reviewersEmailed",
						m -> new Object[] { Long.valueOf(m.group(1)) }),
				wording(Set.of("ASSIGNMENT_PROPOSED"),
						ID + " proposals, " + ID + " reviewers, " + ID + " pairs kept, total affinity ([0-9.]+)",
						"audit.details.assignmentProposed",
						m -> new Object[] { Long.valueOf(m.group(1)), Long.valueOf(m.group(2)), Long.valueOf(m.group(3)),
								new BigDecimal(m.group(4)) }),
				wording(Set.of("FUNDING_DECIDED"), ID + " funded: \\[(.*)]; budget used ([0-9.]+)",
						"audit.details.fundingDecided",
						m -> new Object[] { Long.valueOf(m.group(1)), m.group(2), new BigDecimal(m.group(3)) }),
				wording(Set.of("REVIEW_DEADLINE_SET"), "(\\S+)", "audit.details.deadlineSet",
						m -> new Object[] { instant(m.group(1)) }),
				wording(Set.of("REVIEW_DEADLINE_MOVED"), "(\\S+) -> (\\S+)", "audit.details.deadlineMoved",
						m -> new Object[] { instant(m.group(1)), instant(m.group(2)) }),
				wording(Set.of("CALL_DEADLINE_EXTENDED"), "(\\S+) -> (\\S+): (.*)", "audit.details.deadlineExtended",
						m -> new Object[] { instant(m.group(1)), instant(m.group(2)), m.group(3) }),
				wording(Set.of("CONTACT_ERASED"), "contact person's data erased on request",
						"audit.details.contactErased", m -> new Object[0]),
				wording(Set.of("ELIGIBILITY_OVERRIDDEN"), "eligible: (.*)", "audit.details.overriddenEligible",
						m -> new Object[] { m.group(1) }),
				wording(Set.of("ELIGIBILITY_OVERRIDDEN"), "not eligible: (.*)", "audit.details.overriddenNotEligible",
						m -> new Object[] { m.group(1) }),
				wording(Set.of("ELIGIBILITY_OVERRIDE_CLEARED"), "was eligible: (.*)", "audit.details.clearedEligible",
						m -> new Object[] { m.group(1) }),
				wording(Set.of("ELIGIBILITY_OVERRIDE_CLEARED"), "was not eligible: (.*)",
						"audit.details.clearedNotEligible", m -> new Object[] { m.group(1) }),
				wording(Set.of("REGISTRY_IMPORTED"), "(.*): " + ID + " new, " + ID + " updated",
						"audit.details.registryImported",
						m -> new Object[] { m.group(1), Long.valueOf(m.group(2)), Long.valueOf(m.group(3)) }),
				wording(Set.of(AuditTrail.KEYED),
						ID + " earlier entries sealed with SHA-256 only, up to this one; from here on HMAC-SHA256 under key (.*)",
						"audit.details.keyed", m -> new Object[] { Long.valueOf(m.group(1)), m.group(2) }));
	}

	private static Wording wording(Set<String> actions, String regex, String key, Function<Matcher, Object[]> arguments) {
		return new Wording(actions, Pattern.compile(regex, Pattern.DOTALL), key, arguments);
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	/** A shape of details written by the portal for these actions (any, when empty) and the message that says it. */
	private record Wording(Set<String> actions, Pattern pattern, String key, Function<Matcher, Object[]> arguments) {
	}
}
