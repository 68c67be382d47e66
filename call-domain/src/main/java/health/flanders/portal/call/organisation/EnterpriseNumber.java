package health.flanders.portal.call.organisation;

import java.util.Locale;

/**
 * A Belgian enterprise number (KBO/BCE): ten digits, the first 0 or 1, the last two equal to 97 minus the first
 * eight modulo 97. Shown as {@code 0419.052.173}.
 */
public record EnterpriseNumber(String digits) {

	public EnterpriseNumber {
		InvalidEnterpriseNumberException.Problem problem = problemOf(digits);
		if (problem != null) {
			throw new InvalidEnterpriseNumberException(digits, problem);
		}
	}

	/**
	 * Reads a number as people write it: {@code 0419.052.173}, {@code 0419052173}, {@code BE 0419 052 173}; an old
	 * nine-digit number gets its leading 0.
	 * @throws InvalidEnterpriseNumberException when it is not a valid number
	 */
	public static EnterpriseNumber parse(String text) {
		if (text == null) {
			throw new InvalidEnterpriseNumberException("", InvalidEnterpriseNumberException.Problem.WRONG_LENGTH);
		}
		String compact = text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s.\\-]", "");
		if (compact.startsWith("BE")) {
			compact = compact.substring(2);
		}
		if (compact.length() == 9 && compact.chars().allMatch(Character::isDigit)) {
			compact = "0" + compact;
		}
		InvalidEnterpriseNumberException.Problem problem = problemOf(compact);
		if (problem != null) {
			throw new InvalidEnterpriseNumberException(text.strip(), problem);
		}
		return new EnterpriseNumber(compact);
	}

	public static boolean isValid(String text) {
		try {
			parse(text);
			return true;
		}
		catch (InvalidEnterpriseNumberException ex) {
			return false;
		}
	}

	/** {@code 0419.052.173}. */
	public String formatted() {
		return digits.substring(0, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7);
	}

	@Override
	public String toString() {
		return formatted();
	}

	private static InvalidEnterpriseNumberException.Problem problemOf(String digits) {
		if (digits == null || digits.length() != 10) {
			return InvalidEnterpriseNumberException.Problem.WRONG_LENGTH;
		}
		if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return InvalidEnterpriseNumberException.Problem.NOT_DIGITS;
		}
		if (digits.charAt(0) != '0' && digits.charAt(0) != '1') {
			return InvalidEnterpriseNumberException.Problem.WRONG_FIRST_DIGIT;
		}
		long stem = Long.parseLong(digits.substring(0, 8));
		int check = Integer.parseInt(digits.substring(8));
		return 97 - (stem % 97) == check ? null : InvalidEnterpriseNumberException.Problem.WRONG_CHECK;
	}
}
