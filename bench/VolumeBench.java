import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Java half of bench/volume.sh, run with the single-file source launcher.
 *
 * <pre>
 * java bench/VolumeBench.java audit PREVIOUS_HASH COUNT FIRST_EPOCH_SECOND STEP_SECONDS > entries.tsv
 * java bench/VolumeBench.java pages BASE_URL PAGES_FILE IDS_FILE REQUESTS WARMUP EXPORT_REQUESTS
 * </pre>
 *
 * {@code audit} writes audit entries for {@code \copy audit_entries (occurred_at, actor, action, subject_type,
 * subject_id, details, previous_hash, hash, seal, key_id) from ...}, sealed under the demo key (or ICON_AUDIT_KEY) and chained from PREVIOUS_HASH (the hash of the last entry already
 * in the table) as the portal's AuditTrail chains them. {@code pages} signs in as each demo user through the portal's
 * own form (with its CSRF token), requests each GET page of PAGES_FILE that the role may see, one at a time, WARMUP
 * times and then REQUESTS times, each CSV export EXPORT_REQUESTS times, and the admin's check of the audit trail once.
 */
public class VolumeBench {

	public static void main(String[] args) throws Exception {
		switch (args[0]) {
			case "audit" -> audit(args[1], Integer.parseInt(args[2]), Long.parseLong(args[3]), Long.parseLong(args[4]));
			case "pages" -> pages(args[1], Path.of(args[2]), Path.of(args[3]), Integer.parseInt(args[4]),
					Integer.parseInt(args[5]), Integer.parseInt(args[6]));
			default -> throw new IllegalArgumentException(args[0]);
		}
	}

	// ---- The audit trail ----

	private static final String[] ACTIONS = { "PROPOSAL_SUBMITTED", "PROPOSAL_REOPENED", "PROPOSAL_WITHDRAWN",
			"REVIEW_SUBMITTED", "CONFLICT_DECLARED", "CONSENSUS_RECORDED", "ROLES_CHANGED", "ELIGIBILITY_OVERRIDDEN",
			"REGISTRY_IMPORTED", "FUNDING_DECIDED" };

	static void audit(String previous, int count, long firstEpochSecond, long stepSeconds) throws IOException {
		try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
			for (int i = 0; i < count; i++) {
				// Whole seconds: Instant.toString() then prints them as PostgreSQL's timestamptz gives them back.
				Instant occurredAt = Instant.ofEpochSecond(firstEpochSecond + i * stepSeconds);
				String actor = "applicant" + (1 + i % 5000) + "@volume.example.org";
				String action = ACTIONS[i % ACTIONS.length];
				String subjectType = i % 3 == 0 ? "USER" : "PROPOSAL";
				String subjectId = String.valueOf(100000 + i % 6000);
				String details = "generated entry " + i;
				String hash = entryHash(previous, occurredAt, actor, action, subjectType, subjectId, details);
				out.write(String.join("\t", occurredAt.toString(), actor, action, subjectType, subjectId, details,
						previous, hash, "hmac-sha256", AUDIT_KEY_ID));
				out.write('\n');
				previous = hash;
			}
		}
	}

	/**
	 * The key the portal seals its audit trail with: ICON_AUDIT_KEY, or the demo profile's published key that the
	 * bench's portal runs with (application-demo.properties).
	 */
	static final byte[] AUDIT_KEY = Base64.getDecoder()
		.decode(System.getenv().getOrDefault("ICON_AUDIT_KEY", "z9N9yeq+p8Cs3pw4ExGCss0V3MSyGP1X0a7IUIkxM7Y="));

	/** The key's id as {@code AuditKey.id()} gives it: 16 hex digits of its SHA-256. */
	static final String AUDIT_KEY_ID = keyId();

	private static String keyId() {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(AUDIT_KEY), 0, 8);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The seal of one entry, exactly as {@code AuditTrail.keyedHash} computes it in the portal: HMAC-SHA256 under the
	 * key over the seal's name, the key's id and the entry's fields, joined with the unit separator. When the portal's
	 * chain changes, change this function alone.
	 */
	static String entryHash(String previous, Instant occurredAt, String actor, String action, String subjectType,
			String subjectId, String details) {
		String canonical = String.join("\u001f", "hmac-sha256", AUDIT_KEY_ID, previous, occurredAt.toString(), actor,
				action, subjectType, subjectId, details);
		try {
			javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
			mac.init(new javax.crypto.spec.SecretKeySpec(AUDIT_KEY, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	// ---- The pages ----

	/** Who signs in for a role: the demo users of the README. */
	private static final Map<String, String[]> PEOPLE = new LinkedHashMap<>();

	static {
		PEOPLE.put("PUBLIC", null);
		PEOPLE.put("APPLICANT", new String[] { "applicant@example.org", "demo-applicant" });
		PEOPLE.put("STAFF", new String[] { "staff@example.org", "demo-staff" });
		PEOPLE.put("REVIEWER", new String[] { "reviewer@example.org", "demo-reviewer" });
		PEOPLE.put("ADMIN", new String[] { "admin@example.org", "demo-admin" });
	}

	/** Which roles an access rule of EveryUrlAccessIntegrationTests lets in. */
	static boolean allows(String access, String role) {
		return switch (access) {
			case "PUBLIC", "SIGNED_IN" -> true;
			case "APPLICANT_OR_STAFF" -> role.equals("APPLICANT") || role.equals("STAFF");
			case "STAFF_OR_ADMIN" -> role.equals("STAFF") || role.equals("ADMIN");
			default -> access.equals(role);
		};
	}

	record Page(String access, String path, boolean export) {
	}

	static void pages(String base, Path pagesFile, Path idsFile, int requests, int warmup, int exportRequests)
			throws Exception {
		Properties ids = new Properties();
		try (var reader = Files.newBufferedReader(idsFile)) {
			ids.load(reader);
		}
		List<Page> pages = new ArrayList<>();
		for (String line : Files.readAllLines(pagesFile)) {
			line = line.strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			String[] parts = line.split("\\s+");
			String path = parts[1];
			Matcher placeholder = Pattern.compile("\\{(\\w+)}").matcher(path);
			StringBuilder resolved = new StringBuilder();
			while (placeholder.find()) {
				String value = ids.getProperty(placeholder.group(1));
				if (value == null) {
					throw new IllegalArgumentException("No id for {" + placeholder.group(1) + "} in " + idsFile);
				}
				placeholder.appendReplacement(resolved, value);
			}
			placeholder.appendTail(resolved);
			pages.add(new Page(parts[0], resolved.toString(), parts.length > 2 && parts[2].equals("export")));
		}

		List<String> summary = new ArrayList<>();
		double worstP95 = 0;
		String slowest = "";
		double exportMax = 0;
		double verifySeconds = -1;
		System.out.printf(Locale.ROOT, "%-10s %-60s %6s %5s %9s %9s%n", "role", "page", "status", "n", "p50_ms", "p95_ms");
		for (Map.Entry<String, String[]> person : PEOPLE.entrySet()) {
			String role = person.getKey();
			HttpClient http = HttpClient.newBuilder()
				.cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER)
				.connectTimeout(Duration.ofSeconds(10))
				.build();
			if (person.getValue() != null) {
				signIn(http, base, person.getValue()[0], person.getValue()[1]);
			}
			for (Page page : pages) {
				if (!allows(page.access(), role)) {
					continue;
				}
				int times = page.export() ? exportRequests : requests;
				int status = 0;
				for (int i = 0; i < (page.export() ? 1 : warmup); i++) {
					status = get(http, base + page.path()).statusCode();
				}
				double[] ms = new double[times];
				for (int i = 0; i < times; i++) {
					long started = System.nanoTime();
					status = get(http, base + page.path()).statusCode();
					ms[i] = (System.nanoTime() - started) / 1e6;
				}
				Arrays.sort(ms);
				double p50 = percentile(ms, 50);
				double p95 = percentile(ms, 95);
				System.out.printf(Locale.ROOT, "%-10s %-60s %6d %5d %9.2f %9.2f%s%n", role, page.path(), status, times,
						p50, p95, page.export() ? " export max " + String.format(Locale.ROOT, "%.2f", ms[times - 1] / 1000) + " s" : "");
				if (status >= 400) {
					summary.add("status " + status + " for " + role + " " + page.path());
				}
				if (page.export()) {
					if (page.path().startsWith("/staff/calls/")) {
						exportMax = Math.max(exportMax, ms[times - 1] / 1000);
					}
				}
				else if (p95 > worstP95) {
					worstP95 = p95;
					slowest = role + ":" + page.path();
				}
			}
			if (role.equals("ADMIN")) {
				long started = System.nanoTime();
				HttpResponse<String> verify = get(http, base + "/admin/audit/verify");
				verifySeconds = (System.nanoTime() - started) / 1e9;
				boolean intact = verify.statusCode() == 200 && verify.body().contains("alert-success");
				System.out.printf(Locale.ROOT, "audit verify: %d, %s, %.2f s%n", verify.statusCode(),
						intact ? "intact" : "NOT INTACT", verifySeconds);
				if (!intact) {
					summary.add("the audit trail is not intact");
				}
			}
		}
		summary.forEach(line -> System.out.println("note: " + line));
		System.out.printf(Locale.ROOT, "worst_page_p95_ms=%.2f slowest=%s export_max_s=%.2f audit_verify_s=%.2f%n",
				worstP95, slowest, exportMax, verifySeconds);
	}

	static double percentile(double[] sorted, int p) {
		int i = (int) Math.ceil(sorted.length * p / 100.0);
		return sorted[Math.max(0, i - 1)];
	}

	static HttpResponse<String> get(HttpClient http, String url) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	static void signIn(HttpClient http, String base, String email, String password) throws Exception {
		String form = get(http, base + "/login").body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"").matcher(form);
		if (!csrf.find()) {
			throw new IllegalStateException("No CSRF token on the sign-in page");
		}
		String body = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		String location = response.headers().firstValue("Location").orElse("");
		if (response.statusCode() != 302 || location.contains("error") || location.endsWith("/login")) {
			throw new IllegalStateException("Could not sign in as " + email + ": " + response.statusCode() + " " + location);
		}
	}
}
