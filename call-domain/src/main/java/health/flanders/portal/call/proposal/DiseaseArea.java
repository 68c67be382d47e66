package health.flanders.portal.call.proposal;

import java.util.List;

/** The controlled list of disease areas: the chapters of ICD-10, by their Roman numeral. */
public final class DiseaseArea {

	public static final List<String> CHAPTERS = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
			"XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI", "XXII");

	private DiseaseArea() {
	}

	public static boolean isChapter(String code) {
		return CHAPTERS.contains(code);
	}
}
