package org.incidentdesk.service.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV file (RFC 4180 as spreadsheet programs write it: fields in double quotes may hold commas, line
 * breaks and doubled quotes; records end with CRLF, LF or CR) through Jackson's streaming CSV parser, one field
 * at a time, refusing the file as soon as it passes a limit. A quote inside an unquoted field is an ordinary
 * character; text after a closing quote is refused, since where the field ends would be a guess.
 */
public final class CsvTable {
    private final Path file;
    private final ImportLimits limits;
    private final List<TableRow> rows = new ArrayList<>();
    private int recordNumber;
    private boolean inRecord;

    private CsvTable(Path file, ImportLimits limits) {
        this.file = file;
        this.limits = limits;
    }

    /** The encoding the file was read in and its non-blank rows, numbered as a spreadsheet shows them. */
    public record Result(TextEncoding encoding, List<TableRow> rows) {
    }

    public static Result read(Path file, ImportLimits limits) {
        TextEncoding encoding = TextEncoding.detect(file, limits);
        CsvTable table = new CsvTable(file, limits);
        try (Reader text = encoding.open(file, limits)) {
            table.parse(text);
        } catch (CharacterCodingException e) {
            throw new ImportRefusal(e, "importing.file.unknownEncoding", FileNames.of(file));
        } catch (JsonProcessingException e) {
            throw table.refusal(e);
        } catch (IOException e) {
            throw BoundedFile.unreadable(file, e);
        }
        return new Result(encoding, table.rows);
    }

    private void parse(Reader text) throws IOException {
        CsvFactory factory = CsvFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(2 * limits.maxCellChars() + 1).build())
                .build();
        try (CsvParser parser = factory.createParser(text)) {
            parser.setSchema(CsvSchema.emptySchema());
            parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            List<String> cells = new ArrayList<>();
            int depth = 0; // WRAP_AS_ARRAY puts the whole file in one outer array, each record in its own
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                switch (token) {
                    case START_ARRAY -> {
                        if (++depth == 2) {
                            startRecord(cells);
                        }
                    }
                    case VALUE_STRING -> addCell(cells, parser.getText());
                    case END_ARRAY -> {
                        if (depth-- == 2) {
                            endRecord(cells);
                        }
                    }
                    default -> { }
                }
            }
        }
    }

    private void startRecord(List<String> cells) {
        inRecord = true;
        recordNumber++;
        if (recordNumber > limits.maxRows()) {
            throw new ImportRefusal("importing.table.tooManyRows", FileNames.of(file), limits.maxRows());
        }
        cells.clear();
    }

    private void addCell(List<String> cells, String text) {
        if (cells.size() == limits.maxColumns()) {
            throw new ImportRefusal("importing.table.tooManyColumns", FileNames.of(file), recordNumber,
                    limits.maxColumns());
        }
        if (CellText.length(text) > limits.maxCellChars()) {
            throw new ImportRefusal("importing.table.cellTooLong", FileNames.of(file), recordNumber,
                    ColumnLetters.of(cells.size()), limits.maxCellChars());
        }
        cells.add(text);
    }

    private void endRecord(List<String> cells) {
        inRecord = false;
        if (!TableRow.isBlank(cells)) {
            rows.add(new TableRow(recordNumber, cells));
        }
        cells.clear();
    }

    private ImportRefusal refusal(JsonProcessingException e) {
        int where = inRecord ? recordNumber : recordNumber + 1;
        if (e instanceof StreamConstraintsException) {
            return new ImportRefusal(e, "importing.table.cellTooLong", FileNames.of(file), where, "?",
                    limits.maxCellChars());
        }
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("Missing closing quote")) {
            return new ImportRefusal(e, "importing.csv.unclosedQuote", FileNames.of(file), where);
        }
        return new ImportRefusal(e, "importing.csv.textAfterQuote", FileNames.of(file), where);
    }
}
