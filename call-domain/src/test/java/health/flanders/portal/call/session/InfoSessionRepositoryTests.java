package health.flanders.portal.call.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

import health.flanders.portal.call.Call;
import health.flanders.portal.call.eligibility.EligibilityCriteria;
import health.flanders.portal.call.testing.RepositoryTest;

@RepositoryTest
class InfoSessionRepositoryTests {

	static final Clock CLOCK = Clock.fixed(Instant.parse("2019-05-01T10:00:00Z"), ZoneOffset.UTC);

	static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	@Autowired
	InfoSessionRepository sessions;

	@Autowired
	TestEntityManager entities;

	@Test
	void theSessionsOfACallComeInTheirOrderWithTheExactInstant() {
		Call call = entities.persist(new Call("SESS-1", "Personalised Medicine", "d",
				Instant.parse("2019-05-01T00:00:00Z"), Instant.parse("2019-09-01T15:00:00Z"), new BigDecimal("1000.00"),
				EligibilityCriteria.icon(), CLOCK));
		Instant leuven = LocalDateTime.of(2019, 5, 28, 16, 30).atZone(BRUSSELS).toInstant();
		Instant brussels = LocalDateTime.of(2019, 5, 14, 14, 0).atZone(BRUSSELS).toInstant();
		sessions.save(new InfoSession(call, "Leuven", leuven, leuven.plusSeconds(7200), SessionFormat.IN_PERSON,
				"Provinciehuis Leuven", "Provincieplein 1, 3010 Leuven", null, 120, CLOCK));
		sessions.save(new InfoSession(call, "Brussels", brussels, brussels.plusSeconds(7200), SessionFormat.IN_PERSON,
				"Conscience Building", "Koning Albert II-laan 15, 1210 Brussels", null, 150, CLOCK));
		entities.flush();
		entities.clear();

		assertThat(sessions.findByCallIdOrderByStartsAt(call.getId())).extracting(InfoSession::getTitle)
			.containsExactly("Brussels", "Leuven");
		assertThat(sessions.findByCallIdOrderByStartsAt(call.getId()).get(0).getStartsAt())
			.isEqualTo(Instant.parse("2019-05-14T12:00:00Z"));
		assertThat(sessions.findAllWithCall()).extracting(InfoSession::getTitle).contains("Leuven", "Brussels");
	}

	@Test
	void theSessionsNotEndedYetComeTheSoonestFirst() {
		Call call = entities.persist(new Call("SESS-2", "Personalised Medicine", "d",
				Instant.parse("2019-05-01T00:00:00Z"), Instant.parse("2019-09-01T15:00:00Z"), new BigDecimal("1000.00"),
				EligibilityCriteria.icon(), CLOCK));
		Instant now = Instant.parse("2019-05-21T12:30:00Z");
		Instant over = Instant.parse("2019-05-14T12:00:00Z");
		Instant running = Instant.parse("2019-05-21T12:00:00Z");
		Instant later = Instant.parse("2019-05-28T14:30:00Z");
		for (Object[] session : new Object[][] { { "Later", later }, { "Over", over }, { "Running", running } }) {
			Instant start = (Instant) session[1];
			sessions.save(new InfoSession(call, "Upcoming test " + session[0], start, start.plusSeconds(7200),
					SessionFormat.ONLINE, null, null, "https://webinar.example.org", 100, CLOCK));
		}
		entities.flush();
		entities.clear();

		assertThat(sessions.findNotEndedWithCall(now)).extracting(InfoSession::getTitle)
			.filteredOn(title -> title.startsWith("Upcoming test "))
			.containsExactly("Upcoming test Running", "Upcoming test Later");
		assertThat(sessions.findNotEndedWithCall(running.plusSeconds(7200))).extracting(InfoSession::getTitle)
			.filteredOn(title -> title.startsWith("Upcoming test "))
			.containsExactly("Upcoming test Later");
	}
}
