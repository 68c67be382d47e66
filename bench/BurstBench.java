import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

/**
 * Fires N registrations for one information session at once (each its own e-mail address), waits for every answer
 * and prints `registrations=N confirmed=C waiting=W errors_5xx=E seconds=S`; other answers (4xx, no answer) are
 * counted as `other=O` on the line before.
 * Usage: java bench/BurstBench.java BASE_URL SESSION_ID N
 */
public class BurstBench {

	public static void main(String[] args) {
		String base = args[0];
		long session = Long.parseLong(args[1]);
		int people = Integer.parseInt(args[2]);
		String run = Long.toString(System.currentTimeMillis(), 36);
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
		long began = System.nanoTime();
		List<CompletableFuture<HttpResponse<String>>> burst = IntStream.range(0, people)
			.mapToObj(i -> http.sendAsync(HttpRequest
				.newBuilder(URI.create(base + "/api/v1/info-sessions/" + session + "/registrations"))
				.timeout(Duration.ofSeconds(120))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("""
						{"name": "Burst %d", "email": "burst-%s-%d@example.org", "organisation": "Bench", "consent": true}"""
					.formatted(i, run, i)))
				.build(), HttpResponse.BodyHandlers.ofString()))
			.toList();
		int confirmed = 0;
		int waiting = 0;
		int errors = 0;
		int other = 0;
		for (CompletableFuture<HttpResponse<String>> answer : burst) {
			try {
				HttpResponse<String> response = answer.join();
				if (response.statusCode() >= 500) {
					errors++;
				}
				else if (response.statusCode() == 201 && response.body().contains("\"CONFIRMED\"")) {
					confirmed++;
				}
				else if (response.statusCode() == 201 && response.body().contains("\"WAITLISTED\"")) {
					waiting++;
				}
				else {
					other++;
				}
			}
			catch (RuntimeException ex) {
				other++;
			}
		}
		double seconds = (System.nanoTime() - began) / 1e9;
		System.out.printf("other=%d%n", other);
		System.out.printf("registrations=%d confirmed=%d waiting=%d errors_5xx=%d seconds=%.1f%n", people, confirmed,
				waiting, errors, seconds);
	}
}
