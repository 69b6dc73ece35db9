package org.incidentdesk.service.roster.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.incidentdesk.domain.roster.Roster;
import org.incidentdesk.service.common.SafeFileWrite;
import org.incidentdesk.service.importing.CsvOutput;
import org.incidentdesk.service.importing.xlsx.XlsxText;
import org.incidentdesk.service.common.ActorSource;
import org.incidentdesk.store.Store;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.service.security.Access;

/**
 * Writes the whole roster in the import layout, so an exported file imports back unchanged. The file is
 * written through {@link SafeFileWrite}: a failure never leaves half a roster behind.
 */
public final class RosterExportService {
    private static final String SHEET_NAME = "通讯录";

    private final Store store;
    private final ActorSource actors;

    public RosterExportService(Store store, ActorSource actors) {
        this.store = store;
        this.actors = actors;
    }

    /**
     * Writes {@code .csv} (UTF-8 with a byte-order mark, which Excel and WPS need to see it is UTF-8) or
     * {@code .xlsx}, chosen by the extension.
     *
     * @return the number of people written
     * @throws RosterFileException for any other extension, or when the file cannot be written
     */
    public int export(Path file) {
        return export(file, () -> false);
    }

    /** As {@link #export(Path)}; once {@code cancelled} says so before the file is written, nothing is written. */
    public int export(Path file, BooleanSupplier cancelled) {
        Access.require(actors, Permission.ROSTER_EXPORT);
        RosterFileReader.FileKind kind = RosterFileReader.FileKind.of(file);
        if (kind != RosterFileReader.FileKind.CSV && kind != RosterFileReader.FileKind.XLSX) {
            throw new RosterFileException("rosterio.file.unknownExportFormat", RosterFileReader.nameOf(file));
        }
        Roster roster = store.inTransaction(s -> s.roster().load());
        List<List<String>> table = ExportTable.of(roster);
        RosterImportService.stopIf(cancelled);
        writeReplacing(file, out -> {
            if (kind == RosterFileReader.FileKind.CSV) {
                CsvOutput.write(table, out);
            } else {
                writeXlsx(table, out);
            }
        });
        return roster.people().size();
    }

    /**
     * Every cell is written as text, so Excel keeps mobile numbers and leading zeros as typed; text that looks
     * like one of Excel's {@code _xHHHH_} escapes is escaped, so it reads back as written.
     */
    private static void writeXlsx(List<List<String>> table, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "IncidentDesk", null);
        Worksheet sheet = workbook.newWorksheet(SHEET_NAME);
        for (int r = 0; r < table.size(); r++) {
            List<String> record = table.get(r);
            for (int c = 0; c < record.size(); c++) {
                sheet.value(r, c, XlsxText.encode(record.get(c)));
            }
        }
        List<String> header = table.get(0);
        for (int c = 0; c < header.size(); c++) {
            sheet.style(0, c).bold().set();
            sheet.width(c, ExportTable.columnWidth(c));
        }
        sheet.freezePane(0, 1);
        workbook.finish();
    }

    private static void writeReplacing(Path file, SafeFileWrite.Content content) {
        try {
            SafeFileWrite.replace(file, content);
        } catch (IOException e) {
            throw new RosterFileException(e, "rosterio.file.unwritable", RosterFileReader.nameOf(file),
                    String.valueOf(e.getMessage()));
        }
    }
}
