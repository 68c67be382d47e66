package health.flanders.portal.web.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy between the portal and PostgreSQL that a test can cut (every connection dropped, new ones refused) and
 * restore on the same port, to play a database outage without Docker.
 */
public final class TcpProxy implements AutoCloseable {

	private final String targetHost;

	private final int targetPort;

	private final List<Socket> open = new CopyOnWriteArrayList<>();

	private volatile ServerSocket server;

	private int port;

	public TcpProxy(String targetHost, int targetPort) {
		this.targetHost = targetHost;
		this.targetPort = targetPort;
		listen(0);
	}

	/** The local port the portal should connect to. */
	public int port() {
		return port;
	}

	/** Drops every connection and refuses new ones, as a database that went away. */
	public synchronized void cut() {
		closeQuietly(server);
		server = null;
		open.forEach(TcpProxy::closeQuietly);
		open.clear();
	}

	/** Accepts connections again, on the same port. */
	public synchronized void restore() {
		if (server == null) {
			listen(port);
		}
	}

	@Override
	public void close() {
		cut();
	}

	private synchronized void listen(int requestedPort) {
		try {
			ServerSocket socket = new ServerSocket();
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), requestedPort));
			server = socket;
			port = socket.getLocalPort();
			Thread acceptor = new Thread(() -> accept(socket), "tcp-proxy-accept-" + port);
			acceptor.setDaemon(true);
			acceptor.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot listen on port " + requestedPort, ex);
		}
	}

	private void accept(ServerSocket socket) {
		while (!socket.isClosed()) {
			try {
				Socket client = socket.accept();
				Socket upstream = new Socket(targetHost, targetPort);
				open.add(client);
				open.add(upstream);
				pump(client, upstream);
				pump(upstream, client);
			}
			catch (IOException ex) {
				// the server socket was closed by cut(), or the target refused: the client sees its connection end
			}
		}
	}

	private void pump(Socket from, Socket to) {
		Thread thread = new Thread(() -> {
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				in.transferTo(out);
			}
			catch (IOException ex) {
				// one side went away
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
			}
		}, "tcp-proxy-pump");
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(AutoCloseable closeable) {
		if (closeable == null) {
			return;
		}
		try {
			closeable.close();
		}
		catch (Exception ex) {
			// already closed
		}
	}
}
