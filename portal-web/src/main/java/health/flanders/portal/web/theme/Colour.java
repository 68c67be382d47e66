package health.flanders.portal.web.theme;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A colour of the sRGB space as CSS writes it ({@code #0b5e6b}), with the WCAG 2.1 relative luminance and contrast
 * ratio that decide whether text in one colour can be read on another.
 */
public record Colour(int red, int green, int blue) {

	public static final Colour WHITE = new Colour(255, 255, 255);

	private static final Pattern HEX = Pattern.compile("#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})");

	public Colour {
		for (int channel : new int[] { red, green, blue }) {
			if (channel < 0 || channel > 255) {
				throw new IllegalArgumentException("A colour channel is from 0 to 255, not " + channel);
			}
		}
	}

	/**
	 * Reads {@code #rrggbb} or the short {@code #rgb}, the {@code #} optional.
	 * @throws IllegalArgumentException when the text is not such a colour
	 */
	public static Colour parse(String text) {
		String trimmed = text == null ? "" : text.strip();
		if (!HEX.matcher(trimmed).matches()) {
			throw new IllegalArgumentException("\"" + trimmed + "\" is not a colour written as #rrggbb");
		}
		String hex = trimmed.startsWith("#") ? trimmed.substring(1) : trimmed;
		if (hex.length() == 3) {
			hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
		}
		int value = Integer.parseInt(hex, 16);
		return new Colour(value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff);
	}

	/** The relative luminance of WCAG 2.1: 0 for black, 1 for white. */
	public double relativeLuminance() {
		return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
	}

	private static double linear(int channel) {
		double value = channel / 255.0;
		return value <= 0.04045 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
	}

	/** The contrast ratio of WCAG 2.1 between the two colours, from 1 (none) to 21 (black on white), either way round. */
	public double contrastWith(Colour other) {
		double lighter = Math.max(relativeLuminance(), other.relativeLuminance());
		double darker = Math.min(relativeLuminance(), other.relativeLuminance());
		return (lighter + 0.05) / (darker + 0.05);
	}

	/** This colour mixed with black: {@code share} 0.15 is 15% darker, as Bootstrap darkens a button on hover. */
	public Colour darker(double share) {
		return new Colour(shade(red, share), shade(green, share), shade(blue, share));
	}

	private static int shade(int channel, double share) {
		return (int) Math.round(channel * (1 - share));
	}

	/** As CSS writes it: {@code #0b5e6b}. */
	public String hex() {
		return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
	}

	/** The channels as Bootstrap's {@code --bs-*-rgb} properties take them: {@code 11, 94, 107}. */
	public String channels() {
		return red + ", " + green + ", " + blue;
	}

	@Override
	public String toString() {
		return hex();
	}
}
