package health.flanders.portal.web.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The registry's CSV files are read with the separator chosen or declared, never a guessed one. */
class RegistryCsvTests {

	@ParameterizedTest
	@EnumSource(CsvSeparator.class)
	void aFileIsReadWithTheChosenSeparator(CsvSeparator separator) {
		String s = String.valueOf(separator.character());
		List<RegistryCsv.Line> lines = RegistryCsv.read("name" + s + "type\r\nAcme NV" + s + "ENTERPRISE\r\n", separator);

		assertThat(lines).containsExactly(new RegistryCsv.Line(1, List.of("name", "type")),
				new RegistryCsv.Line(2, List.of("Acme NV", "ENTERPRISE")));
	}

	@Test
	void theOtherSeparatorsAreJustText() {
		assertThat(RegistryCsv.read("name;type,size\n", CsvSeparator.TAB))
			.containsExactly(new RegistryCsv.Line(1, List.of("name;type,size")));
	}

	@Test
	void aSepLineAsExcelWritesItDeclaresTheSeparatorAndIsNotARow() {
		List<RegistryCsv.Line> lines = RegistryCsv.read("\uFEFFsep=;\r\nname;city\r\n\"Lab, the\";Gent\r\n",
				CsvSeparator.COMMA);

		assertThat(lines).containsExactly(new RegistryCsv.Line(1, List.of("name", "city")),
				new RegistryCsv.Line(2, List.of("Lab, the", "Gent")));
		assertThat(RegistryCsv.read("SEP=\t\nname\tcity\n", CsvSeparator.SEMICOLON).get(0).cells())
			.containsExactly("name", "city");
	}

	@Test
	void quotedCellsKeepSeparatorsQuotesAndLineBreaksAndRecordsAreNumberedNotPhysicalLines() {
		List<RegistryCsv.Line> lines = RegistryCsv.read("""
				name,description,city
				"Acme, the ""lab""\","first line
				second line",Gent

				Bolt NV,plain,Leuven
				""", CsvSeparator.COMMA);

		assertThat(lines).containsExactly(new RegistryCsv.Line(1, List.of("name", "description", "city")),
				new RegistryCsv.Line(2, List.of("Acme, the \"lab\"", "first line\nsecond line", "Gent")),
				new RegistryCsv.Line(3, List.of("Bolt NV", "plain", "Leuven")));
	}

	@Test
	void aQuoteLeftOpenMakesTheFileUnreadable() {
		assertThatThrownBy(() -> RegistryCsv.read("name,city\n\"Acme NV,Gent\n", CsvSeparator.COMMA))
			.isInstanceOfSatisfying(RegistryImport.UnreadableFileException.class,
					ex -> assertThat(ex.messageCode()).isEqualTo("registry.import.unreadable.quote"));
	}

	@Test
	void aSepLineNamingASeparatorTheImportDoesNotReadIsRefused() {
		assertThatThrownBy(() -> RegistryCsv.read("sep=|\nname|city\n", CsvSeparator.COMMA))
			.isInstanceOfSatisfying(RegistryImport.UnreadableFileException.class,
					ex -> assertThat(ex.messageCode()).isEqualTo("registry.import.unreadable.separatorLine"));
	}
}
