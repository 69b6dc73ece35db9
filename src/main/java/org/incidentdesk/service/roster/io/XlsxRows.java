package org.incidentdesk.service.roster.io;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** The rows of the first worksheet of an .xlsx file, every cell as the text a user typed. */
final class XlsxRows {
    private XlsxRows() {
    }

    static List<SourceRow> read(Path file) {
        if (!Files.exists(file)) {
            throw new RosterFileException(new NoSuchFileException(file.toString()), "rosterio.file.notFound",
                    file.toString());
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
             Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            return rows.map(XlsxRows::toSourceRow).toList();
        } catch (AccessDeniedException e) {
            throw new RosterFileException(e, "rosterio.file.accessDenied", RosterFileReader.nameOf(file));
        } catch (IOException | ExcelReaderException e) {
            // a renamed CSV or a damaged zip is an IOException; a zip that is no workbook an ExcelReaderException
            throw new RosterFileException(e, "rosterio.file.notXlsx", RosterFileReader.nameOf(file));
        }
    }

    private static SourceRow toSourceRow(Row row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(text(row.getCell(i)));
        }
        return new SourceRow(row.getRowNum(), cells);
    }

    /**
     * Excel keeps a mobile number typed into a General cell as a number and may write it as
     * {@code 1.3800001234E10}; the plain digits are what the user typed.
     */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER -> plainDigits(cell.asNumber());
            case EMPTY -> "";
            default -> cell.getText() == null ? "" : cell.getText();
        };
    }

    private static String plainDigits(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }
}
