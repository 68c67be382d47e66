package health.flanders.portal.call.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionTests {

	@ParameterizedTest(name = "BE {0} is in {1}")
	@CsvSource(delimiter = '|', textBlock = """
			1000 | BRUSSELS_CAPITAL_REGION
			1299 | BRUSSELS_CAPITAL_REGION
			1300 | WALLOON_REGION
			1499 | WALLOON_REGION
			1500 | FLEMISH_REGION
			3999 | FLEMISH_REGION
			4000 | WALLOON_REGION
			7999 | WALLOON_REGION
			8000 | FLEMISH_REGION
			9999 | FLEMISH_REGION
			""")
	void aBelgianPostalCodeDecidesTheRegionOnEachSideOfEveryBorder(String postalCode, Region region) {
		assertThat(Region.of("BE", postalCode)).isEqualTo(region);
	}

	@ParameterizedTest(name = "BE ''{0}'' is unknown")
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			0999
			0000
			10000
			999
			B-1000
			abcd
			''
			null
			""")
	void aBelgianAddressWithoutAUsablePostalCodeIsInAnUnknownRegion(String postalCode) {
		assertThat(Region.of("BE", postalCode)).isEqualTo(Region.UNKNOWN);
	}

	@ParameterizedTest(name = "''{0}'' {1} is in {2}")
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			be    | 3000   | FLEMISH_REGION
			' BE '| ' 9000 ' | FLEMISH_REGION
			NL    | 3000   | ABROAD
			FR    | 1000   | ABROAD
			LU    | 9999   | ABROAD
			''    | 3000   | UNKNOWN
			null  | 3000   | UNKNOWN
			""")
	void theCountryComesFirstSoAForeignAddressIsNeverFlemish(String country, String postalCode, Region region) {
		assertThat(Region.of(country, postalCode)).isEqualTo(region);
	}
}
