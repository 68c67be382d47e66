import health.flanders.portal.matching.partnering.MeetingRequest;
import health.flanders.portal.matching.partnering.MeetingScheduler;
import health.flanders.portal.matching.partnering.PartneringProblem;
import health.flanders.portal.matching.partnering.SchedulingOutcome;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates a partnering session, schedules it with the matching service's scheduler, writes the instance and the
 * schedule under bench/out and prints `participants=P meetings_placed=N optimum=M seconds=S`. Run by
 * bench/partnering.sh: java -cp matching-service/target/classes bench/PartneringBench.java SEED PARTICIPANTS REQUESTS
 * SLOTS TABLES NAME
 */
public class PartneringBench {

	public static void main(String[] arguments) throws IOException {
		long seed = Long.parseLong(arguments[0]);
		int participants = Integer.parseInt(arguments[1]);
		int requests = Integer.parseInt(arguments[2]);
		int slots = Integer.parseInt(arguments[3]);
		int tables = Integer.parseInt(arguments[4]);
		String name = arguments[5];

		PartneringProblem problem = generate(new SplittableRandom(seed), participants, requests, slots, tables);

		// Warm the JIT on other sessions of the same shape first: the goal is the schedule, not the JVM's start.
		MeetingScheduler scheduler = new MeetingScheduler();
		for (int warmUp = 0; warmUp < 5; warmUp++) {
			scheduler.solve(generate(new SplittableRandom(seed + 1000 + warmUp), participants, requests, slots, tables));
		}

		long started = System.nanoTime();
		SchedulingOutcome outcome = scheduler.solve(problem);
		double seconds = (System.nanoTime() - started) / 1e9;

		Path out = Path.of("bench", "out");
		Files.createDirectories(out);
		try (BufferedWriter writer = Files.newBufferedWriter(out.resolve(name + "-instance.csv"))) {
			writer.write("# slots=" + slots + " tables=" + tables + "\n");
			for (Map.Entry<Long, BitSet> entry : problem.availability().entrySet()) {
				writer.write("free," + entry.getKey() + "," + entry.getValue().stream()
					.mapToObj(Integer::toString).reduce((a, b) -> a + " " + b).orElse("") + "\n");
			}
			for (MeetingRequest request : problem.requests()) {
				writer.write("request," + request.id() + "," + request.first() + "," + request.second() + "\n");
			}
		}
		try (BufferedWriter writer = Files.newBufferedWriter(out.resolve(name + "-result.csv"))) {
			writer.write("request,slot,table\n");
			for (var meeting : outcome.schedule().placed()) {
				writer.write(meeting.requestId() + "," + meeting.slot() + "," + meeting.table() + "\n");
			}
		}
		Map<String, Long> reasons = new LinkedHashMap<>();
		outcome.schedule().unplaced().forEach(meeting -> reasons.merge(meeting.reason().name(), 1L, Long::sum));
		System.out.println("unplaced by reason: " + reasons);
		System.out.println("upper bound " + outcome.upperBound() + "; optimum "
				+ (outcome.schedule().placed().size() >= outcome.upperBound() ? "proven by reaching the upper bound"
						: outcome.optimal() ? "proven by the exact search finishing" : "not proven: M is the upper bound"));
		int optimum = outcome.optimal() ? outcome.schedule().placed().size() : outcome.upperBound();
		System.out.printf("participants=%d meetings_placed=%d optimum=%d seconds=%.3f%n", participants,
				outcome.schedule().placed().size(), optimum, seconds);
	}

	/**
	 * Participants free in most of the window (each away for up to a third of the slots, at random), and requests
	 * between distinct random pairs, each pair at most once.
	 */
	static PartneringProblem generate(SplittableRandom random, int participants, int requests, int slots, int tables) {
		Map<Long, BitSet> availability = new LinkedHashMap<>();
		for (long participant = 1; participant <= participants; participant++) {
			BitSet free = new BitSet();
			free.set(0, slots);
			int away = random.nextInt(slots / 3 + 1);
			for (int slot = 0; slot < away; slot++) {
				free.clear(random.nextInt(slots));
			}
			availability.put(participant, free);
		}
		List<MeetingRequest> meetings = new ArrayList<>();
		Set<Long> pairs = new HashSet<>();
		while (meetings.size() < requests) {
			long first = 1 + random.nextInt(participants);
			long second = 1 + random.nextInt(participants);
			if (first != second && pairs.add(Math.min(first, second) * (participants + 1) + Math.max(first, second))) {
				meetings.add(new MeetingRequest(meetings.size() + 1, first, second));
			}
		}
		return new PartneringProblem(slots, tables, availability, meetings);
	}
}
