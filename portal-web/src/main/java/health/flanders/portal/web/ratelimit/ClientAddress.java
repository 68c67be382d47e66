package health.flanders.portal.web.ratelimit;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * A client as the limits count it: an IPv4 address by itself, an IPv6 address by its /64 network, the block one
 * subscriber usually gets whole (counting single IPv6 addresses would give every request of a script a fresh bucket).
 * Made from the address Tomcat resolved, which honours {@code X-Forwarded-For} from the trusted proxies only.
 */
record ClientAddress(String group) {

	/** An IPv6 literal, possibly with a zone; only these are parsed, so parsing never looks a name up. */
	private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(%.*)?");

	static ClientAddress of(String remoteAddress) {
		if (remoteAddress == null || !IPV6.matcher(remoteAddress).matches()) {
			return new ClientAddress(remoteAddress == null ? "" : remoteAddress);
		}
		try {
			InetAddress address = InetAddress.getByName(remoteAddress.replaceFirst("%.*", ""));
			if (address instanceof Inet4Address) {
				// An IPv4-mapped IPv6 address (::ffff:203.0.113.7) is that IPv4 client.
				return new ClientAddress(address.getHostAddress());
			}
			byte[] bytes = address.getAddress();
			StringJoiner network = new StringJoiner(":", "", "::/64");
			for (int i = 0; i < 8; i += 2) {
				network.add(Integer.toHexString((bytes[i] & 0xff) << 8 | bytes[i + 1] & 0xff));
			}
			return new ClientAddress(network.toString());
		}
		catch (UnknownHostException ex) {
			return new ClientAddress(remoteAddress);
		}
	}
}
