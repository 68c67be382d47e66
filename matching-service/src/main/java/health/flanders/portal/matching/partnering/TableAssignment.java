package health.flanders.portal.matching.partnering;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Gives each placed meeting a table in its slot. Any meeting fits any table, so this only keeps participants from
 * walking: slot by slot, a meeting gets the table where both, or else one, of its participants sat last, when no other
 * meeting of the slot has it already; the others get the free tables no one sat at last, then the rest.
 */
final class TableAssignment {

	private TableAssignment() {
	}

	/** The table of each request, or {@link Timetable#NONE} for a request not placed. */
	static int[] assign(Timetable timetable) {
		Instance instance = timetable.instance;
		int[] tableOf = new int[instance.requests()];
		Arrays.fill(tableOf, Timetable.NONE);
		int[] lastTable = new int[instance.participants()];
		Arrays.fill(lastTable, Timetable.NONE);
		for (int slot = 0; slot < instance.slots; slot++) {
			int[] meetings = Arrays.copyOf(timetable.members[slot], timetable.size[slot]);
			Arrays.sort(meetings);
			boolean[] taken = new boolean[instance.tables];
			List<int[]> wishes = new ArrayList<>();
			for (int request : meetings) {
				int first = lastTable[instance.first[request]];
				int second = lastTable[instance.second[request]];
				if (first != Timetable.NONE) {
					wishes.add(new int[] { request, first, first == second ? 2 : 1 });
				}
				if (second != Timetable.NONE && second != first) {
					wishes.add(new int[] { request, second, 1 });
				}
			}
			wishes.sort(Comparator.<int[]>comparingInt(wish -> -wish[2]).thenComparingInt(wish -> wish[0]));
			for (int[] wish : wishes) {
				if (tableOf[wish[0]] == Timetable.NONE && !taken[wish[1]]) {
					tableOf[wish[0]] = wish[1];
					taken[wish[1]] = true;
				}
			}
			boolean[] someonesLast = new boolean[instance.tables];
			for (int table : lastTable) {
				if (table != Timetable.NONE) {
					someonesLast[table] = true;
				}
			}
			for (int pass = 0; pass < 2; pass++) {
				for (int request : meetings) {
					if (tableOf[request] != Timetable.NONE) {
						continue;
					}
					for (int table = 0; table < instance.tables; table++) {
						if (!taken[table] && (pass == 1 || !someonesLast[table])) {
							tableOf[request] = table;
							taken[table] = true;
							break;
						}
					}
				}
			}
			for (int request : meetings) {
				lastTable[instance.first[request]] = tableOf[request];
				lastTable[instance.second[request]] = tableOf[request];
			}
		}
		return tableOf;
	}
}
