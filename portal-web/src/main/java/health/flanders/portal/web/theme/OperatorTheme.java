package health.flanders.portal.web.theme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The operator's identity as every page shows it, from the settings {@code icon.operator.*}: its name, a primary
 * colour (the portal's name in the navigation bar, primary buttons), an accent colour (links) and a logo, SVG or PNG.
 * Read and checked once at start-up: a colour with a contrast ratio under 4.5:1 (WCAG 2.1 AA for text) against what
 * it is used with, or a logo that is not an SVG or PNG file, stops the portal from starting with a message that names
 * the setting. The colours reach the pages as a stylesheet written here once ({@code /theme.css}), since the content
 * security policy allows no inline style; its link and the logo's carry a hash of their content, so that browsers may
 * keep both for a year and still see a change at the next start.
 */
@Component("theme")
public class OperatorTheme {

	/** Bootstrap's light grey of the navigation bar ({@code bg-body-tertiary}), under the portal's name and links. */
	static final Colour NAVIGATION_BAR = Colour.parse("#f8f9fa");

	/** WCAG 2.1 AA, success criterion 1.4.3, for text of normal size. */
	static final double MINIMUM_CONTRAST = 4.5;

	static final int MAX_LOGO_BYTES = 1024 * 1024;

	static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	/** What a colour is drawn with or on, for the check and its message. */
	record Use(String what, Colour with) {
	}

	static final List<Use> PRIMARY_USES = List.of(new Use("the white text of primary buttons", Colour.WHITE),
			new Use("the light grey of the navigation bar, under the portal's name", NAVIGATION_BAR));

	static final List<Use> ACCENT_USES = List.of(new Use("the white of the page, under links", Colour.WHITE),
			new Use("the light grey of the navigation bar, under links", NAVIGATION_BAR));

	/** A logo's content and its type, found from the content itself, never from the file's name. */
	public record Logo(byte[] content, MediaType type) {
	}

	private final String name;

	private final Colour primary;

	private final Colour accent;

	private final Logo logo;

	private final byte[] stylesheet;

	private final String stylesheetPath;

	private final String logoPath;

	OperatorTheme(@Value("${icon.operator.name}") String name,
			@Value("${icon.operator.primary-colour}") String primary,
			@Value("${icon.operator.accent-colour}") String accent, @Value("${icon.operator.logo}") String logo) {
		this.name = name;
		this.primary = checked("ICON_OPERATOR_PRIMARY_COLOUR", primary, PRIMARY_USES);
		this.accent = checked("ICON_OPERATOR_ACCENT_COLOUR", accent, ACCENT_USES);
		this.logo = load(logo);
		this.stylesheet = stylesheet(this.primary, this.accent).getBytes(StandardCharsets.UTF_8);
		this.stylesheetPath = "/theme.css?v=" + hash(stylesheet);
		this.logoPath = "/theme/logo?v=" + hash(this.logo.content());
	}

	/**
	 * The colour of the setting, refused when it is not a colour or when its contrast with any of its uses is under
	 * 4.5:1.
	 */
	static Colour checked(String variable, String value, List<Use> uses) {
		Colour colour;
		try {
			colour = Colour.parse(value);
		}
		catch (IllegalArgumentException ex) {
			throw new ThemeSettingException(variable, ex.getMessage() + ".",
					"Set " + variable + " to a colour written as #rrggbb, or leave it unset for Flanders.health's.");
		}
		for (Use use : uses) {
			double ratio = colour.contrastWith(use.with());
			if (ratio < MINIMUM_CONTRAST) {
				throw new ThemeSettingException(variable, String.format(Locale.ROOT,
						"%s has a contrast ratio of %s:1 with %s (%s); WCAG 2.1 AA asks for at least 4.5:1.", colour,
						ratioText(ratio), use.what(), use.with()),
						"Set " + variable + " to a darker colour (one with at least 4.5:1 against white and against "
								+ NAVIGATION_BAR + "), or leave it unset for Flanders.health's.");
			}
		}
		return colour;
	}

	/** A ratio to two decimals, rounded down, so that a ratio under 4.5 never reads as 4.50. */
	static String ratioText(double ratio) {
		return String.format(Locale.ROOT, "%.2f", Math.floor(ratio * 100) / 100);
	}

	/**
	 * The logo at this location: {@code classpath:} and a resource, or a file's path (with or without {@code file:}).
	 * Refused unless it is a PNG (by its signature) or an SVG without script, of at most 1 MB.
	 */
	static Logo load(String location) {
		String action = "Set ICON_OPERATOR_LOGO to an SVG or PNG file of at most 1 MB, as a path (/etc/icon/logo.svg)"
				+ " or a classpath: resource, or leave it unset for Flanders.health's logo.";
		byte[] content;
		try {
			content = read(location.strip());
		}
		catch (IOException | RuntimeException ex) {
			throw new ThemeSettingException("ICON_OPERATOR_LOGO", "the logo \"" + location + "\" cannot be read ("
					+ ex.getMessage() + ").", action);
		}
		if (content.length > MAX_LOGO_BYTES) {
			throw new ThemeSettingException("ICON_OPERATOR_LOGO",
					"the logo \"" + location + "\" has " + content.length + " bytes, more than 1 MB.", action);
		}
		if (isPng(content)) {
			return new Logo(content, MediaType.IMAGE_PNG);
		}
		String text = new String(content, StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
		String lower = text.toLowerCase(Locale.ROOT);
		boolean svg = (lower.startsWith("<?xml") || lower.startsWith("<svg") || lower.startsWith("<!--")
				|| lower.startsWith("<!doctype svg")) && lower.contains("<svg") && lower.contains("</svg>");
		if (!svg) {
			throw new ThemeSettingException("ICON_OPERATOR_LOGO",
					"the logo \"" + location + "\" is neither an SVG nor a PNG file.", action);
		}
		if (lower.contains("<script") || lower.contains("javascript:") || lower.contains("<foreignobject")) {
			throw new ThemeSettingException("ICON_OPERATOR_LOGO",
					"the logo \"" + location + "\" holds script or embedded HTML, which a logo never needs.", action);
		}
		return new Logo(content, SVG);
	}

	private static byte[] read(String location) throws IOException {
		if (location.startsWith("classpath:")) {
			try (InputStream in = new ClassPathResource(location.substring("classpath:".length())).getInputStream()) {
				return in.readNBytes(MAX_LOGO_BYTES + 1);
			}
		}
		Path path = Path.of(location.startsWith("file:") ? location.substring("file:".length()) : location);
		try (InputStream in = Files.newInputStream(path)) {
			return in.readNBytes(MAX_LOGO_BYTES + 1);
		}
	}

	private static boolean isPng(byte[] content) {
		if (content.length < PNG_SIGNATURE.length) {
			return false;
		}
		for (int i = 0; i < PNG_SIGNATURE.length; i++) {
			if (content[i] != PNG_SIGNATURE[i]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Bootstrap's custom properties and the rules that do not read them (buttons, the navigation bar's name) set to
	 * the operator's colours; hover and pressed states a shade darker, so never less readable.
	 */
	static String stylesheet(Colour primary, Colour accent) {
		Colour primaryDark = primary.darker(0.15);
		Colour accentDark = accent.darker(0.15);
		return """
				/* The operator's colours (ICON_OPERATOR_PRIMARY_COLOUR, ICON_OPERATOR_ACCENT_COLOUR), written at start-up. */
				:root {
				  --icon-primary: %1$s;
				  --icon-primary-dark: %2$s;
				  --icon-accent: %3$s;
				  --bs-primary: %1$s;
				  --bs-primary-rgb: %5$s;
				  --bs-link-color: %3$s;
				  --bs-link-color-rgb: %6$s;
				  --bs-link-hover-color: %4$s;
				  --bs-link-hover-color-rgb: %7$s;
				}

				.navbar {
				  --bs-navbar-brand-color: %1$s;
				  --bs-navbar-brand-hover-color: %2$s;
				}

				.btn-primary {
				  --bs-btn-color: #fff;
				  --bs-btn-bg: %1$s;
				  --bs-btn-border-color: %1$s;
				  --bs-btn-hover-color: #fff;
				  --bs-btn-hover-bg: %2$s;
				  --bs-btn-hover-border-color: %2$s;
				  --bs-btn-active-color: #fff;
				  --bs-btn-active-bg: %2$s;
				  --bs-btn-active-border-color: %2$s;
				  --bs-btn-disabled-color: #fff;
				  --bs-btn-disabled-bg: %1$s;
				  --bs-btn-disabled-border-color: %1$s;
				  --bs-btn-focus-shadow-rgb: %5$s;
				}

				.btn-outline-primary {
				  --bs-btn-color: %1$s;
				  --bs-btn-border-color: %1$s;
				  --bs-btn-hover-color: #fff;
				  --bs-btn-hover-bg: %1$s;
				  --bs-btn-hover-border-color: %1$s;
				  --bs-btn-active-color: #fff;
				  --bs-btn-active-bg: %2$s;
				  --bs-btn-active-border-color: %2$s;
				  --bs-btn-focus-shadow-rgb: %5$s;
				}

				:focus-visible {
				  outline-color: %3$s;
				}
				""".formatted(primary.hex(), primaryDark.hex(), accent.hex(), accentDark.hex(), primary.channels(),
				accent.channels(), accentDark.channels());
	}

	private static String hash(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content), 0, 6);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public String getName() {
		return name;
	}

	public Colour getPrimary() {
		return primary;
	}

	public Colour getAccent() {
		return accent;
	}

	/** The stylesheet's link, its content's hash in the query: {@code /theme.css?v=…}. */
	public String getStylesheetPath() {
		return stylesheetPath;
	}

	/** The logo's link, its content's hash in the query: {@code /theme/logo?v=…}. */
	public String getLogoPath() {
		return logoPath;
	}

	byte[] stylesheet() {
		return stylesheet.clone();
	}

	Logo logo() {
		return logo;
	}
}
