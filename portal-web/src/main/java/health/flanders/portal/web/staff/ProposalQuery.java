package health.flanders.portal.web.staff;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

import health.flanders.portal.call.proposal.ProposalStatus;
import health.flanders.portal.web.system.LikePattern;
/**
 * What staff ask of a call's submitted proposals: words found in the acronym, the title or a member's name, a status,
 * an eligibility, a goal, and the order. Read from the list's query parameters leniently: a value that is not one of
 * the choices (an old bookmark, a hand-typed address) counts as not given, so the list falls back to its default
 * rather than failing.
 *
 * @param text the words to find, or {@code null}
 * @param status one status, or {@code null} for all
 * @param eligibility one eligibility, or {@code null} for all
 * @param goalId the id of one of the call's goals (its sub-goals count too), or {@code null} for all
 * @param sort the order
 * @param descending whether the order is reversed
 */
public record ProposalQuery(String text, ProposalStatus status, Eligibility eligibility, Long goalId, Sort sort,
		boolean descending) {

	/** The longest search text taken; the acronym is at most 30 characters and a name 200. */
	static final int MAX_TEXT_LENGTH = 200;

	/** Which proposals by their eligibility as it counts (staff's decision where there is one). */
	public enum Eligibility {

		ELIGIBLE, NOT_ELIGIBLE, OVERRIDDEN;

		public String parameter() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	/** The orders of the list; the reference breaks ties. */
	public enum Sort {

		REFERENCE, ACRONYM, SUBMITTED, BUDGET, ELIGIBILITY;

		public String parameter() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/** Everything, by reference. */
	public static final ProposalQuery ALL = new ProposalQuery(null, null, null, null, Sort.REFERENCE, false);

	/** The query as the list's parameters give it; anything unknown counts as not given. */
	public static ProposalQuery of(String text, String status, String eligibility, String goal, String sort,
			String direction) {
		String words = text == null ? null : text.strip();
		if (words != null && words.length() > MAX_TEXT_LENGTH) {
			words = words.substring(0, MAX_TEXT_LENGTH);
		}
		return new ProposalQuery(words == null || words.isEmpty() ? null : words, choice(ProposalStatus.class, status),
				choice(Eligibility.class, eligibility), goal(goal),
				sort == null ? Sort.REFERENCE : orElse(choice(Sort.class, sort), Sort.REFERENCE),
				"desc".equalsIgnoreCase(direction == null ? "" : direction.strip()));
	}

	/** The same query on another goal: used once the goal turns out not to be one of the call's. */
	ProposalQuery withGoal(Long goal) {
		return new ProposalQuery(text, status, eligibility, goal, sort, descending);
	}

	/** Whether this column orders the list, and which way: {@code ascending}, {@code descending} or {@code none}. */
	public String ariaSort(String column) {
		if (!sort.parameter().equals(column)) {
			return "none";
		}
		return descending ? "descending" : "ascending";
	}

	/** The direction a click on this column's heading asks for: the other way when it already orders the list. */
	public String directionOf(String column) {
		return sort.parameter().equals(column) && !descending ? "desc" : "asc";
	}

	public String statusParameter() {
		return status == null ? null : status.name();
	}

	public String eligibilityParameter() {
		return eligibility == null ? null : eligibility.parameter();
	}

	public String directionParameter() {
		return descending ? "desc" : "asc";
	}

	/** The list's address with this query on page {@code page} (counted from 0). */
	public String pageLink(long callId, long page) {
		return link(callId, sort, descending, page);
	}

	/** The list's address with this query ordered by this column, the other way when it orders it already. */
	public String sortLink(long callId, String column) {
		Sort by = choice(Sort.class, column);
		return link(callId, by, "desc".equals(directionOf(column)), 0);
	}

	private String link(long callId, Sort by, boolean reversed, long page) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("q", text);
		values.put("status", statusParameter());
		values.put("eligibility", eligibilityParameter());
		values.put("goal", goalId);
		values.put("sort", by == Sort.REFERENCE && !reversed ? null : by.parameter());
		values.put("dir", reversed ? "desc" : null);
		values.put("page", page == 0 ? null : page);
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/staff/calls/{call}/proposals");
		values.forEach((name, value) -> {
			if (value != null) {
				link.queryParam(name, "{" + name + "}");
			}
		});
		values.put("call", callId);
		return link.encode().buildAndExpand(values).toUriString();
	}

	/** Whether anything narrows the list. */
	public boolean narrowed() {
		return text != null || status != null || eligibility != null || goalId != null;
	}

	/** The search text as a LIKE pattern in lower case: the text anywhere, its own {@code % _ \} taken literally. */
	String likePattern() {
		return LikePattern.containing(text);
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(name)) {
				return constant;
			}
		}
		return null;
	}

	private static <E> E orElse(E value, E otherwise) {
		return value == null ? otherwise : value;
	}

	private static Long goal(String goal) {
		if (goal == null || goal.isBlank()) {
			return null;
		}
		try {
			long id = Long.parseLong(goal.strip());
			return id > 0 ? id : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}
}
