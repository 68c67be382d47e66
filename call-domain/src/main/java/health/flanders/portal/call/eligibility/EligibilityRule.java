package health.flanders.portal.call.eligibility;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Predicate;

import health.flanders.portal.call.organisation.EnterpriseNumber;
import health.flanders.portal.call.organisation.OrganisationType;
import health.flanders.portal.call.organisation.Region;
import health.flanders.portal.call.organisation.ResearchKind;

/**
 * The ICON consortium rule: at least the call's minimum of independent Flemish enterprises and of research and
 * technology organisations (RTOs), plus the further rules the call switches on. It returns every reason it finds,
 * not only the first, naming the organisations concerned.
 * <p>
 * An enterprise counts as an independent Flemish enterprise when its address is in the Flemish Region and it has a
 * valid Belgian enterprise number; enterprises of one corporate group count once. An RTO counts wherever it is.
 * Hospitals and other bodies count as neither. The enterprise budget rule adds up the budgets of all enterprise
 * members, Flemish or not: the call limits what enterprises request, and VLAIO funds only the Flemish ones.
 */
public final class EligibilityRule {

	private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("eligibility-messages", Locale.ROOT);

	private EligibilityRule() {
	}

	public static EligibilityResult check(EligibilityCriteria criteria, List<ConsortiumCandidate> members) {
		List<Reason> reasons = new ArrayList<>();
		int enterprises = countIndependentFlemishEnterprises(members, reasons);
		int rtos = (int) members.stream().filter(isType(OrganisationType.RTO)).count();
		for (ConsortiumCandidate member : members) {
			if (member.type() == OrganisationType.HOSPITAL) {
				reasons.add(note("hospital-counts-neither", member.name()));
			}
			else if (member.type() == OrganisationType.OTHER) {
				reasons.add(note("other-counts-neither", member.name()));
			}
		}
		if (enterprises < criteria.minIndependentFlemishEnterprises()) {
			reasons.add(block("too-few-enterprises", enterprises, criteria.minIndependentFlemishEnterprises()));
		}
		if (rtos < criteria.minRtos()) {
			reasons.add(rtos == 0 ? block("no-rto", criteria.minRtos())
					: block("too-few-rtos", rtos, criteria.minRtos()));
		}
		if (criteria.enterpriseMustCoordinate()) {
			checkCoordinator(members, reasons);
		}
		if (criteria.universityRequiredWithStrategicResearchCentre()) {
			checkUniversityBesideResearchCentres(members, reasons);
		}
		checkBudgets(criteria, members, reasons);
		boolean eligible = reasons.stream().noneMatch(Reason::blocking);
		return new EligibilityResult(eligible, enterprises, rtos, reasons);
	}

	private static int countIndependentFlemishEnterprises(List<ConsortiumCandidate> members, List<Reason> reasons) {
		Map<String, List<String>> independent = new LinkedHashMap<>();
		Map<String, String> groupNames = new LinkedHashMap<>();
		for (int i = 0; i < members.size(); i++) {
			ConsortiumCandidate member = members.get(i);
			if (member.type() != OrganisationType.ENTERPRISE || !countsAsFlemish(member, reasons)) {
				continue;
			}
			// The registry keeps one entry per group, however its name was typed: one id is one group.
			String key = member.corporateGroupId() == null ? "member:" + i : "group:" + member.corporateGroupId();
			independent.computeIfAbsent(key, k -> new ArrayList<>()).add(member.name());
			groupNames.putIfAbsent(key, member.corporateGroup());
		}
		independent.forEach((key, names) -> {
			if (names.size() > 1) {
				reasons.add(note("same-group", String.join(", ", names), groupNames.get(key)));
			}
		});
		return independent.size();
	}

	private static boolean countsAsFlemish(ConsortiumCandidate member, List<Reason> reasons) {
		Region region = Region.of(member.country(), member.postalCode());
		switch (region) {
			case BRUSSELS_CAPITAL_REGION -> reasons.add(note("in-brussels", member.name(), member.postalCode().strip()));
			case WALLOON_REGION -> reasons.add(note("in-wallonia", member.name(), member.postalCode().strip()));
			case ABROAD -> reasons.add(note("abroad", member.name(), member.country().strip().toUpperCase(Locale.ROOT)));
			case UNKNOWN -> reasons.add(note("unknown-address", member.name()));
			case FLEMISH_REGION -> {
				if (member.enterpriseNumber() == null || member.enterpriseNumber().isBlank()) {
					reasons.add(note("no-enterprise-number", member.name()));
					return false;
				}
				if (!EnterpriseNumber.isValid(member.enterpriseNumber())) {
					reasons.add(note("invalid-enterprise-number", member.name(), member.enterpriseNumber().strip()));
					return false;
				}
				return true;
			}
		}
		return false;
	}

	private static void checkCoordinator(List<ConsortiumCandidate> members, List<Reason> reasons) {
		members.stream().filter(ConsortiumCandidate::coordinator).findFirst().ifPresentOrElse(coordinator -> {
			if (coordinator.type() != OrganisationType.ENTERPRISE) {
				reasons.add(block("coordinator-not-enterprise", coordinator.name()));
			}
		}, () -> reasons.add(block("no-coordinator")));
	}

	private static void checkUniversityBesideResearchCentres(List<ConsortiumCandidate> members, List<Reason> reasons) {
		List<ConsortiumCandidate> research = members.stream().filter(isType(OrganisationType.RTO)).toList();
		boolean onlyCentres = !research.isEmpty()
				&& research.stream().allMatch(member -> member.researchKind() == ResearchKind.STRATEGIC_RESEARCH_CENTRE);
		if (onlyCentres) {
			reasons.add(block("only-strategic-research-centres",
					String.join(", ", research.stream().map(ConsortiumCandidate::name).toList())));
		}
	}

	private static void checkBudgets(EligibilityCriteria criteria, List<ConsortiumCandidate> members,
			List<Reason> reasons) {
		boolean budgetRulesOn = criteria.maxResearchBudgetShare() != null || criteria.minEnterpriseBudgetEur() != null
				|| criteria.maxEnterpriseBudgetEur() != null;
		// An empty consortium is checked too: it requests no budget, which the enterprises' minimum reports.
		if (!budgetRulesOn) {
			return;
		}
		List<String> missing = members.stream()
			.filter(member -> member.requestedBudgetEur() == null)
			.map(ConsortiumCandidate::name)
			.toList();
		if (!missing.isEmpty()) {
			reasons.add(block("budget-missing", String.join(", ", missing)));
			return;
		}
		BigDecimal total = sum(members, member -> true);
		BigDecimal research = sum(members, isType(OrganisationType.RTO));
		BigDecimal enterprise = sum(members, isType(OrganisationType.ENTERPRISE));
		BigDecimal maxShare = criteria.maxResearchBudgetShare();
		if (maxShare != null && total.signum() > 0 && research.compareTo(maxShare.multiply(total)) > 0) {
			// In hundredths, rounded up, so that a share just over the limit (40.001%) never reads as the limit ("40%").
			BigDecimal share = research.multiply(BigDecimal.valueOf(100)).divide(total, 2, RoundingMode.UP);
			reasons.add(block("research-share-too-high", percent(share), percent(maxShare.movePointRight(2))));
		}
		if (criteria.minEnterpriseBudgetEur() != null && enterprise.compareTo(criteria.minEnterpriseBudgetEur()) < 0) {
			reasons.add(block("enterprise-budget-too-low", euros(enterprise), euros(criteria.minEnterpriseBudgetEur())));
		}
		if (criteria.maxEnterpriseBudgetEur() != null && enterprise.compareTo(criteria.maxEnterpriseBudgetEur()) > 0) {
			reasons.add(block("enterprise-budget-too-high", euros(enterprise), euros(criteria.maxEnterpriseBudgetEur())));
		}
	}

	private static BigDecimal sum(List<ConsortiumCandidate> members, Predicate<ConsortiumCandidate> which) {
		return members.stream()
			.filter(which)
			.map(ConsortiumCandidate::requestedBudgetEur)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static Predicate<ConsortiumCandidate> isType(OrganisationType type) {
		return member -> member.type() == type;
	}

	/**
	 * A share as a number to two decimals at most, which the message writes in the reader's language (40.01% or
	 * 40,01 %).
	 */
	private static BigDecimal percent(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
	}

	/** An amount in euros as a number, which the message writes in the reader's language (1,250,000.00 or 1.250.000,00). */
	private static BigDecimal euros(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP);
	}

	private static Reason block(String name, Object... arguments) {
		return reason(name, true, arguments);
	}

	private static Reason note(String name, Object... arguments) {
		return reason(name, false, arguments);
	}

	/** Numbers stay numbers, so that each language writes them its own way; names and codes arrive as text. */
	private static Reason reason(String name, boolean blocking, Object... arguments) {
		String code = "eligibility.reason." + name;
		String english = new MessageFormat(ENGLISH.getString(code), Locale.UK).format(arguments);
		return new Reason(code, blocking, english, (Object[]) arguments);
	}
}
