package org.incidentdesk.service.roster.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.incidentdesk.service.importing.CsvTable;
import org.incidentdesk.service.importing.FileNames;
import org.incidentdesk.service.importing.ImportLimits;
import org.incidentdesk.service.importing.ImportRefusal;
import org.incidentdesk.service.importing.TableRow;
import org.incidentdesk.service.importing.xlsx.XlsxTable;

/**
 * Reads a roster file into rows of text, choosing CSV or XLSX by the file's extension, within the common import
 * limits. The roster has no date column, so a date cell in an .xlsx file is refused.
 */
final class RosterFileReader {
    private RosterFileReader() {
    }

    static SourceTable read(Path file) {
        return read(file, ImportLimits.DEFAULT);
    }

    static SourceTable read(Path file, ImportLimits limits) {
        try {
            return switch (FileKind.of(file)) {
                case CSV -> {
                    CsvTable.Result csv = CsvTable.read(file, limits);
                    yield new SourceTable(SourceTable.CSV, csv.encoding().label(), rows(csv.rows()));
                }
                case XLSX -> new SourceTable(SourceTable.XLSX, null, rows(XlsxTable.read(file, limits, column -> false)));
                case OLD_EXCEL -> throw new RosterFileException("rosterio.file.oldExcel", nameOf(file));
                case UNKNOWN -> throw new RosterFileException("rosterio.file.unknownFormat", nameOf(file));
            };
        } catch (ImportRefusal refused) {
            throw new RosterFileException(refused, refused.messageKey(), refused.args());
        }
    }

    static String nameOf(Path file) {
        return FileNames.of(file);
    }

    private static List<SourceRow> rows(List<TableRow> rows) {
        return rows.stream().map(row -> new SourceRow(row.number(), row.cells())).toList();
    }

    /** The file types told apart by extension; the old binary .xls gets its own advice. */
    enum FileKind {
        CSV, XLSX, OLD_EXCEL, UNKNOWN;

        static FileKind of(Path file) {
            String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
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
