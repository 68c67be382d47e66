package health.flanders.portal.web.system;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as spreadsheet programs open it: UTF-8 with a byte order mark, every cell quoted, CRLF line ends. A cell that a
 * spreadsheet would run as a formula ({@code = + - @}, or a tab or carriage return first) gets a leading apostrophe,
 * so that exported text can never become a formula on the reader's machine.
 */
public final class Csv implements AutoCloseable {

	private final Writer writer;

	private Csv(Writer writer) {
		this.writer = writer;
	}

	/** Starts a CSV document on this stream, byte order mark first. */
	public static Csv to(OutputStream out) {
		try {
			out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Csv(new OutputStreamWriter(out, StandardCharsets.UTF_8));
	}

	public Csv row(List<?> cells) {
		try {
			for (int i = 0; i < cells.size(); i++) {
				if (i > 0) {
					writer.write(',');
				}
				writer.write('"');
				writer.write(safe(cells.get(i)).replace("\"", "\"\""));
				writer.write('"');
			}
			writer.write("\r\n");
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Csv row(Object... cells) {
		return row(List.of(cells));
	}

	/** The text of a cell, neutralised when a spreadsheet would read it as a formula. */
	public static String safe(Object cell) {
		String text = cell == null ? "" : cell.toString();
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

	@Override
	public void close() {
		try {
			writer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
