package health.flanders.portal.review.assignment;

import java.util.Arrays;

/**
 * An exact minimum-cost flow on integer costs: Goldberg's cost scaling with push and relabel. Costs are multiplied
 * by the number of nodes plus one, so a flow that is 1-optimal in scaled units is optimal; the prices at the end are
 * a certificate of that, which {@link #reducedCost} lets a caller check against arcs that are not in the network.
 * <p>
 * A solve may start from the flows and prices of an earlier one ({@link #setFlow}, {@link #setPrices}): the earlier
 * flows are kept and only what the new arcs change is repaired. The caller makes sure a feasible flow exists.
 */
final class MinCostFlow {

	private static final int ALPHA = 8;

	private final int nodes;

	private final long[] supply;

	private int arcs;

	private int[] tail = new int[1024];

	private int[] head = new int[1024];

	private int[] capacity = new int[1024];

	private long[] cost = new long[1024];

	private int[] initialFlow = new int[1024];

	private long[] price;

	// The residual network, built by solve(): arc 2i is arc i forwards and 2i+1 backwards, grouped by their tails.
	private int[] first;

	private int[] residualHead;

	private int[] residualCapacity;

	private long[] residualCost;

	private int[] partner;

	private int[] position;

	MinCostFlow(int nodes) {
		this.nodes = nodes;
		this.supply = new long[nodes];
		this.price = new long[nodes];
	}

	int nodes() {
		return this.nodes;
	}

	long scale() {
		return this.nodes + 1L;
	}

	void setSupply(int node, long amount) {
		this.supply[node] = amount;
	}

	int addArc(int from, int to, int capacity, long cost) {
		if (this.arcs == this.tail.length) {
			int grown = this.arcs * 2;
			this.tail = Arrays.copyOf(this.tail, grown);
			this.head = Arrays.copyOf(this.head, grown);
			this.capacity = Arrays.copyOf(this.capacity, grown);
			this.cost = Arrays.copyOf(this.cost, grown);
			this.initialFlow = Arrays.copyOf(this.initialFlow, grown);
		}
		this.tail[this.arcs] = from;
		this.head[this.arcs] = to;
		this.capacity[this.arcs] = capacity;
		this.cost[this.arcs] = cost;
		return this.arcs++;
	}

	/** Starts the arc with this much flow (a warm start); the solve repairs whatever this leaves unbalanced. */
	void setFlow(int arc, int flow) {
		this.initialFlow[arc] = flow;
	}

	/** Starts from these prices, in scaled units (a warm start). */
	void setPrices(long[] prices) {
		this.price = prices.clone();
	}

	long[] prices() {
		return this.price.clone();
	}

	int flow(int arc) {
		return this.capacity[arc] - this.residualCapacity[this.position[2 * arc]];
	}

	/** The reduced cost, in scaled units, of an arc from one node to another with this unscaled cost. */
	long reducedCost(int from, int to, long unscaledCost) {
		return unscaledCost * scale() + this.price[from] - this.price[to];
	}

	/**
	 * Solves from the given starting accuracy (in scaled units; the largest absolute scaled cost for a cold start,
	 * the largest violation of the earlier prices for a warm one) down to 1.
	 */
	void solve(long startingEpsilon) {
		buildResidualNetwork();
		long[] excess = new long[this.nodes];
		System.arraycopy(this.supply, 0, excess, 0, this.nodes);
		for (int arc = 0; arc < this.arcs; arc++) {
			int flow = this.initialFlow[arc];
			if (flow != 0) {
				push(this.position[2 * arc], flow, excess);
			}
		}
		long epsilon = Math.max(1, startingEpsilon);
		do {
			epsilon = Math.max(1, epsilon / ALPHA);
			refine(epsilon, excess);
		}
		while (epsilon > 1);
	}

	long maxScaledCost() {
		long max = 1;
		for (int arc = 0; arc < this.arcs; arc++) {
			max = Math.max(max, Math.abs(this.cost[arc]) * scale());
		}
		return max;
	}

	private void buildResidualNetwork() {
		int residualArcs = 2 * this.arcs;
		this.first = new int[this.nodes + 1];
		for (int arc = 0; arc < this.arcs; arc++) {
			this.first[this.tail[arc] + 1]++;
			this.first[this.head[arc] + 1]++;
		}
		for (int node = 0; node < this.nodes; node++) {
			this.first[node + 1] += this.first[node];
		}
		int[] next = Arrays.copyOf(this.first, this.nodes);
		this.residualHead = new int[residualArcs];
		this.residualCapacity = new int[residualArcs];
		this.residualCost = new long[residualArcs];
		this.partner = new int[residualArcs];
		this.position = new int[residualArcs];
		long scale = scale();
		for (int arc = 0; arc < this.arcs; arc++) {
			int forward = next[this.tail[arc]]++;
			int backward = next[this.head[arc]]++;
			this.residualHead[forward] = this.head[arc];
			this.residualCapacity[forward] = this.capacity[arc];
			this.residualCost[forward] = this.cost[arc] * scale;
			this.residualHead[backward] = this.tail[arc];
			this.residualCost[backward] = -this.cost[arc] * scale;
			this.partner[forward] = backward;
			this.partner[backward] = forward;
			this.position[2 * arc] = forward;
			this.position[2 * arc + 1] = backward;
		}
	}

	private void push(int residualArc, int amount, long[] excess) {
		int to = this.residualHead[residualArc];
		int back = this.partner[residualArc];
		int from = this.residualHead[back];
		this.residualCapacity[residualArc] -= amount;
		this.residualCapacity[back] += amount;
		excess[from] -= amount;
		excess[to] += amount;
	}

	/** Turns an epsilon-optimal pseudoflow into an epsilon-optimal flow: saturate what is admissible, discharge. */
	private void refine(long epsilon, long[] excess) {
		long[] price = this.price;
		for (int node = 0; node < this.nodes; node++) {
			for (int arc = this.first[node]; arc < this.first[node + 1]; arc++) {
				int capacity = this.residualCapacity[arc];
				if (capacity > 0 && this.residualCost[arc] + price[node] - price[this.residualHead[arc]] < 0) {
					push(arc, capacity, excess);
				}
			}
		}
		int[] current = Arrays.copyOf(this.first, this.nodes);
		int[] queue = new int[this.nodes];
		boolean[] queued = new boolean[this.nodes];
		int start = 0;
		int size = 0;
		for (int node = 0; node < this.nodes; node++) {
			if (excess[node] > 0) {
				queue[(start + size++) % this.nodes] = node;
				queued[node] = true;
			}
		}
		while (size > 0) {
			int node = queue[start];
			start = (start + 1) % this.nodes;
			size--;
			queued[node] = false;
			// Discharge the node: push along admissible arcs, relabel when there is none left.
			int end = this.first[node + 1];
			while (excess[node] > 0) {
				int arc = current[node];
				if (arc == end) {
					relabel(node, epsilon);
					current[node] = this.first[node];
					continue;
				}
				int to = this.residualHead[arc];
				int capacity = this.residualCapacity[arc];
				if (capacity > 0 && this.residualCost[arc] + price[node] - price[to] < 0) {
					int amount = (int) Math.min(excess[node], capacity);
					push(arc, amount, excess);
					if (excess[to] > 0 && !queued[to]) {
						queue[(start + size++) % this.nodes] = to;
						queued[to] = true;
					}
				}
				else {
					current[node] = arc + 1;
				}
			}
		}
	}

	private void relabel(int node, long epsilon) {
		long highest = Long.MIN_VALUE;
		for (int arc = this.first[node]; arc < this.first[node + 1]; arc++) {
			if (this.residualCapacity[arc] > 0) {
				highest = Math.max(highest, this.price[this.residualHead[arc]] - this.residualCost[arc]);
			}
		}
		if (highest == Long.MIN_VALUE) {
			throw new IllegalStateException("No feasible flow: node " + node + " has excess and no way out");
		}
		this.price[node] = highest - epsilon;
	}
}
