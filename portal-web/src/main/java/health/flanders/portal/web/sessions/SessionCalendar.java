package health.flanders.portal.web.sessions;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import health.flanders.portal.call.session.InfoSession;
import health.flanders.portal.web.system.BrusselsTime;

/**
 * Information sessions as iCalendar (RFC 5545): events in Europe/Brussels time with that zone's own VTIMEZONE, so a
 * calendar shows 14:00 as 14:00 in Brussels whatever the reader's zone. Lines end in CRLF and are folded at 75 octets.
 */
@Component
public class SessionCalendar {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	/** Europe/Brussels since 1996: CEST from the last Sunday of March, CET from the last Sunday of October. */
	private static final List<String> BRUSSELS = List.of("BEGIN:VTIMEZONE", "TZID:Europe/Brussels",
			"X-LIC-LOCATION:Europe/Brussels", "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
			"TZNAME:CEST", "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
			"BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
			"RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE");

	private final Clock clock;

	private final String baseUrl;

	SessionCalendar(Clock clock, @Value("${icon.base-url}") String baseUrl) {
		this.clock = clock;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** One session; {@code withOnlineLink} for a confirmed registrant, who may see the link to join. */
	public byte[] of(InfoSession session, boolean withOnlineLink) {
		return calendar(List.of(session), withOnlineLink);
	}

	/** A feed of sessions, without online links (it is public). */
	public byte[] feed(List<InfoSession> sessions) {
		return calendar(sessions, false);
	}

	private byte[] calendar(List<InfoSession> sessions, boolean withOnlineLink) {
		StringBuilder ics = new StringBuilder();
		line(ics, "BEGIN:VCALENDAR");
		line(ics, "VERSION:2.0");
		line(ics, "PRODID:-//Flanders.health//ICON Portal//EN");
		line(ics, "CALSCALE:GREGORIAN");
		line(ics, "METHOD:PUBLISH");
		line(ics, "X-WR-CALNAME:ICON information sessions");
		BRUSSELS.forEach(text -> line(ics, text));
		Instant now = clock.instant();
		for (InfoSession session : sessions) {
			line(ics, "BEGIN:VEVENT");
			line(ics, "UID:info-session-" + session.getId() + "@icon.flanders.health");
			line(ics, "DTSTAMP:" + UTC.format(now));
			line(ics, "DTSTART;TZID=Europe/Brussels:" + LOCAL.format(session.getStartsAt().atZone(BrusselsTime.ZONE)));
			line(ics, "DTEND;TZID=Europe/Brussels:" + LOCAL.format(session.getEndsAt().atZone(BrusselsTime.ZONE)));
			line(ics, "SUMMARY:" + text(session.getTitle()));
			String location = location(session);
			if (!location.isEmpty()) {
				line(ics, "LOCATION:" + text(location));
			}
			String description = "ICON information session. Details and registration: " + baseUrl + "/info-sessions/"
					+ session.getId();
			if (withOnlineLink && session.getOnlineLink() != null) {
				description += "\nJoin online: " + session.getOnlineLink();
			}
			line(ics, "DESCRIPTION:" + text(description));
			line(ics, "URL:" + baseUrl + "/info-sessions/" + session.getId());
			line(ics, "STATUS:" + (session.getCancelledAt() == null ? "CONFIRMED" : "CANCELLED"));
			line(ics, "END:VEVENT");
		}
		line(ics, "END:VCALENDAR");
		return ics.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String location(InfoSession session) {
		StringBuilder location = new StringBuilder();
		for (String part : new String[] { session.getVenue(), session.getRoom(), session.getAddress() }) {
			if (part != null && !part.isBlank()) {
				location.append(location.isEmpty() ? "" : ", ").append(part.strip());
			}
		}
		return location.isEmpty() && session.getOnlineLink() != null ? "Online" : location.toString();
	}

	/** TEXT as RFC 5545 wants it: backslash, semicolon, comma and line breaks escaped. */
	static String text(String value) {
		return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
			.replace("\n", "\\n");
	}

	/** Appends a content line, folded so that no line is longer than 75 octets (RFC 5545, 3.1). */
	private static void line(StringBuilder ics, String content) {
		byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
		int start = 0;
		int limit = 75;
		while (bytes.length - start > limit) {
			int end = start + limit;
			while ((bytes[end] & 0xC0) == 0x80) {
				end--; // never split a UTF-8 character
			}
			ics.append(new String(bytes, start, end - start, StandardCharsets.UTF_8)).append("\r\n ");
			start = end;
			limit = 74; // the leading space of a continuation line counts
		}
		ics.append(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8)).append("\r\n");
	}
}
