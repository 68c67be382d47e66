package health.flanders.portal.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.transaction.support.TransactionOperations;

import health.flanders.portal.web.security.WriteOnChangeSessionRepository.TrackedSession;

class WriteOnChangeSessionRepositoryTests {

	private final CountingStore store = new CountingStore();

	private final WriteOnChangeSessionRepository sessions = new WriteOnChangeSessionRepository(store,
			TransactionOperations.withoutTransaction());

	private String id;

	private Instant recorded;

	@BeforeEach
	void aStoredSession() {
		TrackedSession session = sessions.createSession();
		sessions.save(session);
		id = session.getId();
		recorded = session.getLastAccessedTime();
		WriteOnChangeSessionRepository.forgetSavedSessions();
		store.saves = 0;
		store.reads = 0;
	}

	@AfterEach
	void endOfRequest() {
		WriteOnChangeSessionRepository.forgetSavedSessions();
	}

	@Test
	void aRequestWithinAMinuteOfTheRecordedAccessWritesNothing() {
		TrackedSession session = sessions.findById(id);
		session.setLastAccessedTime(recorded.plusSeconds(59));
		sessions.save(session);

		assertThat(store.saves).isZero();
		assertThat(store.sessions.get(id).getLastAccessedTime()).isEqualTo(recorded);
	}

	@Test
	void aRequestAMinuteAfterTheRecordedAccessRecordsIt() {
		TrackedSession session = sessions.findById(id);
		session.setLastAccessedTime(recorded.plusSeconds(60));
		sessions.save(session);

		assertThat(store.saves).isOne();
		assertThat(store.sessions.get(id).getLastAccessedTime()).isEqualTo(recorded.plusSeconds(60));
	}

	@Test
	void aChangedAttributeIsWrittenWithTheLastAccess() {
		TrackedSession session = sessions.findById(id);
		session.setLastAccessedTime(recorded.plusSeconds(5));
		session.setAttribute("token", "abc");
		sessions.save(session);

		assertThat(store.saves).isOne();
		assertThat(store.sessions.get(id).<String>getAttribute("token")).isEqualTo("abc");
		assertThat(store.sessions.get(id).getLastAccessedTime()).isEqualTo(recorded.plusSeconds(5));
	}

	@Test
	void theSessionARequestSavedIsHandedBackWithoutReadingItAgainUntilTheRequestEnds() {
		TrackedSession session = sessions.findById(id);
		sessions.save(session);
		assertThat(sessions.findById(id)).isSameAs(session);
		assertThat(store.reads).isOne();

		WriteOnChangeSessionRepository.forgetSavedSessions();
		assertThat(sessions.findById(id)).isNotSameAs(session);
		assertThat(store.reads).isEqualTo(2);
	}

	@Test
	void aDeletedSessionIsNotHandedBack() {
		TrackedSession session = sessions.findById(id);
		sessions.save(session);
		sessions.deleteById(id);

		assertThat(sessions.findById(id)).isNull();
	}

	@Test
	void aSessionExpiresFromItsLastAccessEvenWhenThatIsNotYetRecorded() {
		TrackedSession session = sessions.findById(id);
		session.setMaxInactiveInterval(Duration.ofMinutes(30));
		session.setLastAccessedTime(Instant.now().minus(Duration.ofMinutes(29)));
		assertThat(session.isExpired()).isFalse();
		session.setLastAccessedTime(Instant.now().minus(Duration.ofMinutes(31)));
		assertThat(session.isExpired()).isTrue();
	}

	/** Sessions in a map, copied on the way in and out as a database would, counting reads and writes. */
	private static final class CountingStore implements FindByIndexNameSessionRepository<MapSession> {

		final Map<String, MapSession> sessions = new HashMap<>();

		int reads;

		int saves;

		@Override
		public MapSession createSession() {
			return new MapSession();
		}

		@Override
		public void save(MapSession session) {
			saves++;
			sessions.put(session.getId(), new MapSession(session));
		}

		@Override
		public MapSession findById(String id) {
			reads++;
			MapSession found = sessions.get(id);
			return found == null ? null : new MapSession(found);
		}

		@Override
		public void deleteById(String id) {
			sessions.remove(id);
		}

		@Override
		public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			return Map.of();
		}
	}
}
