package health.flanders.portal.web.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A bar chart drawn on the server as SVG markup: no script, no library. Each series has its own pattern (solid,
 * hatched, dotted) outlined in black, with a legend, so that it reads without colour; every bar carries its value as
 * text. The picture is 360 units wide, a phone's width, and scales to its container ({@code viewBox}, width 100%).
 * It is an image with an accessible name (its {@code <title>}); its figures belong in a table beside it.
 *
 * <p>Two shapes: {@link #rows} puts each category on a line of its own, its label above its bars (a long label
 * never squeezes the bars on a phone), with an optional dashed reference line such as a budget; {@link #columns} puts
 * a series of days side by side, labelling a few of them on the axis. Every text is escaped here.
 */
public record BarChart(String id, String title, int height, List<String> series, List<Bar> bars, List<Text> texts,
		List<Line> lines) {

	/** The width of every chart, in SVG units. */
	public static final int WIDTH = 360;

	/** How many characters of a label fit on a line at the chart's font size; longer ones are cut with "…". */
	static final int LABEL_CHARACTERS = 48;

	private static final int LINE = 16;

	private static final int BAR = 14;

	private static final int GAP = 4;

	private static final int PLOT = 140;

	private static final int AXIS = 30;

	private static final double CHARACTER_WIDTH = 7;

	/** A bar: its place and size, and which series it belongs to (the pattern it is filled with). */
	public record Bar(double x, double y, double width, double height, int series) {
	}

	/** A text at a place; {@code anchor} is SVG's text-anchor: start, middle or end. */
	public record Text(double x, double y, String anchor, String content) {
	}

	/** A dashed line, such as a reference value across the bars. */
	public record Line(double x1, double y1, double x2, double y2) {
	}

	/**
	 * A category (a goal, a day, a session) with one value per series, and those values as the page writes them (in
	 * the reader's language: "1.250.000" in Dutch).
	 */
	public record Category(String label, List<Double> values, List<String> shown) {

		public Category {
			if (values.size() != shown.size()) {
				throw new IllegalArgumentException("one shown value per value");
			}
			values = List.copyOf(values);
			shown = List.copyOf(shown);
		}

		/** One value, shown as given. */
		public static Category of(String label, double value, String shown) {
			return new Category(label, List.of(value), List.of(shown));
		}
	}

	/** A value drawn as a dashed line across the bars of {@link #rows}, with its label: a call's budget. */
	public record Reference(String label, double value) {
	}

	/**
	 * Categories one under the other: the label on its own line, then one bar per series with its value at the end
	 * of the line. Bars are scaled so that the largest value (or the reference, when larger) fills the width left of
	 * the values.
	 */
	public static BarChart rows(String id, String title, List<String> series, List<Category> categories,
			Reference reference) {
		List<Bar> bars = new ArrayList<>();
		List<Text> texts = new ArrayList<>();
		List<Line> lines = new ArrayList<>();
		double y = legend(series, reference, texts, bars, lines);
		int valueCharacters = categories.stream()
			.flatMap(category -> category.shown().stream())
			.mapToInt(String::length)
			.max()
			.orElse(1);
		double room = WIDTH - (valueCharacters * CHARACTER_WIDTH + 8);
		double max = Math.max(reference == null ? 0 : reference.value(),
				categories.stream().flatMap(category -> category.values().stream()).mapToDouble(Double::doubleValue)
					.max()
					.orElse(0));
		double top = y;
		for (Category category : categories) {
			texts.add(new Text(0, y + 12, "start", cut(category.label())));
			y += LINE;
			for (int s = 0; s < category.values().size(); s++) {
				double length = scale(category.values().get(s), max, room);
				if (length > 0) {
					bars.add(new Bar(0, y, length, BAR, s));
				}
				texts.add(new Text(WIDTH, y + 11, "end", category.shown().get(s)));
				y += BAR + GAP;
			}
			y += GAP * 2;
		}
		if (reference != null && max > 0) {
			double x = scale(reference.value(), max, room);
			lines.add(new Line(x, top - GAP, x, y - GAP));
		}
		return new BarChart(id, title, (int) Math.ceil(y), series, bars, texts, lines);
	}

	/**
	 * Categories side by side, such as days: bars grow upwards from a common axis, the series of a category next to
	 * each other; the axis names the first, the last and a few categories between them, and the scale its top.
	 */
	public static BarChart columns(String id, String title, List<String> series, List<Category> categories,
			String shownMaximum) {
		List<Bar> bars = new ArrayList<>();
		List<Text> texts = new ArrayList<>();
		List<Line> lines = new ArrayList<>();
		double top = legend(series, null, texts, bars, lines) + 8;
		double bottom = top + PLOT;
		double max = categories.stream()
			.flatMap(category -> category.values().stream())
			.mapToDouble(Double::doubleValue)
			.max()
			.orElse(0);
		int n = Math.max(1, categories.size());
		double group = (WIDTH - AXIS) / n;
		double width = Math.max(1, group * 0.8 / Math.max(1, series.size()));
		texts.add(new Text(AXIS - 4, top + 4, "end", shownMaximum));
		texts.add(new Text(AXIS - 4, bottom, "end", "0"));
		lines.add(new Line(AXIS, top, WIDTH, top));
		int every = Math.max(1, (int) Math.ceil(n / 4.0));
		for (int i = 0; i < categories.size(); i++) {
			Category category = categories.get(i);
			double left = AXIS + i * group + group * 0.1;
			for (int s = 0; s < category.values().size(); s++) {
				double height = scale(category.values().get(s), max, PLOT);
				if (height > 0) {
					bars.add(new Bar(left + s * width, bottom - height, width, height, s));
				}
			}
			boolean last = i == categories.size() - 1;
			if (i == 0 || last || (i % every == 0 && categories.size() - 1 - i >= every / 2.0)) {
				String anchor = i == 0 ? "start" : last ? "end" : "middle";
				double x = i == 0 ? AXIS : last ? WIDTH : AXIS + (i + 0.5) * group;
				texts.add(new Text(x, bottom + 16, anchor, category.label()));
			}
		}
		return new BarChart(id, title, (int) Math.ceil(bottom + 22), series, bars, texts, lines);
	}

	/**
	 * The legend at the top: a swatch and the name of each series when there are several, and the reference's dashed
	 * line with its label. Returns where the chart continues.
	 */
	private static double legend(List<String> series, Reference reference, List<Text> texts, List<Bar> bars,
			List<Line> lines) {
		double y = 0;
		if (series.size() > 1) {
			for (int s = 0; s < series.size(); s++) {
				bars.add(new Bar(0, y + 2, 20, 12, s));
				texts.add(new Text(26, y + 12, "start", cut(series.get(s))));
				y += LINE + 2;
			}
		}
		if (reference != null) {
			lines.add(new Line(0, y + 8, 20, y + 8));
			texts.add(new Text(26, y + 12, "start", cut(reference.label())));
			y += LINE + 2;
		}
		return y == 0 ? 0 : y + GAP;
	}

	private static double scale(double value, double max, double room) {
		return max <= 0 || value <= 0 ? 0 : round(value / max * room);
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	private static String cut(String label) {
		return label.length() <= LABEL_CHARACTERS ? label : label.substring(0, LABEL_CHARACTERS - 1).strip() + "…";
	}

	/** The chart as SVG markup, every text escaped, to be written into the page as it is. */
	public String svg() {
		StringBuilder svg = new StringBuilder(4096);
		svg.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
			.append(WIDTH)
			.append(' ')
			.append(height)
			.append("\" role=\"img\" aria-labelledby=\"")
			.append(escape(id))
			.append("-title\"><title id=\"")
			.append(escape(id))
			.append("-title\">")
			.append(escape(title))
			.append("</title><defs>");
		for (int s = 0; s < 3; s++) {
			svg.append(pattern(s));
		}
		svg.append("</defs>");
		for (Bar bar : bars) {
			svg.append("<rect x=\"")
				.append(number(bar.x()))
				.append("\" y=\"")
				.append(number(bar.y()))
				.append("\" width=\"")
				.append(number(bar.width()))
				.append("\" height=\"")
				.append(number(bar.height()))
				.append("\" fill=\"url(#")
				.append(escape(id))
				.append("-s")
				.append(bar.series() % 3)
				.append(")\" stroke=\"#1a1a1a\"/>");
		}
		for (Line line : lines) {
			svg.append("<line x1=\"")
				.append(number(line.x1()))
				.append("\" y1=\"")
				.append(number(line.y1()))
				.append("\" x2=\"")
				.append(number(line.x2()))
				.append("\" y2=\"")
				.append(number(line.y2()))
				.append("\" stroke=\"#1a1a1a\" stroke-width=\"2\" stroke-dasharray=\"4 3\"/>");
		}
		for (Text text : texts) {
			svg.append("<text x=\"")
				.append(number(text.x()))
				.append("\" y=\"")
				.append(number(text.y()))
				.append("\" text-anchor=\"")
				.append(text.anchor())
				.append("\">")
				.append(escape(text.content()))
				.append("</text>");
		}
		return svg.append("</svg>").toString();
	}

	/** Solid dark blue; brown hatching; green dots: told apart by their shapes, each 3:1 or more against white. */
	private String pattern(int series) {
		String head = "<pattern id=\"" + escape(id) + "-s" + series
				+ "\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\">";
		return head + switch (series) {
			case 0 -> "<rect width=\"8\" height=\"8\" fill=\"#1f4e79\"/>";
			case 1 -> "<rect width=\"8\" height=\"8\" fill=\"#ffffff\"/>"
					+ "<path d=\"M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4\" stroke=\"#7a3e00\" stroke-width=\"2.5\"/>";
			default -> "<rect width=\"8\" height=\"8\" fill=\"#ffffff\"/><circle cx=\"4\" cy=\"4\" r=\"2\" fill=\"#0b5d1e\"/>";
		} + "</pattern>";
	}

	private static String number(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
	}

	/** Escapes text for an element's content or a double-quoted attribute. */
	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}
}
