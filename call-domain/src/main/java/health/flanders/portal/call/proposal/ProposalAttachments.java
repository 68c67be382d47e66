package health.flanders.portal.call.proposal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PDF files of proposals, kept in PostgreSQL. A new upload replaces the current file of its kind without
 * deleting it: a submitted version keeps the files it was submitted with. Lists carry no content; the bytes are read
 * only to serve a download.
 */
@Repository
public class ProposalAttachments {

	private static final String COLUMNS = "id, proposal_id, kind, file_name, size_bytes, sha256, page_count, uploaded_at";

	private final JdbcClient jdbc;

	public ProposalAttachments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One stored file, without its content. {@code pageCount} is {@code null} for a file stored before pages were
	 * counted (migration V24).
	 */
	public record Attachment(long id, long proposalId, AttachmentKind kind, String fileName, long sizeBytes,
			String sha256, Integer pageCount, Instant uploadedAt) {
	}

	/** Stores a PDF, read and checked by {@link PdfFile#read}, as the current file of its kind. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Attachment store(long proposalId, AttachmentKind kind, PdfFile file, long userId, Clock clock) {
		OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
		jdbc.sql("update proposal_attachments set replaced_at = ? where proposal_id = ? and kind = ? and replaced_at is null")
			.params(now, proposalId, kind.name())
			.update();
		return jdbc.sql("""
				insert into proposal_attachments (proposal_id, kind, file_name, size_bytes, sha256, page_count, content,
				uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning\s""" + COLUMNS)
			.params(proposalId, kind.name(), file.fileName(), file.content().length, PdfFile.sha256(file.content()),
					file.pageCount(), file.content(), userId, now)
			.query(ProposalAttachments::attachment)
			.single();
	}

	/**
	 * Makes the files a submitted version carried the proposal's current files again, and the files uploaded since
	 * replaced: what a reopened proposal shows once it returns to that version.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void restoreVersion(long proposalId, long versionId, Clock clock) {
		jdbc.sql("""
				update proposal_attachments set replaced_at = ? where proposal_id = ? and replaced_at is null
				and id not in (select attachment_id from proposal_version_attachments where version_id = ?)""")
			.params(clock.instant().atOffset(ZoneOffset.UTC), proposalId, versionId)
			.update();
		jdbc.sql("""
				update proposal_attachments set replaced_at = null where proposal_id = ? and replaced_at is not null
				and id in (select attachment_id from proposal_version_attachments where version_id = ?)""")
			.params(proposalId, versionId)
			.update();
	}

	public List<Attachment> current(long proposalId) {
		return jdbc.sql("select " + COLUMNS
				+ " from proposal_attachments where proposal_id = ? and replaced_at is null order by kind")
			.param(proposalId)
			.query(ProposalAttachments::attachment)
			.list();
	}

	/** The files a submitted version was submitted with. */
	public List<Attachment> ofVersion(long versionId) {
		return jdbc.sql("select " + COLUMNS.replaceAll("(\\w+)", "a.$1") + """
				 from proposal_attachments a join proposal_version_attachments v on v.attachment_id = a.id
				where v.version_id = ? order by a.kind""")
			.param(versionId)
			.query(ProposalAttachments::attachment)
			.list();
	}

	/** A file of this proposal, current or of a submitted version; the caller has checked the reader's rights. */
	public Optional<Attachment> find(long proposalId, long attachmentId) {
		return jdbc.sql("select " + COLUMNS + " from proposal_attachments where id = ? and proposal_id = ?")
			.params(attachmentId, proposalId)
			.query(ProposalAttachments::attachment)
			.optional();
	}

	public byte[] content(long attachmentId) {
		return jdbc.sql("select content from proposal_attachments where id = ?")
			.param(attachmentId)
			.query(byte[].class)
			.single();
	}

	private static Attachment attachment(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Attachment(rs.getLong("id"), rs.getLong("proposal_id"), AttachmentKind.valueOf(rs.getString("kind")),
				rs.getString("file_name"), rs.getLong("size_bytes"), rs.getString("sha256"),
				rs.getObject("page_count", Integer.class), rs.getObject("uploaded_at", OffsetDateTime.class).toInstant());
	}
}
