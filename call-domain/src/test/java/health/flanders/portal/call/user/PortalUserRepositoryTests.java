package health.flanders.portal.call.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.dao.DataIntegrityViolationException;

import health.flanders.portal.call.testing.RepositoryTest;

@RepositoryTest
class PortalUserRepositoryTests {

	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

	@Autowired
	PortalUserRepository users;

	@Autowired
	TestEntityManager entities;

	@Test
	void aUserIsFoundByTheirAddressInLowerCaseWithAllRoles() {
		users.saveAndFlush(new PortalUser("  Rita.Reviewer@Example.ORG ", "{bcrypt}hash", "Rita Reviewer",
				Locale.forLanguageTag("nl-BE"), Set.of(Role.REVIEWER, Role.STAFF), CLOCK));
		entities.clear();

		PortalUser found = users.findByEmail("rita.reviewer@example.org").orElseThrow();
		assertThat(found.getRoles()).containsExactlyInAnyOrder(Role.REVIEWER, Role.STAFF);
		assertThat(found.getLocale().getLanguage()).isEqualTo("nl");
		assertThat(users.existsByEmail("rita.reviewer@example.org")).isTrue();
	}

	@Test
	void anAddressBelongsToOneAccount() {
		users.saveAndFlush(new PortalUser("twice@example.org", "{bcrypt}a", "One", Locale.ENGLISH,
				Set.of(Role.APPLICANT), CLOCK));
		assertThatThrownBy(() -> users.saveAndFlush(new PortalUser("TWICE@example.org", "{bcrypt}b", "Two",
				Locale.ENGLISH, Set.of(Role.APPLICANT), CLOCK)))
			.isInstanceOf(DataIntegrityViolationException.class);
	}
}
