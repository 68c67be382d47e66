package health.flanders.portal.web.theme;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The operator's stylesheet and logo at fixed addresses, public. Pages link to them with a hash of their content in
 * the query ({@link OperatorTheme#getStylesheetPath()}), so browsers and proxies may keep them for a year.
 */
@Controller
class ThemeController {

	private static final MediaType CSS = MediaType.parseMediaType("text/css;charset=UTF-8");

	private static final CacheControl A_YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePublic();

	private final OperatorTheme theme;

	ThemeController(OperatorTheme theme) {
		this.theme = theme;
	}

	@GetMapping("/theme.css")
	ResponseEntity<byte[]> stylesheet() {
		return ResponseEntity.ok().contentType(CSS).cacheControl(A_YEAR).body(theme.stylesheet());
	}

	@GetMapping("/theme/logo")
	ResponseEntity<byte[]> logo() {
		OperatorTheme.Logo logo = theme.logo();
		return ResponseEntity.ok().contentType(logo.type()).cacheControl(A_YEAR).body(logo.content());
	}
}
