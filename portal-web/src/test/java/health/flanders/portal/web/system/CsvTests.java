package health.flanders.portal.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTests {

	@ParameterizedTest
	@ValueSource(strings = { "=1+1", "+1+1", "-1+1", "@SUM(A1:A2)", "\t=1+1", "\r=1+1", "=", "-" })
	void aCellThatASpreadsheetWouldRunAsAFormulaIsKeptAsText(String cell) {
		assertThat(Csv.safe(cell)).isEqualTo("'" + cell);
	}

	@Test
	void aNegativeNumberIsKeptAsTextToo() {
		// The rule looks at the first character only, so a negative amount opens as text, not as a number.
		assertThat(Csv.safe("-12.50")).isEqualTo("'-12.50");
		assertThat(Csv.safe(new BigDecimal("-12.50"))).isEqualTo("'-12.50");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Acme NV", "12.50", "a=b", " =1+1", "'=1+1", "ICON-PM-2026-0001", "" })
	void anyOtherCellIsWrittenAsItIs(String cell) {
		assertThat(Csv.safe(cell)).isEqualTo(cell);
	}

	@Test
	void anEmptyCellIsEmpty() {
		assertThat(Csv.safe(null)).isEmpty();
	}

	@Test
	void aFormulaWithQuotesStaysInOneQuotedCellAfterItsApostrophe() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Csv csv = Csv.to(out)) {
			csv.row("=HYPERLINK(\"https://evil.example\",\"click\")", -3, "plain");
		}

		byte[] bytes = out.toByteArray();
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
			.isEqualTo("\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"click\"\")\",\"'-3\",\"plain\"\r\n");
	}
}
