import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a schedule written by bench/PartneringBench.java against its written instance: every rule kept (nobody twice
 * in a slot, both free, one meeting a table), then has Google OR-Tools' CP-SAT solve the same instance independently
 * (at most the given seconds, 8 workers) and prints its optimum or its best bound. Run by bench/partnering.sh --check:
 * java -cp CLASSPATH bench/PartneringCheck.java INSTANCE RESULT SECONDS
 */
public class PartneringCheck {

	public static void main(String[] arguments) throws IOException {
		Loader.loadNativeLibraries();
		List<String> instance = Files.readAllLines(Path.of(arguments[0]));
		String[] header = instance.get(0).substring(2).split(" ");
		int slots = Integer.parseInt(header[0].split("=")[1]);
		int tables = Integer.parseInt(header[1].split("=")[1]);
		Map<Long, BitSet> free = new HashMap<>();
		Map<Long, long[]> requests = new HashMap<>();
		List<Long> order = new ArrayList<>();
		for (String line : instance.subList(1, instance.size())) {
			String[] fields = line.split(",", -1);
			if (fields[0].equals("free")) {
				BitSet slotsFree = new BitSet();
				for (String slot : fields[2].isBlank() ? new String[0] : fields[2].split(" ")) {
					slotsFree.set(Integer.parseInt(slot));
				}
				free.put(Long.parseLong(fields[1]), slotsFree);
			}
			else {
				requests.put(Long.parseLong(fields[1]), new long[] { Long.parseLong(fields[2]), Long.parseLong(fields[3]) });
				order.add(Long.parseLong(fields[1]));
			}
		}
		List<String> result = Files.readAllLines(Path.of(arguments[1]));
		Set<String> busy = new HashSet<>();
		Set<String> taken = new HashSet<>();
		Set<Long> placed = new HashSet<>();
		for (String line : result.subList(1, result.size())) {
			String[] fields = line.split(",");
			long request = Long.parseLong(fields[0]);
			int slot = Integer.parseInt(fields[1]);
			int table = Integer.parseInt(fields[2]);
			long[] pair = requests.get(request);
			check(pair != null && placed.add(request), "request " + request + " placed once");
			check(slot >= 0 && slot < slots && table >= 0 && table < tables, "slot and table of " + request);
			for (long participant : pair) {
				check(free.getOrDefault(participant, new BitSet()).get(slot), participant + " free in " + slot);
				check(busy.add(participant + "@" + slot), participant + " once in slot " + slot);
			}
			check(taken.add(slot + "/" + table), "table " + table + " once in slot " + slot);
		}
		System.out.println("rules kept: " + placed.size() + " meetings");

		CpModel model = new CpModel();
		Map<String, List<BoolVar>> perParticipantSlot = new HashMap<>();
		Map<Integer, List<BoolVar>> perSlot = new HashMap<>();
		List<BoolVar> all = new ArrayList<>();
		for (long id : order) {
			long[] pair = requests.get(id);
			List<BoolVar> ofRequest = new ArrayList<>();
			for (int slot = 0; slot < slots; slot++) {
				if (free.getOrDefault(pair[0], new BitSet()).get(slot) && free.getOrDefault(pair[1], new BitSet()).get(slot)) {
					BoolVar x = model.newBoolVar(id + "@" + slot);
					ofRequest.add(x);
					all.add(x);
					perSlot.computeIfAbsent(slot, key -> new ArrayList<>()).add(x);
					perParticipantSlot.computeIfAbsent(pair[0] + "@" + slot, key -> new ArrayList<>()).add(x);
					perParticipantSlot.computeIfAbsent(pair[1] + "@" + slot, key -> new ArrayList<>()).add(x);
				}
			}
			model.addAtMostOne(ofRequest.toArray(BoolVar[]::new));
		}
		perParticipantSlot.values().forEach(vars -> model.addAtMostOne(vars.toArray(BoolVar[]::new)));
		perSlot.values().forEach(vars -> model.addLessOrEqual(LinearExpr.sum(vars.toArray(BoolVar[]::new)), tables));
		model.maximize(LinearExpr.sum(all.toArray(BoolVar[]::new)));
		CpSolver solver = new CpSolver();
		solver.getParameters().setMaxTimeInSeconds(Double.parseDouble(arguments[2]));
		solver.getParameters().setNumWorkers(8);
		long started = System.nanoTime();
		CpSolverStatus status = solver.solve(model);
		System.out.printf("CP-SAT: %s, best %d, bound %d, %.1f s%n", status, Math.round(solver.objectiveValue()),
				Math.round(solver.bestObjectiveBound()), (System.nanoTime() - started) / 1e9);
	}

	private static void check(boolean kept, String rule) {
		if (!kept) {
			throw new IllegalStateException("Rule broken: " + rule);
		}
	}
}
