package health.flanders.portal.web.publications;

import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.matching.bibliography.BibliographyFormat;
import health.flanders.portal.matching.bibliography.ImportedPublication;
import health.flanders.portal.matching.bibliography.UnreadableBibliographyException;

/**
 * A reviewer's publications: imported from a file or from pasted text as a whole or not at all, without the ones they
 * have already (same DOI, same PubMed id, or, for a publication with neither, the same title), listed and removed.
 * Their vectors are computed after the import commits ({@link PublicationVectors}).
 */
@Service
@Transactional
public class ReviewerPublications {

	/** The largest file read: PubMed's export of 1,000 abstracts is about 2.5 MB. */
	public static final int MAX_BYTES = 5 * 1024 * 1024;

	/** The most publications one import adds. */
	public static final int MAX_PUBLICATIONS = 2000;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReviewerPublications(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** A publication as the profile lists it; {@code read} once its vector is computed. */
	public record Listed(long id, String title, Integer year, String doi, String pmid, String source, boolean read) {
	}

	/** What an import did: how many publications it added and how many the reviewer had already. */
	public record Outcome(int added, int alreadyThere) implements Serializable {
	}

	/** How many of the reviewer's publications have their vector, of how many. */
	public record Progress(int read, int total) {

		public boolean done() {
			return read == total;
		}
	}

	/**
	 * Imports an exported file, its format recognised by its content.
	 * @throws UnreadableBibliographyException when it is too large, not text, none of the formats, or malformed
	 */
	public Outcome importFile(long reviewerId, byte[] content) {
		if (content.length > MAX_BYTES) {
			throw new UnreadableBibliographyException("publications.import.tooLarge", null);
		}
		String text = utf8(content);
		BibliographyFormat format = BibliographyFormat.of(text);
		return save(reviewerId, format, format.read(text));
	}

	/**
	 * Imports titles and abstracts pasted in {@link BibliographyFormat#PASTED}'s layout.
	 * @throws UnreadableBibliographyException when it is too long, empty or has a block without a title
	 */
	public Outcome importPasted(long reviewerId, String text) {
		if (text.length() > MAX_BYTES) {
			throw new UnreadableBibliographyException("publications.import.tooLarge", null);
		}
		return save(reviewerId, BibliographyFormat.PASTED, BibliographyFormat.PASTED.read(text));
	}

	@Transactional(readOnly = true)
	public List<Listed> of(long reviewerId) {
		return jdbc.sql("""
				select id, title, year, doi, pmid, source, embedding is not null from reviewer_publications
				where reviewer_id = ? order by year desc nulls last, title, id""")
			.param(reviewerId)
			.query((rs, row) -> new Listed(rs.getLong(1), rs.getString(2), (Integer) rs.getObject(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getBoolean(7)))
			.list();
	}

	@Transactional(readOnly = true)
	public Progress progress(long reviewerId) {
		return jdbc.sql("select count(embedding), count(*) from reviewer_publications where reviewer_id = ?")
			.param(reviewerId)
			.query((rs, row) -> new Progress(rs.getInt(1), rs.getInt(2)))
			.single();
	}

	/**
	 * Removes one of the reviewer's own publications.
	 * @throws PublicationNotFoundException when it is not theirs or not there
	 */
	public void remove(long reviewerId, long publicationId) {
		int removed = jdbc.sql("delete from reviewer_publications where id = ? and reviewer_id = ?")
			.param(publicationId)
			.param(reviewerId)
			.update();
		if (removed == 0) {
			throw new PublicationNotFoundException(publicationId);
		}
	}

	private Outcome save(long reviewerId, BibliographyFormat format, List<ImportedPublication> read) {
		if (read.size() > MAX_PUBLICATIONS) {
			throw new UnreadableBibliographyException("publications.import.tooMany", null);
		}
		jdbc.sql("select id from users where id = ? for update").param(reviewerId).query(Long.class).single();
		Set<String> known = new HashSet<>();
		jdbc.sql("select doi, pmid, title_key from reviewer_publications where reviewer_id = ?")
			.param(reviewerId)
			.query(rs -> {
				known.addAll(keys(rs.getString(1), rs.getString(2), rs.getString(3)));
				known.add("title:" + rs.getString(3));
			});
		List<ImportedPublication> fresh = new ArrayList<>();
		for (ImportedPublication publication : read) {
			List<String> keys = keys(publication.doi(), publication.pmid(), publication.titleKey());
			if (keys.stream().noneMatch(known::contains)) {
				fresh.add(publication);
			}
			known.addAll(keys);
			known.add("title:" + publication.titleKey());
		}
		Instant now = clock.instant();
		for (ImportedPublication publication : fresh) {
			jdbc.sql("""
					insert into reviewer_publications (reviewer_id, title, abstract, year, doi, pmid, source, title_key, added_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(reviewerId, publication.title(), publication.abstractText(), publication.year(), publication.doi(),
						publication.pmid(), format.name(), publication.titleKey(), java.sql.Timestamp.from(now))
				.update();
		}
		if (!fresh.isEmpty()) {
			events.publishEvent(new PublicationsImported(reviewerId, fresh.size()));
		}
		return new Outcome(fresh.size(), read.size() - fresh.size());
	}

	/**
	 * The keys by which a publication is the same as one there already: its DOI and its PubMed id, or, when it has
	 * neither, its title (two papers may share a title, but not an id; every title there is known).
	 */
	private static List<String> keys(String doi, String pmid, String titleKey) {
		List<String> keys = new ArrayList<>();
		if (doi != null) {
			keys.add("doi:" + doi);
		}
		if (pmid != null) {
			keys.add("pmid:" + pmid);
		}
		if (keys.isEmpty()) {
			keys.add("title:" + titleKey);
		}
		return keys;
	}

	private static String utf8(byte[] content) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
			if (text.indexOf('\0') >= 0) {
				throw new UnreadableBibliographyException("publications.import.unknownFormat", null);
			}
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			throw new UnreadableBibliographyException("publications.import.unknownFormat", null);
		}
	}
}
