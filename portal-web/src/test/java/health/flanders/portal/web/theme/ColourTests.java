package health.flanders.portal.web.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The WCAG 2.1 contrast ratio against known values: #767676 is the lightest grey that passes AA on white (4.54:1). */
class ColourTests {

	@ParameterizedTest(name = "{0} on {1} is {2}:1")
	@CsvSource(textBlock = """
			'#767676', '#ffffff', 4.54
			'#000000', '#ffffff', 21.00
			'#ffffff', '#ffffff', 1.00
			'#777777', '#ffffff', 4.48
			'#0d6efd', '#ffffff', 4.50
			'#6c757d', '#ffffff', 4.69
			'#999999', '#ffffff', 2.85
			'#0b5e6b', '#f8f9fa', 7.05
			""")
	void theContrastRatioIsWcags(String foreground, String background, double ratio) {
		assertThat(Colour.parse(foreground).contrastWith(Colour.parse(background))).isCloseTo(ratio, within(0.006));
	}

	@Test
	void theRatioIsTheSameEitherWayRound() {
		Colour grey = Colour.parse("#767676");
		assertThat(grey.contrastWith(Colour.WHITE)).isEqualTo(Colour.WHITE.contrastWith(grey));
	}

	@Test
	void aRatioJustUnderTheThresholdNeverReadsAsTheThreshold() {
		assertThat(OperatorTheme.ratioText(4.4999)).isEqualTo("4.49");
		assertThat(OperatorTheme.ratioText(Colour.parse("#767676").contrastWith(Colour.WHITE))).isEqualTo("4.54");
	}

	@Test
	void theShortFormAndCapitalsAreRead() {
		assertThat(Colour.parse("#FFF")).isEqualTo(Colour.WHITE);
		assertThat(Colour.parse("0B5E6B").hex()).isEqualTo("#0b5e6b");
		assertThat(Colour.parse(" #0b5e6b ").channels()).isEqualTo("11, 94, 107");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "blue", "#12345", "#1234567", "rgb(0,0,0)", "#ggg000" })
	void anythingElseIsNotAColour(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> Colour.parse(text)).withMessageContaining("#rrggbb");
	}

	@Test
	void aDarkerShadeIsDarker() {
		Colour teal = Colour.parse("#0b5e6b");
		assertThat(teal.darker(0.15).contrastWith(Colour.WHITE)).isGreaterThan(teal.contrastWith(Colour.WHITE));
	}
}
