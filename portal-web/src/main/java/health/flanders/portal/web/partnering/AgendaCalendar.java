package health.flanders.portal.web.partnering;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneAssignment;
import biweekly.property.CalendarScale;
import biweekly.property.Method;
import biweekly.property.Status;
import health.flanders.portal.web.partnering.Agendas.AgendaItem;
import health.flanders.portal.web.sessions.SessionCalendar;
import health.flanders.portal.web.system.BrusselsTime;

/**
 * A participant's partnering agenda as iCalendar, written by biweekly like the sessions' calendars: one event per
 * placed meeting in Europe/Brussels time, with the table and the other person and organisation, and the video link.
 * Meetings left out have no time, so they are not in it. A meeting keeps its UID when it is moved, so a calendar
 * that imports the agenda again moves the event instead of adding a second one.
 */
@Component
class AgendaCalendar {

	private final MessageSource messages;

	private final Clock clock;

	AgendaCalendar(MessageSource messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	byte[] of(String sessionTitle, String place, List<AgendaItem> agenda, Locale locale) {
		ICalendar ical = new ICalendar();
		ical.setProductId("-//Flanders.health//ICON Portal//EN");
		ical.setCalendarScale(CalendarScale.gregorian());
		ical.setMethod(Method.publish());
		ical.addExperimentalProperty("X-WR-CALNAME",
				messages.getMessage("partnering.ics.name", new Object[] { sessionTitle }, locale));
		ical.getTimezoneInfo()
			.setDefaultTimezone(
					new TimezoneAssignment(TimeZone.getTimeZone(BrusselsTime.ZONE), SessionCalendar.brussels()));
		Date now = Date.from(clock.instant());
		for (AgendaItem item : agenda) {
			if (item.startsAt() != null) {
				ical.addEvent(event(item, sessionTitle, place, now, locale));
			}
		}
		String written = Biweekly.write(ical).foldLines(false).go();
		return SessionCalendar.fold(written).getBytes(StandardCharsets.UTF_8);
	}

	private VEvent event(AgendaItem item, String sessionTitle, String place, Date now, Locale locale) {
		VEvent event = new VEvent();
		event.setUid("partnering-meeting-" + item.meetingId() + "@icon.flanders.health");
		event.setDateTimeStamp(now);
		event.setDateStart(Date.from(item.startsAt()));
		event.setDateEnd(Date.from(item.endsAt()));
		event.setSummary(messages.getMessage("partnering.ics.summary",
				new Object[] { item.person(), item.organisation() }, locale));
		String table = messages.getMessage("partnering.agenda.table", new Object[] { item.table() }, locale);
		event.setLocation(place.isEmpty() ? table : table + ", " + place);
		String description = messages.getMessage("partnering.ics.description", new Object[] { sessionTitle }, locale);
		if (item.videoLink() != null) {
			description += "\n" + messages.getMessage("partnering.agenda.video", null, locale) + ": " + item.videoLink();
			event.setUrl(item.videoLink());
		}
		event.setDescription(description);
		event.setStatus(Status.confirmed());
		return event;
	}
}
