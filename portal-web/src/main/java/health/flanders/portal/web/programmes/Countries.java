package health.flanders.portal.web.programmes;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Countries by their ISO 3166-1 alpha-2 code, named in the reader's language. Templates use it as
 * {@code ${@countries.name(programme.country)}}.
 */
@Component("countries")
public class Countries {

	/** The countries of Europe a suggestion may name: the sovereign states wholly or mostly in Europe. */
	static final Set<String> EUROPE = Set.of("AD", "AL", "AT", "BA", "BE", "BG", "BY", "CH", "CY", "CZ", "DE", "DK",
			"EE", "ES", "FI", "FR", "GB", "GR", "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MC", "MD", "ME",
			"MK", "MT", "NL", "NO", "PL", "PT", "RO", "RS", "RU", "SE", "SI", "SK", "SM", "UA", "VA");

	/** A country and its name in the reader's language. */
	public record Country(String code, String name) {
	}

	/** The country's name in the reader's language, e.g. "Belgium" or "België"; the code when it is unknown. */
	public String name(String code) {
		if (code == null || !code.matches("[A-Z]{2}")) {
			return code;
		}
		return new Locale.Builder().setRegion(code).build().getDisplayCountry(LocaleContextHolder.getLocale());
	}

	/** These countries, in the alphabetical order of their names in the reader's language. */
	public List<Country> named(Collection<String> codes) {
		Comparator<Country> byName = Comparator.comparing(Country::name,
				Collator.getInstance(LocaleContextHolder.getLocale()));
		return codes.stream().map(code -> new Country(code, name(code))).sorted(byName).toList();
	}

	/** Every country of Europe, by name. */
	public List<Country> europe() {
		return named(EUROPE);
	}

	public boolean isEuropean(String code) {
		return code != null && EUROPE.contains(code);
	}
}
