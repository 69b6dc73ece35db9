package org.incidentdesk.service.importing;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes a table as CSV the way Excel and WPS read it back: UTF-8 with a byte-order mark (without it they take
 * the text for the ANSI code page), records ending in CRLF, fields quoted where they need it. {@link CsvTable}
 * reads what this writes back to the same cells.
 */
public final class CsvOutput {
    private static final byte[] UTF_8_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final CsvMapper MAPPER = CsvMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\r\n");

    private CsvOutput() {
    }

    public static void write(List<List<String>> table, OutputStream out) throws IOException {
        stream(records -> table.forEach(records), out);
    }

    /**
     * Writes the records {@code source} hands to the sink it is given, as they come, so a table too large to hold
     * (a year of audit entries) is never held. The sink throws {@link UncheckedIOException} when writing fails.
     */
    public static void stream(Consumer<Consumer<List<String>>> source, OutputStream out) throws IOException {
        out.write(UTF_8_MARK);
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (SequenceWriter records = MAPPER.writerFor(String[].class).with(SCHEMA).writeValues(text)) {
            source.accept(record -> {
                try {
                    records.write(record.stream().map(cell -> cell == null ? "" : cell).toArray(String[]::new));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        text.flush();
    }
}
