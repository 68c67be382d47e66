package health.flanders.portal.web.staff;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import health.flanders.portal.call.CallNotFoundException;
import health.flanders.portal.call.CallRepository;
import health.flanders.portal.call.organisation.EnterpriseNumber;
import health.flanders.portal.web.system.Csv;

/**
 * The list VLAIO asks for per call: one row per consortium member of each proposal submitted to it (withdrawn ones
 * left out) with the proposal's reference and acronym, the member's organisation, enterprise number, type, size,
 * region and role, and the budget it requests. As CSV (text neutralised as {@link Csv} does) or as an Excel workbook
 * (text always in text cells, so that nothing becomes a formula; the budget a number with two decimals). Both are
 * written row by row from one statement as it is read, whatever the number of proposals.
 */
@Service
@Transactional(readOnly = true)
public class ConsortiumMemberExport {

	/** The workbook's rows go to the response in batches of this many, so that it is never held whole. */
	private static final int ROWS_PER_FLUSH = 500;

	private final JdbcClient jdbc;

	private final CallRepository calls;

	private final MessageSource messages;

	ConsortiumMemberExport(DataSource dataSource, CallRepository calls, MessageSource messages) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		// Read through a cursor (the transaction keeps it open), a batch at a time, not the whole call at once.
		template.setFetchSize(ROWS_PER_FLUSH);
		this.jdbc = JdbcClient.create(template);
		this.calls = calls;
		this.messages = messages;
	}

	/** One member of one submitted proposal, its words in the reader's language. */
	record Row(String reference, String acronym, String status, String organisation, String enterpriseNumber,
			String type, String size, String region, String role, BigDecimal requestedBudgetEur) {
	}

	/** Throws {@link CallNotFoundException} when there is no such call: asked before anything is written. */
	public void checkCall(long callId) {
		if (!calls.existsById(callId)) {
			throw new CallNotFoundException(callId);
		}
	}

	public void writeCsv(long callId, Locale locale, OutputStream out) {
		try (Csv csv = Csv.to(out)) {
			csv.row(headings(locale));
			each(callId, locale, row -> csv.row(row.reference(), row.acronym(), row.status(), row.organisation(),
					row.enterpriseNumber(), row.type(), row.size(), row.region(), row.role(),
					row.requestedBudgetEur().toPlainString()));
		}
	}

	public void writeXlsx(long callId, Locale locale, OutputStream out) {
		try {
			Workbook workbook = new Workbook(out, "ICON Portal", "1.0");
			Worksheet sheet = workbook.newWorksheet(messages.getMessage("stafflists.members.sheet", null, locale));
			List<String> headings = headings(locale);
			for (int column = 0; column < headings.size(); column++) {
				sheet.value(0, column, headings.get(column));
			}
			sheet.range(0, 0, 0, headings.size() - 1).style().bold().set();
			sheet.freezePane(0, 1);
			int[] next = { 1 };
			each(callId, locale, row -> {
				int r = next[0]++;
				String[] texts = { row.reference(), row.acronym(), row.status(), row.organisation(),
						row.enterpriseNumber(), row.type(), row.size(), row.region(), row.role() };
				for (int column = 0; column < texts.length; column++) {
					if (!texts[column].isEmpty()) {
						sheet.value(r, column, texts[column]);
					}
				}
				sheet.value(r, texts.length, row.requestedBudgetEur());
				sheet.style(r, texts.length).format("#,##0.00").set();
				if (r % ROWS_PER_FLUSH == 0) {
					flush(sheet);
				}
			});
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void flush(Worksheet sheet) {
		try {
			sheet.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<String> headings(Locale locale) {
		return List.of("reference", "acronym", "status", "organisation", "enterpriseNumber", "type", "size", "region",
				"role", "budget")
			.stream()
			.map(column -> messages.getMessage("stafflists.members.column." + column, null, locale))
			.toList();
	}

	/** Every member of every submitted proposal of the call, by reference, the coordinator first, read as a stream. */
	void each(long callId, Locale locale, Consumer<Row> action) {
		checkCall(callId);
		jdbc.sql("""
				select p.reference, p.acronym, p.status, o.name, o.enterprise_number, o.type, o.size, o.region,
				       m.role, m.requested_budget_eur
				from proposals p
				join consortium_members m on m.proposal_id = p.id
				join organisations o on o.id = m.organisation_id
				where p.call_id = ? and p.reference is not null and p.status <> 'WITHDRAWN'
				order by p.reference, m.role = 'COORDINATOR' desc, lower(o.name), m.id""")
			.param(callId)
			.query((RowCallbackHandler) rs -> action.accept(row(rs, locale)));
	}

	private Row row(ResultSet rs, Locale locale) throws SQLException {
		String enterpriseNumber = rs.getString("enterprise_number");
		BigDecimal budget = rs.getBigDecimal("requested_budget_eur");
		return new Row(rs.getString("reference"), rs.getString("acronym"),
				word("proposal.status.", rs.getString("status"), locale), rs.getString("name"),
				enterpriseNumber == null ? "" : "BE " + new EnterpriseNumber(enterpriseNumber).formatted(),
				word("organisation.type.", rs.getString("type"), locale),
				word("organisation.size.", rs.getString("size"), locale),
				word("region.", rs.getString("region"), locale), word("proposal.member.role.", rs.getString("role"), locale),
				(budget == null ? BigDecimal.ZERO : budget).setScale(2, RoundingMode.UNNECESSARY));
	}

	private String word(String prefix, String code, Locale locale) {
		return code == null ? "" : messages.getMessage(prefix + code, null, code, locale);
	}
}
