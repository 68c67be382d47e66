package health.flanders.portal.call.eligibility;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import health.flanders.portal.call.organisation.OrganisationType;
import health.flanders.portal.call.organisation.ResearchKind;

/** Consortia for the eligibility rule's tests, each member stated by only what matters to a test. */
final class Consortium {

	private Consortium() {
	}

	// Valid Belgian enterprise numbers (97 minus the first eight digits mod 97).
	static final String ACME = "0403000059";

	static final String BOLT = "0411000084";

	static final String CURA = "0412000075";

	static final String DYNA = "0413000066";

	static final String EXTRA = "0414000057";

	// Ids of corporate groups in the registry.
	static final long JANSSEN = 1;

	static final long ACME_GROUP = 2;

	static final long BARCO = 3;

	static EligibilityResult check(EligibilityCriteria criteria, Member... members) {
		return EligibilityRule.check(criteria, Arrays.stream(members).map(Member::toCandidate).toList());
	}

	/** The reason codes without their common {@code eligibility.reason.} prefix. */
	static List<String> reasonNames(EligibilityResult result) {
		return result.reasons().stream().map(reason -> reason.code().replaceFirst("^eligibility\\.reason\\.", "")).toList();
	}

	/** A Flemish enterprise in Gent requesting EUR 200,000. */
	static Member enterprise(String name, String enterpriseNumber) {
		return member(name, OrganisationType.ENTERPRISE).number(enterpriseNumber).requesting("200000");
	}

	/** A research organisation in Leuven requesting EUR 300,000. */
	static Member rto(String name, ResearchKind kind) {
		return member(name, OrganisationType.RTO).kind(kind).at("BE", "3000").requesting("300000");
	}

	static Member hospital(String name) {
		return member(name, OrganisationType.HOSPITAL);
	}

	/** A member in Gent, Belgium, requesting nothing. */
	static Member member(String name, OrganisationType type) {
		return new Member(name, type);
	}

	/** Builds one {@link ConsortiumCandidate}, so that each test states only what matters to it. */
	static final class Member {

		private final String name;

		private final OrganisationType type;

		private ResearchKind researchKind;

		private Long corporateGroupId;

		private String corporateGroup;

		private String country = "BE";

		private String postalCode = "9000";

		private String enterpriseNumber;

		private boolean coordinator;

		private BigDecimal requestedBudgetEur = BigDecimal.ZERO;

		Member(String name, OrganisationType type) {
			this.name = name;
			this.type = type;
		}

		Member at(String country, String postalCode) {
			this.country = country;
			this.postalCode = postalCode;
			return this;
		}

		Member kind(ResearchKind researchKind) {
			this.researchKind = researchKind;
			return this;
		}

		/** In the registry's group entry of this id, named so. */
		Member inGroup(long corporateGroupId, String corporateGroup) {
			this.corporateGroupId = corporateGroupId;
			this.corporateGroup = corporateGroup;
			return this;
		}

		Member number(String enterpriseNumber) {
			this.enterpriseNumber = enterpriseNumber;
			return this;
		}

		Member coordinating() {
			this.coordinator = true;
			return this;
		}

		Member requesting(String euros) {
			this.requestedBudgetEur = euros == null ? null : new BigDecimal(euros);
			return this;
		}

		ConsortiumCandidate toCandidate() {
			return new ConsortiumCandidate(name, type, researchKind, corporateGroupId, corporateGroup, country, postalCode,
					enterpriseNumber, coordinator, requestedBudgetEur);
		}
	}
}
