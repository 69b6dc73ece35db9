package org.incidentdesk.service.importing.xlsx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntPredicate;
import javax.xml.stream.XMLStreamException;
import org.incidentdesk.service.importing.ImportLimits;
import org.incidentdesk.service.importing.ImportRefusal;
import org.incidentdesk.service.importing.TableRow;

/**
 * Reads the first worksheet of an .xlsx file into rows of text with a streaming reader of its own, so that every
 * limit holds before anything is allocated: the zip is decompressed through a counter (size and ratio), the XML
 * resolves no entities, cell references and the declared dimension are checked before use, and nothing is sized
 * by a number the file gives. Every cell's value is the text a user sees: numbers as typed, text with Excel's
 * {@code _xHHHH_} escapes decoded and phonetic guides dropped. A date cell is read as an ISO date where the
 * importer expects one and refused elsewhere; a formula without its computed value is refused.
 */
public final class XlsxTable {
    private XlsxTable() {
    }

    /**
     * @param dateColumn which columns (0-based) may hold dates; any other date cell is refused naming the cell
     * @throws ImportRefusal when the file is damaged, hostile, past a limit or has a cell that cannot be read
     */
    public static List<TableRow> read(Path file, ImportLimits limits, IntPredicate dateColumn) {
        try (XlsxPackage pack = XlsxPackage.open(file, limits)) {
            try {
                pack.checkEveryPart();
                WorkbookIndex index = WorkbookIndex.read(pack);
                long textBudget = limits.maxFileBytes() / 2;
                List<String> strings = SharedStrings.read(pack, index.sharedStrings(), textBudget,
                        limits.maxCellChars());
                CellFormats formats = CellFormats.read(pack, index.styles());
                return new SheetReader(pack, index, strings, formats, limits, dateColumn).read();
            } catch (XmlText.TooLong e) {
                throw new ImportRefusal("importing.xlsx.textTooLong", pack.fileName(), limits.maxCellChars());
            } catch (XMLStreamException e) {
                int line = e.getLocation() == null ? 0 : Math.max(e.getLocation().getLineNumber(), 0);
                throw new ImportRefusal(e, "importing.xlsx.badXml", pack.fileName(), line);
            } catch (IOException | java.io.UncheckedIOException e) {
                throw new ImportRefusal(e, "importing.xlsx.notWorkbook", pack.fileName());
            }
        }
    }
}
