package org.incidentdesk.service.roster.io;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads a roster file into rows of text, choosing CSV or XLSX by the file's extension. */
final class RosterFileReader {
    private RosterFileReader() {
    }

    static SourceTable read(Path file) {
        return switch (FileKind.of(file)) {
            case CSV -> readCsv(file);
            case XLSX -> new SourceTable(SourceTable.XLSX, null, withoutBlankRows(XlsxRows.read(file)));
            case OLD_EXCEL -> throw new RosterFileException("rosterio.file.oldExcel", nameOf(file));
            case UNKNOWN -> throw new RosterFileException("rosterio.file.unknownFormat", nameOf(file));
        };
    }

    static String nameOf(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    private static SourceTable readCsv(Path file) {
        DecodedText decoded;
        try {
            decoded = DecodedText.decode(readBytes(file));
        } catch (CharacterCodingException e) {
            throw new RosterFileException(e, "rosterio.file.unknownEncoding", nameOf(file));
        }
        List<List<String>> records;
        try {
            records = Csv.parse(decoded.text());
        } catch (Csv.UnclosedQuoteException e) {
            throw new RosterFileException(e, "rosterio.file.unclosedQuote", nameOf(file), e.recordNumber());
        }
        List<SourceRow> rows = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            rows.add(new SourceRow(i + 1, records.get(i)));
        }
        return new SourceTable(SourceTable.CSV, decoded.encoding(), withoutBlankRows(rows));
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new RosterFileException(e, "rosterio.file.notFound", file.toString());
        } catch (AccessDeniedException e) {
            throw new RosterFileException(e, "rosterio.file.accessDenied", nameOf(file));
        } catch (IOException e) {
            throw new RosterFileException(e, "rosterio.file.unreadable", nameOf(file), String.valueOf(e.getMessage()));
        }
    }

    private static List<SourceRow> withoutBlankRows(List<SourceRow> rows) {
        return rows.stream().filter(row -> !row.isBlank()).toList();
    }

    /** The file types told apart by extension; the old binary .xls gets its own advice. */
    enum FileKind {
        CSV, XLSX, OLD_EXCEL, UNKNOWN;

        static FileKind of(Path file) {
            String name = nameOf(file).toLowerCase(Locale.ROOT);
            if (name.endsWith(".csv")) {
                return CSV;
            }
            if (name.endsWith(".xlsx")) {
                return XLSX;
            }
            return name.endsWith(".xls") ? OLD_EXCEL : UNKNOWN;
        }
    }
}
