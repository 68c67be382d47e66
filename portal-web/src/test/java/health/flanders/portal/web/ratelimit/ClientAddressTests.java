package health.flanders.portal.web.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressTests {

	@Test
	void anIpv4AddressIsCountedByItself() {
		assertThat(ClientAddress.of("203.0.113.7").group()).isEqualTo("203.0.113.7");
		assertThat(ClientAddress.of("203.0.113.8")).isNotEqualTo(ClientAddress.of("203.0.113.7"));
	}

	@Test
	void anIpv6AddressIsCountedByItsSlash64Network() {
		ClientAddress one = ClientAddress.of("2001:db8:1:2::1");
		assertThat(one.group()).isEqualTo("2001:db8:1:2::/64");
		assertThat(ClientAddress.of("2001:0db8:0001:0002:ffff:ffff:ffff:fffe")).isEqualTo(one);
		assertThat(ClientAddress.of("2001:db8:1:2:0:0:0:9%eth0")).isEqualTo(one);
		assertThat(ClientAddress.of("2001:db8:1:3::1")).isNotEqualTo(one);
	}

	@Test
	void loopbackAndIpv4MappedAddressesAreTheirOwnClients() {
		assertThat(ClientAddress.of("0:0:0:0:0:0:0:1").group()).isEqualTo("0:0:0:0::/64");
		assertThat(ClientAddress.of("::ffff:203.0.113.7")).isEqualTo(ClientAddress.of("203.0.113.7"));
	}

	@Test
	void somethingElseThanAnAddressIsTakenAsItIsWithoutBeingLookedUp() {
		assertThat(ClientAddress.of("proxy.example.org").group()).isEqualTo("proxy.example.org");
		assertThat(ClientAddress.of("not:an:address:at:all:zz").group()).isEqualTo("not:an:address:at:all:zz");
		assertThat(ClientAddress.of(null).group()).isEmpty();
	}
}
