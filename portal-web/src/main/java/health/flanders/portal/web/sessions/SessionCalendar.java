package health.flanders.portal.web.sessions;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.DaylightSavingsTime;
import biweekly.component.Observance;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.property.CalendarScale;
import biweekly.property.Method;
import biweekly.property.Status;
import biweekly.util.DateTimeComponents;
import biweekly.util.DayOfWeek;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import biweekly.util.UtcOffset;

import health.flanders.portal.call.session.InfoSession;
import health.flanders.portal.web.system.BrusselsTime;

/**
 * Information sessions as iCalendar (RFC 5545), written by biweekly: events in Europe/Brussels time with that zone's
 * own VTIMEZONE, so a calendar shows 14:00 as 14:00 in Brussels whatever the reader's zone. Lines end in CRLF and are
 * folded at 75 octets (biweekly folds at 75 characters, which a name with accents can take past 75 octets).
 */
@Component
public class SessionCalendar {

	private static final int MAX_LINE_OCTETS = 75;

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
		ICalendar ical = new ICalendar();
		ical.setProductId("-//Flanders.health//ICON Portal//EN");
		ical.setCalendarScale(CalendarScale.gregorian());
		ical.setMethod(Method.publish());
		ical.addExperimentalProperty("X-WR-CALNAME", "ICON information sessions");
		ical.getTimezoneInfo()
			.setDefaultTimezone(new TimezoneAssignment(TimeZone.getTimeZone(BrusselsTime.ZONE), brussels()));
		Date now = Date.from(clock.instant());
		for (InfoSession session : sessions) {
			ical.addEvent(event(session, withOnlineLink, now));
		}
		String written = Biweekly.write(ical).foldLines(false).go();
		return fold(written).getBytes(StandardCharsets.UTF_8);
	}

	private VEvent event(InfoSession session, boolean withOnlineLink, Date now) {
		VEvent event = new VEvent();
		event.setUid("info-session-" + session.getId() + "@icon.flanders.health");
		event.setDateTimeStamp(now);
		event.setDateStart(Date.from(session.getStartsAt()));
		event.setDateEnd(Date.from(session.getEndsAt()));
		event.setSummary(session.getTitle());
		String location = location(session);
		if (!location.isEmpty()) {
			event.setLocation(location);
		}
		String page = baseUrl + "/info-sessions/" + session.getId();
		String description = "ICON information session. Details and registration: " + page;
		if (withOnlineLink && session.getOnlineLink() != null) {
			description += "\nJoin online: " + session.getOnlineLink();
		}
		event.setDescription(description);
		event.setUrl(page);
		event.setStatus(session.getCancelledAt() == null ? Status.confirmed() : Status.cancelled());
		return event;
	}

	/** Europe/Brussels since 1996: CEST from the last Sunday of March, CET from the last Sunday of October. */
	public static VTimezone brussels() {
		VTimezone zone = new VTimezone(BrusselsTime.ZONE.getId());
		zone.addExperimentalProperty("X-LIC-LOCATION", BrusselsTime.ZONE.getId());
		DaylightSavingsTime summer = new DaylightSavingsTime();
		observance(summer, "CEST", 1, 2, new DateTimeComponents(1970, 3, 29, 2, 0, 0, false), 3);
		zone.addDaylightSavingsTime(summer);
		StandardTime winter = new StandardTime();
		observance(winter, "CET", 2, 1, new DateTimeComponents(1970, 10, 25, 3, 0, 0, false), 10);
		zone.addStandardTime(winter);
		return zone;
	}

	private static void observance(Observance observance, String name, int fromHours, int toHours,
			DateTimeComponents start, int month) {
		observance.setTimezoneOffsetFrom(new UtcOffset(true, fromHours, 0));
		observance.setTimezoneOffsetTo(new UtcOffset(true, toHours, 0));
		observance.addTimezoneName(name);
		observance.setDateStart(start);
		observance.setRecurrenceRule(
				new Recurrence.Builder(Frequency.YEARLY).byMonth(month).byDay(-1, DayOfWeek.SUNDAY).build());
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

	/**
	 * Folds each content line so that none is longer than 75 octets (RFC 5545, 3.1), never inside a UTF-8 character.
	 * The unfolded lines biweekly wrote hold no line break of their own: it escapes them in text values.
	 */
	public static String fold(String unfolded) {
		StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 40);
		for (String content : unfolded.split("\r\n")) {
			byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
			int start = 0;
			int limit = MAX_LINE_OCTETS;
			while (bytes.length - start > limit) {
				int end = start + limit;
				while ((bytes[end] & 0xC0) == 0x80) {
					end--; // never split a UTF-8 character
				}
				folded.append(new String(bytes, start, end - start, StandardCharsets.UTF_8)).append("\r\n ");
				start = end;
				limit = MAX_LINE_OCTETS - 1; // the leading space of a continuation line counts
			}
			folded.append(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8)).append("\r\n");
		}
		return folded.toString();
	}
}
