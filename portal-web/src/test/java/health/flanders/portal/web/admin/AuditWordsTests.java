package health.flanders.portal.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import health.flanders.portal.call.audit.AuditEntry;
import health.flanders.portal.call.audit.AuditTrail;
import health.flanders.portal.web.system.BrusselsTime;

/** The audit trail in words: every action the portal records, its subjects and the details it writes. */
class AuditWordsTests {

	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	/** A call on the audit trail, up to the end of its statement. */
	private static final Pattern RECORD_CALL = Pattern.compile("\\baudit\\.record\\((.*?)\\);", Pattern.DOTALL);

	private static final Pattern ACTION_LITERAL = Pattern.compile("\"([A-Z][A-Z_]+)\"");

	private final AuditWords words = new AuditWords(messages(), new BrusselsTime());

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void everyActionThePortalRecordsIsAChoiceOfTheFilterWithWordsInEnglishAndDutch() throws IOException {
		Set<String> recorded = recordedActions();
		assertThat(recorded).as("the scan finds the calls that record").hasSizeGreaterThan(30);

		assertThat(AuditActions.KNOWN).containsAll(recorded);
		Properties english = load("dutch-messages.properties");
		Properties dutch = load("dutch-messages_nl.properties");
		assertThat(AuditActions.KNOWN).allSatisfy(action -> {
			assertThat(english.getProperty("audit.action." + action)).as("English words for %s", action).isNotBlank();
			assertThat(dutch.getProperty("audit.action." + action)).as("Dutch words for %s", action).isNotBlank();
		});
	}

	@Test
	void anActionAndItsSubjectReadInWordsAndAnUnknownOneAsItIs() {
		LocaleContextHolder.setLocale(DUTCH);
		assertThat(words.action("REVIEW_SUBMITTED")).isEqualTo("Beoordeling ingediend");
		assertThat(words.subject("proposal", "1")).isEqualTo("voorstel 1");
		assertThat(words.action("SOMETHING_ELSE")).isEqualTo("SOMETHING_ELSE");
		assertThat(words.subject("thing", "7")).isEqualTo("thing 7");

		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(words.action("REVIEW_SUBMITTED")).isEqualTo("Review submitted");
		assertThat(words.subject("proposal", "1")).isEqualTo("proposal 1");
	}

	@ParameterizedTest(name = "{0} reviewers e-mailed")
	@CsvSource(delimiter = '|', textBlock = """
			0    | No reviewer e-mailed      | Geen beoordelaar gemaild
			1    | One reviewer e-mailed     | Eén beoordelaar gemaild
			12   | 12 reviewers e-mailed     | 12 beoordelaars gemaild
			1500 | 1,500 reviewers e-mailed  | 1.500 beoordelaars gemaild
			""")
	void aCountInTheDetailsIsSingularOrPluralInEachLanguage(int count, String english, String dutch) {
		AuditEntry entry = entry("ASSIGNMENT_RELEASED", count + " reviewers e-mailed");

		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(words.details(entry)).isEqualTo(english);
		LocaleContextHolder.setLocale(DUTCH);
		assertThat(words.details(entry)).isEqualTo(dutch);
	}

	@Test
	void theDetailsThePortalWritesReadInDutch() {
		LocaleContextHolder.setLocale(DUTCH);

		assertThat(words.details(entry("ROLES_CHANGED", "[APPLICANT] -> [APPLICANT, REVIEWER]")))
			.isEqualTo("Rollen Aanvrager werden Aanvrager, Beoordelaar");
		assertThat(words.details(entry("FUNDING_DECIDED", "3 funded: [11, 12, 13]; budget used 4700000.00")))
			.isEqualTo("3 voorstellen gefinancierd (11, 12, 13); gebruikt budget EUR 4.700.000,00");
		assertThat(words.details(entry("ASSIGNMENT_PROPOSED",
				"1 proposals, 4 reviewers, 0 pairs kept, total affinity 2.500000")))
			.isEqualTo("Eén voorstel, 4 beoordelaars, geen paren behouden, totale affiniteit 2,500000");
		assertThat(words.details(entry("REVIEW_SUBMITTED", "review 42"))).isEqualTo("Beoordeling 42");
		assertThat(words.details(entry("CONFLICT_ADDED", "reviewer 7, reason: works for the coordinator")))
			.isEqualTo("Beoordelaar 7, reden: works for the coordinator");
		assertThat(words.details(entry("ELIGIBILITY_OVERRIDDEN", "not eligible: the group counts once")))
			.isEqualTo("Niet ontvankelijk: the group counts once");
		assertThat(words.details(entry("REGISTRY_IMPORTED", "registry.csv: 1 new, 0 updated")))
			.isEqualTo("registry.csv: één nieuwe organisatie, geen bijgewerkt");
		assertThat(words.details(entry("CALL_DEADLINE_EXTENDED",
				"2026-05-01T15:00:00Z -> 2026-05-08T15:00:00Z: the portal was down")))
			.isEqualTo("Van 1 mei 2026 17:00 naar 8 mei 2026 17:00: the portal was down");
	}

	@Test
	void detailsOfAnotherShapeStayAsTheyWereWritten() {
		LocaleContextHolder.setLocale(DUTCH);

		assertThat(words.details(entry("CALL_PUBLISHED", "ICON-PM"))).isEqualTo("ICON-PM");
		assertThat(words.details(entry("ASSIGNMENT_RELEASED", "mailed by hand"))).isEqualTo("mailed by hand");
		assertThat(words.details(entry("ASSIGNMENT_ACCEPTED", ""))).isEmpty();
	}

	@Test
	void theFilterOffersEveryKnownActionInItsWordsAndKeepsAnUnknownChoice() {
		LocaleContextHolder.setLocale(DUTCH);

		assertThat(words.actionChoices(null)).hasSameSizeAs(AuditActions.KNOWN)
			.contains(new AuditWords.ActionChoice("REVIEW_SUBMITTED", "Beoordeling ingediend"));
		assertThat(words.actionChoices(null)).extracting(AuditWords.ActionChoice::words)
			.first()
			.isEqualTo("Account aangemaakt");
		assertThat(words.actionChoices("IMPORTED")).last()
			.isEqualTo(new AuditWords.ActionChoice("IMPORTED", "IMPORTED"));
	}

	private static AuditEntry entry(String action, String details) {
		return new AuditEntry(1, Instant.parse("2026-05-01T10:00:00Z"), "staff@example.org", action, "call", "1",
				details, AuditTrail.GENESIS, AuditTrail.GENESIS, AuditTrail.HMAC_SHA256, "key");
	}

	/** The action codes in the portal's calls of {@code audit.record(…)}, and the trail's own. */
	private static Set<String> recordedActions() throws IOException {
		Set<String> actions = new TreeSet<>();
		actions.add(AuditTrail.KEYED);
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
				Matcher call = RECORD_CALL.matcher(Files.readString(source));
				while (call.find()) {
					Matcher literal = ACTION_LITERAL.matcher(call.group(1));
					while (literal.find()) {
						actions.add(literal.group(1));
					}
				}
			}
		}
		return actions;
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		try {
			messages.setBasenames(Arrays.stream(load("application.properties").getProperty("spring.messages.basename")
				.split(",")).map(String::strip).toArray(String[]::new));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		InputStream resource = AuditWordsTests.class.getClassLoader().getResourceAsStream(name);
		assertThat(resource).as(name).isNotNull();
		try (Reader reader = new InputStreamReader(resource, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
