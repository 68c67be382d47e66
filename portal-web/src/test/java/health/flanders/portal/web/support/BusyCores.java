package health.flanders.portal.web.support;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps every core of the machine busy until closed, as another process on a shared machine would: a thread per
 * core that computes and never waits.
 */
public final class BusyCores implements AutoCloseable {

	private volatile boolean running = true;

	private final List<Thread> threads = new ArrayList<>();

	private volatile long sink;

	private BusyCores() {
	}

	public static BusyCores everyOne() {
		BusyCores busy = new BusyCores();
		for (int i = 0; i < Runtime.getRuntime().availableProcessors(); i++) {
			Thread thread = new Thread(busy::spin, "busy-core-" + i);
			thread.setDaemon(true);
			thread.start();
			busy.threads.add(thread);
		}
		return busy;
	}

	private void spin() {
		long x = 1;
		while (running) {
			for (int i = 0; i < 100_000; i++) {
				x = x * 6364136223846793005L + 1442695040888963407L;
			}
			sink = x;
		}
	}

	@Override
	public void close() throws InterruptedException {
		running = false;
		for (Thread thread : threads) {
			thread.join();
		}
	}
}
