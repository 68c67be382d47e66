package health.flanders.portal.web.support;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import health.flanders.portal.call.Bilingual;
import health.flanders.portal.call.Call;
import health.flanders.portal.call.EvaluationDefaults;
import health.flanders.portal.call.CallGoal;
import health.flanders.portal.call.CallRepository;
import health.flanders.portal.call.eligibility.EligibilityCriteria;
import health.flanders.portal.call.organisation.CorporateGroups;
import health.flanders.portal.call.organisation.EnterpriseNumber;
import health.flanders.portal.call.organisation.Organisation;
import health.flanders.portal.call.organisation.OrganisationRepository;
import health.flanders.portal.call.organisation.OrganisationType;
import health.flanders.portal.call.organisation.ResearchKind;
import health.flanders.portal.call.proposal.AttachmentKind;
import health.flanders.portal.call.programme.FundingProgramme;
import health.flanders.portal.call.programme.FundingProgrammeRepository;
import health.flanders.portal.call.programme.ProgrammeDetails;
import health.flanders.portal.call.programme.ProgrammeStatus;
import health.flanders.portal.call.proposal.MemberRole;
import health.flanders.portal.call.proposal.Proposal;
import health.flanders.portal.call.proposal.ProposalRepository;
import health.flanders.portal.call.session.InfoSession;
import health.flanders.portal.call.session.InfoSessionRepository;
import health.flanders.portal.call.session.SessionFormat;
import health.flanders.portal.call.testing.TestPdfs;
import health.flanders.portal.call.user.PortalUser;
import health.flanders.portal.call.user.PortalUserRepository;
import health.flanders.portal.call.user.Role;
import health.flanders.portal.web.proposals.ProposalSubmissions;
import health.flanders.portal.web.security.SignedInUser;

/**
 * Builds the data a test needs, each row unique to the test, so tests share one database without seeing each
 * other's rows. Every method commits its own transaction.
 */
@TestComponent
public class TestData {

	public static final String PASSWORD = "a-long-test-password";

	private final PortalUserRepository users;

	private final CallRepository calls;

	private final OrganisationRepository organisations;

	private final CorporateGroups groups;

	private final ProposalRepository proposals;

	private final InfoSessionRepository sessions;

	private final FundingProgrammeRepository programmes;

	private final PasswordEncoder passwordEncoder;

	private final TransactionTemplate transaction;

	private final ProposalSubmissions submissions;

	private final JdbcClient jdbc;

	private final Clock clock;

	TestData(PortalUserRepository users, CallRepository calls, OrganisationRepository organisations,
			CorporateGroups groups, ProposalRepository proposals, InfoSessionRepository sessions, FundingProgrammeRepository programmes,
			PasswordEncoder passwordEncoder, TransactionTemplate transaction, ProposalSubmissions submissions,
			JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.submissions = submissions;
		this.users = users;
		this.calls = calls;
		this.organisations = organisations;
		this.groups = groups;
		this.proposals = proposals;
		this.sessions = sessions;
		this.programmes = programmes;
		this.passwordEncoder = passwordEncoder;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** A user with {@link #PASSWORD}, a fresh address and these roles. */
	public PortalUser user(Role... roles) {
		String email = roles[0].name().toLowerCase(Locale.ROOT) + "-" + unique() + "@example.org";
		return users.save(new PortalUser(email, passwordEncoder.encode(PASSWORD), "Test " + roles[0].name(),
				Locale.ENGLISH, Set.of(roles), clock));
	}

	/** An open call with the pilot call's rules and goals 1, 1a, 1b, 2, 2a, 2b, its deadline four weeks ahead. */
	public Call openCall() {
		Instant now = clock.instant();
		return openCall(now.minus(Duration.ofDays(7)), now.plus(Duration.ofDays(28)));
	}

	/** An open call like {@link #openCall()}, open from and until these instants. */
	public Call openCall(Instant opensAt, Instant deadline) {
		return transaction.execute(status -> {
			Call call = newCall(opensAt, deadline);
			call.publish(Clock.fixed(opensAt.isBefore(deadline.minusSeconds(1)) ? opensAt : deadline.minusSeconds(1),
					ZoneOffset.UTC));
			return calls.save(call);
		});
	}

	/** A draft call like {@link #openCall()}, not published yet, opening in a week and closing in five. */
	public Call draftCall() {
		Instant now = clock.instant();
		return transaction.execute(status -> calls.save(newCall(now.plus(Duration.ofDays(7)), now.plus(Duration.ofDays(35)))));
	}

	private Call newCall(Instant opensAt, Instant deadline) {
		String name = unique();
		Call call = new Call("T" + unique().substring(0, 8).toUpperCase(Locale.ROOT),
				new Bilingual("Test call " + name, "Testoproep " + name),
				new Bilingual("A call for tests.", "Een oproep voor tests."), opensAt, deadline,
				new BigDecimal("10000000.00"), EligibilityCriteria.icon(), EvaluationDefaults.standard(),
				Call.MAX_ABSTRACT_LENGTH, clock);
		CallGoal one = call.addGoal("1", new Bilingual("Build up validated knowledge on data and biomarkers",
				"Gevalideerde kennis over data en biomerkers opbouwen"), null);
		call.addGoal("1a", new Bilingual("Wider availability of data", "Ruimere beschikbaarheid van data"), one);
		call.addGoal("1b", "Better knowledge of biomarker and pharmacogenomic data", one);
		CallGoal two = call.addGoal("2", "Broader application of personalised medicine", null);
		call.addGoal("2a", "Innovative clinical studies", two);
		call.addGoal("2b", "Advanced personalised technologies", two);
		return call;
	}

	public InfoSession session(Call call, String title, Instant startsAt) {
		return sessions.save(new InfoSession(call, title, startsAt, startsAt.plus(Duration.ofHours(2)),
				SessionFormat.IN_PERSON, "Provinciehuis Leuven", "Provincieplein 1, 3010 Leuven", null, 120, clock));
	}

	/**
	 * A funding programme with this name, in this country, suggested by someone and then, unless the status says
	 * {@code SUGGESTED}, published or declined by staff. The budget may be {@code null}.
	 */
	public FundingProgramme fundingProgramme(String name, String country, BigDecimal yearlyBudgetEur,
			ProgrammeStatus status) {
		FundingProgramme programme = new FundingProgramme(new ProgrammeDetails("Region of " + name, country, name,
				"Funder of " + name, yearlyBudgetEur, "https://www.example.org/" + unique(),
				"A programme for tests."), "suggester-" + unique() + "@example.org", clock);
		if (status == ProgrammeStatus.PUBLISHED) {
			programme.publish("staff@example.org", clock);
		}
		else if (status == ProgrammeStatus.DECLINED) {
			programme.decline("staff@example.org", clock);
		}
		return programmes.save(programme);
	}

	/**
	 * A Flemish enterprise (postal code 9000) with a fresh, valid enterprise number, in the corporate group of this
	 * name (registered when new; {@code null} for none).
	 */
	public Organisation flemishEnterprise(String name, String group) {
		Organisation organisation = new Organisation(name, OrganisationType.ENTERPRISE, freshEnterpriseNumber(),
				"9000", "Gent", "BE", clock);
		organisation.withProfile(groups.register(group).orElse(null), "Technologiepark 1", null, List.of("biomarkers"), "");
		return organisations.save(organisation);
	}

	public Organisation university(String name) {
		Organisation organisation = new Organisation(name, OrganisationType.RTO, null, "3000", "Leuven", "BE", clock)
			.withResearchKind(ResearchKind.UNIVERSITY);
		return organisations.save(organisation);
	}

	/** A draft proposal of this applicant on this call, with the given members; the first coordinates. */
	public Proposal proposal(Call call, PortalUser applicant, String acronym, Organisation... members) {
		return transaction.execute(status -> {
			Proposal proposal = new Proposal(calls.getReferenceById(call.getId()), acronym, applicant.getId(), clock);
			for (int i = 0; i < members.length; i++) {
				proposal.addMember(organisations.getReferenceById(members[i].getId()),
						i == 0 ? MemberRole.COORDINATOR : MemberRole.PARTNER, new BigDecimal("200000.00"));
			}
			return proposals.save(proposal);
		});
	}

	/**
	 * A draft of this applicant that is complete but for its PDFs, with an eligible consortium: three independent
	 * Flemish enterprises (the first coordinates) and a university, EUR 200,000 each.
	 */
	public Proposal completeProposal(Call call, PortalUser applicant, String acronym) {
		Proposal proposal = proposal(call, applicant, acronym, flemishEnterprise(acronym + " One NV", null),
				flemishEnterprise(acronym + " Two BV", null), flemishEnterprise(acronym + " Three NV", null),
				university(acronym + " University"));
		return transaction.execute(status -> {
			Proposal draft = proposals.findById(proposal.getId()).orElseThrow();
			draft.describe("Title of " + acronym, "Abstract of " + acronym, "II", "A high medical need.",
					"Sales across Europe.", "Better care.", 24, clock);
			draft.addressGoal(draft.getCall().getGoals().stream().filter(goal -> goal.getCode().equals("1b")).findFirst().orElseThrow());
			return draft;
		});
	}

	/** A complete, eligible proposal with its two PDFs, submitted by this applicant through the portal's own service. */
	public Proposal submittedProposal(Call call, PortalUser applicant, String acronym) {
		Proposal proposal = completeProposal(call, applicant, acronym);
		SignedInUser user = new SignedInUser(applicant.getId(), applicant.getEmail(), applicant.getFullName(), "", true,
				List.of(new SimpleGrantedAuthority("ROLE_APPLICANT")));
		byte[] pdf = TestPdfs.onePage();
		for (AttachmentKind kind : AttachmentKind.values()) {
			submissions.attach(proposal.getId(), kind, kind.name().toLowerCase(Locale.ROOT) + ".pdf", pdf, user);
		}
		submissions.submit(proposal.getId(), user, Locale.ENGLISH);
		return proposals.findById(proposal.getId()).orElseThrow();
	}

	/**
	 * Lets the call's deadline pass: it closed a second ago (its opening moved back as far as needed). The rows are
	 * changed as time would have changed what the call's phase is; the call's own rules still decide what follows.
	 */
	public void passDeadline(Call call) {
		jdbc.sql("""
				update calls set opens_at = least(opens_at, now() - interval '30 days'),
				       deadline = now() - interval '1 second', version = version + 1
				where id = ?""")
			.param(call.getId())
			.update();
	}

	/** A valid enterprise number not used before in this run. */
	public static EnterpriseNumber freshEnterpriseNumber() {
		long stem = ThreadLocalRandom.current().nextLong(1_000_000L, 19_999_999L);
		long check = 97 - (stem % 97);
		return EnterpriseNumber.parse(String.format("%08d%02d", stem, check));
	}

	public static String unique() {
		return UUID.randomUUID().toString().replace("-", "");
	}
}
