package health.flanders.portal.call.organisation;

/** A text that is not a valid Belgian enterprise number, with what is wrong with it. */
public class InvalidEnterpriseNumberException extends IllegalArgumentException {

	/** What is wrong with the number. */
	public enum Problem {
		WRONG_LENGTH, NOT_DIGITS, WRONG_FIRST_DIGIT, WRONG_CHECK
	}

	private final Problem problem;

	InvalidEnterpriseNumberException(String text, Problem problem) {
		super(describe(text, problem));
		this.problem = problem;
	}

	public Problem getProblem() {
		return problem;
	}

	private static String describe(String text, Problem problem) {
		return switch (problem) {
			case WRONG_LENGTH -> "'" + text + "' does not have the 10 digits of an enterprise number";
			case NOT_DIGITS -> "'" + text + "' holds characters other than digits";
			case WRONG_FIRST_DIGIT -> "'" + text + "' does not start with 0 or 1";
			case WRONG_CHECK -> "'" + text + "' has wrong check digits";
		};
	}
}
