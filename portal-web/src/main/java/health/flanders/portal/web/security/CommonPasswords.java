package health.flanders.portal.web.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Refuses passwords that attackers try first: the list of common passwords of 12 characters or more in
 * {@code security/common-passwords.txt} (shorter ones are refused for their length anyway), read once.
 */
public class CommonPasswords implements ConstraintValidator<NotCommonPassword, String> {

	private static final Set<String> LIST = load();

	public static boolean isCommon(String password) {
		return LIST.contains(password.strip().toLowerCase(Locale.ROOT));
	}

	@Override
	public boolean isValid(String password, ConstraintValidatorContext context) {
		return password == null || password.isBlank() || !isCommon(password);
	}

	private static Set<String> load() {
		Set<String> passwords = new HashSet<>(64_000);
		try (InputStream in = CommonPasswords.class.getResourceAsStream("/security/common-passwords.txt");
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			reader.lines().filter(line -> !line.startsWith("#") && !line.isBlank()).forEach(passwords::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(passwords);
	}
}
