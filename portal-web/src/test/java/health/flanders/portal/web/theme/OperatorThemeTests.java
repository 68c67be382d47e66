package health.flanders.portal.web.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.MediaType;

/**
 * The operator's identity as the settings give it: colours too light to read and logos that are not SVG or PNG files
 * are refused with the setting named; what is accepted becomes the stylesheet and the logo the portal serves.
 */
class OperatorThemeTests {

	private static final String DEFAULT_LOGO = "classpath:theme/flanders-health.svg";

	@TempDir
	Path folder;

	@Test
	void flandersHealthsIdentityIsAccepted() {
		OperatorTheme theme = new OperatorTheme("Flanders.health", "#0b5e6b", "#a3195b", DEFAULT_LOGO);

		assertThat(theme.logo().type()).isEqualTo(OperatorTheme.SVG);
		assertThat(new String(theme.logo().content(), StandardCharsets.UTF_8)).contains("Flanders.health");
		assertThat(theme.getStylesheetPath()).matches("/theme\\.css\\?v=[0-9a-f]{12}");
		assertThat(theme.getLogoPath()).matches("/theme/logo\\?v=[0-9a-f]{12}");
	}

	@Test
	void theStylesheetGivesBootstrapTheOperatorsColours() {
		String css = new String(new OperatorTheme("Acme", "#00786f", "#b01e5c", DEFAULT_LOGO).stylesheet(),
				StandardCharsets.UTF_8);

		assertThat(css).contains("--bs-primary: #00786f;", "--bs-primary-rgb: 0, 120, 111;",
				"--bs-link-color: #b01e5c;", "--bs-link-color-rgb: 176, 30, 92;", "--bs-btn-bg: #00786f;",
				"--bs-navbar-brand-color: #00786f;", "--bs-btn-hover-bg: #00665e;");
	}

	@Test
	void anotherColourGivesAnotherStylesheetLink() {
		assertThat(new OperatorTheme("Acme", "#00786f", "#b01e5c", DEFAULT_LOGO).getStylesheetPath())
			.isNotEqualTo(new OperatorTheme("Acme", "#0b5e6b", "#b01e5c", DEFAULT_LOGO).getStylesheetPath());
	}

	@Test
	void aPrimaryColourTooLightForWhiteTextIsRefusedWithItsRatio() {
		assertThatThrownBy(() -> new OperatorTheme("Acme", "#999999", "#a3195b", DEFAULT_LOGO))
			.isInstanceOf(ThemeSettingException.class)
			.hasMessage("ICON_OPERATOR_PRIMARY_COLOUR: #999999 has a contrast ratio of 2.84:1 with the white text of"
					+ " primary buttons (#ffffff); WCAG 2.1 AA asks for at least 4.5:1.");
	}

	@Test
	void anAccentThatPassesOnWhiteButNotOnTheNavigationBarIsRefused() {
		// #767676 is 4.54:1 on white, 4.30:1 (rounded down) on the light grey of the navigation bar.
		assertThatThrownBy(() -> new OperatorTheme("Acme", "#0b5e6b", "#767676", DEFAULT_LOGO))
			.isInstanceOf(ThemeSettingException.class)
			.hasMessageContaining("ICON_OPERATOR_ACCENT_COLOUR: #767676 has a contrast ratio of 4.30:1")
			.hasMessageContaining("the light grey of the navigation bar");
	}

	@Test
	void somethingThatIsNotAColourIsRefused() {
		assertThatThrownBy(() -> new OperatorTheme("Acme", "teal", "#a3195b", DEFAULT_LOGO))
			.isInstanceOf(ThemeSettingException.class)
			.hasMessageContaining("ICON_OPERATOR_PRIMARY_COLOUR")
			.hasMessageContaining("\"teal\" is not a colour written as #rrggbb");
	}

	@Test
	void aPngFileIsServedAsPng() throws IOException {
		Path png = folder.resolve("logo.png");
		ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), "png", png.toFile());

		OperatorTheme.Logo logo = OperatorTheme.load(png.toString());

		assertThat(logo.type()).isEqualTo(MediaType.IMAGE_PNG);
		assertThat(logo.content()).isEqualTo(Files.readAllBytes(png));
		assertThat(OperatorTheme.load("file:" + png).type()).isEqualTo(MediaType.IMAGE_PNG);
	}

	@Test
	void anSvgFileIsServedAsSvgWhateverItsName() throws IOException {
		Path svg = Files.writeString(folder.resolve("logo.png"),
				"<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"1\" height=\"1\"/></svg>");

		assertThat(OperatorTheme.load(svg.toString()).type()).isEqualTo(OperatorTheme.SVG);
	}

	@Test
	void aFileThatIsNeitherSvgNorPngIsRefused() throws IOException {
		Path html = Files.writeString(folder.resolve("logo.svg"), "<html><body>Not a logo</body></html>");

		assertThatThrownBy(() -> OperatorTheme.load(html.toString())).isInstanceOf(ThemeSettingException.class)
			.hasMessageContaining("ICON_OPERATOR_LOGO")
			.hasMessageContaining("is neither an SVG nor a PNG file");
	}

	@Test
	void anSvgWithScriptIsRefused() throws IOException {
		Path svg = Files.writeString(folder.resolve("logo.svg"),
				"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");

		assertThatThrownBy(() -> OperatorTheme.load(svg.toString())).isInstanceOf(ThemeSettingException.class)
			.hasMessageContaining("holds script");
	}

	@Test
	void aMissingFileIsRefusedWithItsPath() {
		assertThatThrownBy(() -> OperatorTheme.load(folder.resolve("missing.svg").toString()))
			.isInstanceOf(ThemeSettingException.class)
			.hasMessageContaining("ICON_OPERATOR_LOGO")
			.hasMessageContaining("missing.svg")
			.hasMessageContaining("cannot be read");
	}

	@Test
	void aFileOverOneMegabyteIsRefused() throws IOException {
		byte[] large = new byte[OperatorTheme.MAX_LOGO_BYTES + 10];
		System.arraycopy(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' }, 0, large, 0, 8);
		Path png = Files.write(folder.resolve("large.png"), large);

		assertThatThrownBy(() -> OperatorTheme.load(png.toString())).isInstanceOf(ThemeSettingException.class)
			.hasMessageContaining("more than 1 MB");
	}
}
