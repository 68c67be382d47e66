package health.flanders.portal.web.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;

import health.flanders.portal.call.session.InfoSession;
import health.flanders.portal.call.session.SessionFormat;

/** The calendar files of information sessions, read back by biweekly's parser. */
class SessionCalendarTests {

	static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	static final Clock CLOCK = Clock.fixed(Instant.parse("2019-05-01T08:00:00Z"), ZoneOffset.UTC);

	final SessionCalendar calendar = new SessionCalendar(CLOCK, "https://icon.example.org/");

	static InfoSession session(String title, LocalDateTime brusselsStart) {
		Instant start = brusselsStart.atZone(BRUSSELS).toInstant();
		return new InfoSession(null, title, start, start.plus(Duration.ofHours(2)), SessionFormat.IN_PERSON,
				"Conscience Building", "Koning Albert II-laan 15, 1210 Brussels", "https://webinar.example.org/x", 150,
				CLOCK);
	}

	@Test
	void aSessionIsAnEventInBrusselsTimeWithItsPlaceAndPage() {
		InfoSession session = session("ICON, Personalised Medicine; the pilot call", LocalDateTime.of(2019, 5, 14, 14, 0));
		String ics = new String(calendar.of(session, false), StandardCharsets.UTF_8);

		ICalendar parsed = Biweekly.parse(ics).first();
		assertThat(parsed.validate(ICalVersion.V2_0).isEmpty()).as(parsed.validate(ICalVersion.V2_0).toString())
			.isTrue();
		assertThat(parsed.getProductId().getValue()).isEqualTo("-//Flanders.health//ICON Portal//EN");
		assertThat(parsed.getTimezoneInfo().getComponents()).extracting(zone -> zone.getTimezoneId().getValue())
			.containsExactly("Europe/Brussels");
		VEvent event = parsed.getEvents().get(0);
		assertThat(event.getSummary().getValue()).isEqualTo("ICON, Personalised Medicine; the pilot call");
		assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2019-05-14T12:00:00Z"));
		assertThat(event.getDateEnd().getValue().toInstant()).isEqualTo(Instant.parse("2019-05-14T14:00:00Z"));
		assertThat(event.getDateTimeStamp().getValue().toInstant()).isEqualTo(CLOCK.instant());
		assertThat(event.getLocation().getValue())
			.isEqualTo("Conscience Building, Koning Albert II-laan 15, 1210 Brussels");
		assertThat(event.getUrl().getValue()).startsWith("https://icon.example.org/info-sessions/");
		assertThat(event.getDescription().getValue()).doesNotContain("webinar.example.org");
		assertThat(event.getStatus().isConfirmed()).isTrue();
		assertThat(ics).contains("DTSTART;TZID=Europe/Brussels:20190514T140000\r\n").endsWith("END:VCALENDAR\r\n");
	}

	@Test
	void aConfirmedRegistrantsFileCarriesTheLinkToJoinOnALineOfItsOwn() {
		InfoSession session = session("Hybrid", LocalDateTime.of(2019, 5, 21, 14, 0));
		VEvent event = Biweekly.parse(new String(calendar.of(session, true), StandardCharsets.UTF_8))
			.first()
			.getEvents()
			.get(0);
		assertThat(event.getDescription().getValue()).endsWith("\nJoin online: https://webinar.example.org/x");
	}

	@Test
	void longLinesAreFoldedAt75OctetsWithoutSplittingACharacterAndReadBackWhole() {
		String title = "Patiëntenplatform Precisiezorg: één middag over gepersonaliseerde geneeskunde, "
				+ "biomerkers en farmacogenomica ".repeat(3).strip();
		InfoSession session = session(title, LocalDateTime.of(2019, 5, 28, 16, 30));
		byte[] ics = calendar.feed(List.of(session, session("Second", LocalDateTime.of(2019, 6, 4, 10, 0))));

		String text = new String(ics, StandardCharsets.UTF_8);
		assertThat(text.split("\r\n", -1)).allSatisfy(
				line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75));
		assertThat(text).doesNotContain("\uFFFD");
		ICalendar parsed = Biweekly.parse(text).first();
		assertThat(parsed.getEvents()).extracting(event -> event.getSummary().getValue())
			.containsExactly(title, "Second");
	}

	@Test
	void aCancelledSessionSaysSo() {
		InfoSession session = session("Called off", LocalDateTime.of(2019, 5, 21, 14, 0));
		session.cancel(CLOCK);
		VEvent event = Biweekly.parse(new String(calendar.of(session, false), StandardCharsets.UTF_8))
			.first()
			.getEvents()
			.get(0);
		assertThat(event.getStatus().isCancelled()).isTrue();
	}
}
