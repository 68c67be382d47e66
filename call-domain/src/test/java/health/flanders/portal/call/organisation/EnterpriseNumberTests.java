package health.flanders.portal.call.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import health.flanders.portal.call.organisation.InvalidEnterpriseNumberException.Problem;

class EnterpriseNumberTests {

	@ParameterizedTest
	@ValueSource(strings = { "0419052173", "0419.052.173", "BE 0419.052.173", "BE0419052173", "BE 0419 052 173",
			" 0419.052.173 ", "419.052.173" })
	void aNumberIsReadAsPeopleWriteIt(String text) {
		EnterpriseNumber number = EnterpriseNumber.parse(text);

		assertThat(number.digits()).isEqualTo("0419052173");
		assertThat(EnterpriseNumber.isValid(text)).isTrue();
	}

	@Test
	void aNumberIsShownWithDots() {
		EnterpriseNumber number = EnterpriseNumber.parse("BE 0419052173");

		assertThat(number.formatted()).isEqualTo("0419.052.173");
		assertThat(number).hasToString("0419.052.173");
	}

	@ParameterizedTest
	@ValueSource(strings = { "1234567894", "1000000021", "0403.170.701" })
	void aNumberMayStartWithZeroOrOne(String text) {
		assertThat(EnterpriseNumber.isValid(text)).isTrue();
	}

	@Test
	void checkDigitsOfNinetySevenAreValidWhenTheStemIsAMultipleOfNinetySeven() {
		// 00970000 mod 97 is 0, so the check digits are 97 - 0 = 97.
		assertThat(EnterpriseNumber.parse("0097.000.097").formatted()).isEqualTo("0097.000.097");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			0419.052.174    | WRONG_CHECK
			0419052172      | WRONG_CHECK
			BE 0419.052.174 | WRONG_CHECK
			0491.052.173    | WRONG_CHECK
			04190521        | WRONG_LENGTH
			0419.052.1730   | WRONG_LENGTH
			00419.052.173   | WRONG_LENGTH
			0419.052        | WRONG_LENGTH
			BE              | WRONG_LENGTH
			04190521AB      | NOT_DIGITS
			O419052173      | NOT_DIGITS
			2419052118      | WRONG_FIRST_DIGIT
			9419.052.168    | WRONG_FIRST_DIGIT
			""")
	void anInvalidNumberIsRefusedSayingWhatIsWrong(String text, Problem problem) {
		assertThat(problemParsing(text)).isEqualTo(problem);
		assertThat(EnterpriseNumber.isValid(text)).isFalse();
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   " })
	void aMissingNumberIsNotValid(String text) {
		assertThat(problemParsing(text)).isEqualTo(Problem.WRONG_LENGTH);
		assertThat(EnterpriseNumber.isValid(text)).isFalse();
	}

	@Test
	void theRefusalQuotesTheNumberAsItWasWritten() {
		assertThatThrownBy(() -> EnterpriseNumber.parse(" 0419.052.174 "))
			.hasMessage("'0419.052.174' has wrong check digits");
		assertThatThrownBy(() -> EnterpriseNumber.parse("04190521AB"))
			.hasMessage("'04190521AB' holds characters other than digits");
		assertThatThrownBy(() -> EnterpriseNumber.parse("9419052168")).hasMessage("'9419052168' does not start with 0 or 1");
		assertThatThrownBy(() -> EnterpriseNumber.parse("0419"))
			.hasMessage("'0419' does not have the 10 digits of an enterprise number");
	}

	@Test
	void theRecordHoldsOnlyTheTenDigitsAndValidatesThem() {
		assertThat(new EnterpriseNumber("0419052173").formatted()).isEqualTo("0419.052.173");
		assertThat(catchThrowableOfType(InvalidEnterpriseNumberException.class, () -> new EnterpriseNumber("0419.052.173"))
			.getProblem()).isEqualTo(Problem.WRONG_LENGTH);
		assertThat(catchThrowableOfType(InvalidEnterpriseNumberException.class, () -> new EnterpriseNumber("0419052174"))
			.getProblem()).isEqualTo(Problem.WRONG_CHECK);
	}

	@Test
	void twoWritingsOfOneNumberAreEqual() {
		assertThat(EnterpriseNumber.parse("BE 0419.052.173")).isEqualTo(EnterpriseNumber.parse("0419052173"));
	}

	private static Problem problemParsing(String text) {
		InvalidEnterpriseNumberException refusal = catchThrowableOfType(InvalidEnterpriseNumberException.class,
				() -> EnterpriseNumber.parse(text));
		assertThat(refusal).as("refusal of '%s'", text).isNotNull();
		return refusal.getProblem();
	}
}
