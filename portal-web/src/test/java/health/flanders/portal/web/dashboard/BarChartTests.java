package health.flanders.portal.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import health.flanders.portal.web.dashboard.BarChart.Bar;
import health.flanders.portal.web.dashboard.BarChart.Category;
import health.flanders.portal.web.dashboard.BarChart.Reference;

class BarChartTests {

	@Test
	void rowsScaleTheLargestValueToTheWidthLeftOfTheValues() {
		BarChart chart = BarChart.rows("c", "Title", List.of(),
				List.of(Category.of("Sent", 8, "8"), Category.of("Accepted", 2, "2"), Category.of("Declined", 0, "0")),
				null);

		assertThat(chart.bars()).hasSize(2);
		Bar sent = chart.bars().get(0);
		Bar accepted = chart.bars().get(1);
		assertThat(sent.x()).isZero();
		assertThat(sent.width()).isCloseTo(BarChart.WIDTH - 15, within(0.1));
		assertThat(accepted.width()).isCloseTo(sent.width() / 4, within(0.1));
		assertThat(accepted.y()).isGreaterThan(sent.y() + sent.height());
		assertThat(chart.texts()).extracting(BarChart.Text::content)
			.containsExactly("Sent", "8", "Accepted", "2", "Declined", "0");
		assertThat(chart.texts().get(1).anchor()).isEqualTo("end");
		assertThat(chart.texts().get(1).x()).isEqualTo(BarChart.WIDTH);
		assertThat(chart.height()).isGreaterThan((int) (accepted.y() + accepted.height()));
	}

	@Test
	void aReferenceLargerThanEveryValueSetsTheScaleAndIsDrawnWhereItFalls() {
		BarChart chart = BarChart.rows("budget", "Budget", List.of(),
				List.of(Category.of("Requested", 5_000_000, "EUR 5,000,000")),
				new Reference("The call's budget: EUR 10,000,000", 10_000_000));

		double room = BarChart.WIDTH - ("EUR 5,000,000".length() * 7 + 8);
		assertThat(chart.bars()).singleElement()
			.satisfies(bar -> assertThat(bar.width()).isCloseTo(room / 2, within(0.1)));
		// The legend's swatch, then the line across the bars at the budget.
		assertThat(chart.lines()).hasSize(2);
		assertThat(chart.lines().get(1).x1()).isCloseTo(room, within(0.1));
		assertThat(chart.lines().get(1).x2()).isEqualTo(chart.lines().get(1).x1());
		assertThat(chart.texts().get(0).content()).isEqualTo("The call's budget: EUR 10,000,000");
	}

	@Test
	void severalSeriesGetALegendAndABarEachPerCategory() {
		BarChart chart = BarChart.rows("goals", "Goals", List.of("Submitted", "Drafts"),
				List.of(new Category("1a", List.of(3.0, 1.0), List.of("3", "1"))), null);

		// Two legend swatches, then the two bars of the category.
		assertThat(chart.bars()).extracting(Bar::series).containsExactly(0, 1, 0, 1);
		assertThat(chart.bars().get(3).width()).isCloseTo(chart.bars().get(2).width() / 3, within(0.1));
		assertThat(chart.texts()).extracting(BarChart.Text::content).startsWith("Submitted", "Drafts", "1a");
	}

	@Test
	void columnsGrowFromOneAxisAndNameTheFirstAndLastDay() {
		List<Category> days = List.of(day("1 Nov", 2, 0), day("2 Nov", 0, 0), day("3 Nov", 4, 1), day("4 Nov", 1, 4),
				day("5 Nov", 0, 2));
		BarChart chart = BarChart.columns("days", "Days", List.of("Started", "Submitted"), days, "4");

		List<Bar> plotted = chart.bars().subList(2, chart.bars().size());
		assertThat(plotted).hasSize(6);
		double bottom = plotted.get(0).y() + plotted.get(0).height();
		assertThat(plotted).allSatisfy(bar -> assertThat(bar.y() + bar.height()).isCloseTo(bottom, within(0.1)));
		Bar tallest = plotted.stream().filter(bar -> bar.height() == 140).findFirst().orElseThrow();
		assertThat(plotted.get(0).height()).isCloseTo(tallest.height() / 2, within(0.1));
		assertThat(plotted).allSatisfy(bar -> assertThat(bar.x() + bar.width()).isLessThanOrEqualTo(BarChart.WIDTH));
		assertThat(chart.texts()).extracting(BarChart.Text::content).contains("1 Nov", "5 Nov", "4", "0");
	}

	@Test
	void everyTextIsEscapedAndTheMarkupIsWellFormedWithAnAccessibleName() throws Exception {
		BarChart chart = BarChart.rows("x\"y", "Budget <b>&</b>", List.of("A & B", "<script>"),
				List.of(new Category("Ann's \"lab\" <img src=x>", List.of(1.0, 2.0), List.of("1", "2 & more"))),
				new Reference("<budget>", 3));

		String svg = chart.svg();
		assertThat(svg).doesNotContain("<script>", "<img", "<b>")
			.contains("Ann&#39;s &quot;lab&quot; &lt;img src=x&gt;", "2 &amp; more", "Budget &lt;b&gt;&amp;&lt;/b&gt;");
		Document document = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
		Element root = document.getDocumentElement();
		assertThat(root.getAttribute("role")).isEqualTo("img");
		assertThat(root.getAttribute("aria-labelledby")).isEqualTo("x\"y-title");
		assertThat(root.getAttribute("viewBox")).startsWith("0 0 360 ");
		assertThat(document.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Budget <b>&</b>");
		assertThat(document.getElementsByTagName("rect").getLength()).isGreaterThanOrEqualTo(4);
	}

	@Test
	void aLongLabelIsCutToTheChartsWidth() {
		String label = "Better knowledge of biomarker and pharmacogenomic data across every hospital of Flanders";
		BarChart chart = BarChart.rows("c", "T", List.of(), List.of(Category.of(label, 1, "1")), null);

		assertThat(chart.texts().get(0).content()).hasSizeLessThanOrEqualTo(BarChart.LABEL_CHARACTERS).endsWith("…");
	}

	@Test
	void nothingToDrawDrawsNoBar() {
		BarChart chart = BarChart.rows("c", "T", List.of(), List.of(Category.of("None", 0, "0")), null);

		assertThat(chart.bars()).isEmpty();
		assertThat(chart.svg()).contains(">None</text>", ">0</text>");
	}

	private static Category day(String label, int started, int submitted) {
		return new Category(label, List.of((double) started, (double) submitted),
				List.of(String.valueOf(started), String.valueOf(submitted)));
	}
}
