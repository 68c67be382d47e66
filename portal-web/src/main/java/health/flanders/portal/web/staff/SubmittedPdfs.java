package health.flanders.portal.web.staff;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.CallNotFoundException;
import health.flanders.portal.call.CallRepository;

/**
 * The PDFs of a call's submitted proposals as one zip: for each proposal submitted to it (withdrawn ones left out),
 * the files of its last submitted version, as {@code REFERENCE/file name.pdf}. One statement reads them in the order
 * they are written, a few rows at a time (a cursor: the whole of a call's files, up to 40 MB a proposal, is never in
 * memory), and each goes into the zip on the response as it arrives.
 */
@Service
@Transactional(readOnly = true)
public class SubmittedPdfs {

	/** Rows fetched at a time: each holds a whole PDF of up to 20 MB. */
	private static final int ROWS_PER_FETCH = 2;

	private static final int MAX_NAME_LENGTH = 120;

	private final JdbcClient jdbc;

	private final CallRepository calls;

	SubmittedPdfs(DataSource dataSource, CallRepository calls) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(ROWS_PER_FETCH);
		this.jdbc = JdbcClient.create(template);
		this.calls = calls;
	}

	/** Throws {@link CallNotFoundException} when there is no such call: asked before anything is written. */
	public void checkCall(long callId) {
		if (!calls.existsById(callId)) {
			throw new CallNotFoundException(callId);
		}
	}

	/** Writes the zip to {@code out}, which it finishes but leaves open. */
	public void writeZip(long callId, OutputStream out) {
		checkCall(callId);
		try {
			ZipOutputStream zip = new ZipOutputStream(out);
			// PDFs are compressed already: deflating them again costs time for a few per cent.
			zip.setLevel(Deflater.BEST_SPEED);
			Set<String> written = new HashSet<>();
			jdbc.sql("""
					select p.reference, a.file_name, a.content
					from proposals p
					join lateral (select v.id from proposal_versions v where v.proposal_id = p.id
					              order by v.number desc limit 1) latest on true
					join proposal_version_attachments va on va.version_id = latest.id
					join proposal_attachments a on a.id = va.attachment_id
					where p.call_id = ? and p.reference is not null and p.status <> 'WITHDRAWN'
					order by p.reference, a.kind, a.id""")
				.param(callId)
				.query((RowCallbackHandler) rs -> {
					String folder = safeName(rs.getString("reference"), "proposal");
					String name = unique(written, folder + "/", pdfName(rs.getString("file_name")));
					try (InputStream content = rs.getBinaryStream("content")) {
						zip.putNextEntry(new ZipEntry(name));
						content.transferTo(zip);
						zip.closeEntry();
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				});
			zip.finish();
			zip.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A file name with a {@code .pdf} ending that any system unpacks as one file in the folder. */
	static String pdfName(String fileName) {
		String name = fileName == null ? "" : fileName.strip();
		if (name.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
			name = name.substring(0, name.length() - 4);
		}
		return safeName(name, "attachment") + ".pdf";
	}

	/**
	 * Letters (accents removed), digits, spaces, {@code . _ - ( )} kept, anything else (slashes, colons, control
	 * characters) an underscore; no leading dots or spaces, so that no entry climbs out of its folder or hides.
	 */
	static String safeName(String text, String otherwise) {
		String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		String safe = plain.replaceAll("[^A-Za-z0-9 ._()\\-]", "_").replaceAll("^[. ]+", "").strip();
		if (safe.length() > MAX_NAME_LENGTH) {
			safe = safe.substring(0, MAX_NAME_LENGTH).strip();
		}
		return safe.isEmpty() ? otherwise : safe;
	}

	/** {@code folder + name}, or with {@code (2)}, {@code (3)}… before {@code .pdf} when taken (in any case). */
	static String unique(Set<String> written, String folder, String name) {
		String stem = name.substring(0, name.length() - 4);
		String candidate = folder + name;
		for (int number = 2; !written.add(candidate.toLowerCase(Locale.ROOT)); number++) {
			candidate = folder + stem + " (" + number + ").pdf";
		}
		return candidate;
	}
}
