package org.incidentdesk.service.importing.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.incidentdesk.service.importing.CellText;
import org.incidentdesk.service.importing.ColumnLetters;
import org.incidentdesk.service.importing.ImportLimits;
import org.incidentdesk.service.importing.ImportRefusal;
import org.incidentdesk.service.importing.TableRow;

/** Streams one worksheet's {@code <sheetData>} into rows, checking every reference against the limits first. */
final class SheetReader {
    private final XlsxPackage pack;
    private final WorkbookIndex index;
    private final List<String> strings;
    private final CellFormats formats;
    private final ImportLimits limits;
    private final IntPredicate dateColumn;
    private final List<TableRow> rows = new ArrayList<>();
    private long textUsed;

    SheetReader(XlsxPackage pack, WorkbookIndex index, List<String> strings, CellFormats formats, ImportLimits limits,
                IntPredicate dateColumn) {
        this.pack = pack;
        this.index = index;
        this.strings = strings;
        this.formats = formats;
        this.limits = limits;
        this.dateColumn = dateColumn;
    }

    /** A cell as stored: its place, type attribute, style, value, and whether it holds a formula. */
    private record RawCell(String ref, int column, String type, int style, String value, String inline,
                           boolean formula) {
    }

    List<TableRow> read() throws XMLStreamException, IOException, XmlText.TooLong {
        try (InputStream in = pack.part(index.firstSheet())) {
            XMLStreamReader xml = SecureXml.open(in, pack.fileName(), index.firstSheet());
            int lastRow = 0;
            int rowCount = 0;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "dimension" -> checkDimension(xml.getAttributeValue(null, "ref"));
                    case "row" -> {
                        int number = rowNumber(xml.getAttributeValue(null, "r"), lastRow);
                        if (++rowCount > limits.maxRows()) {
                            throw new ImportRefusal("importing.table.tooManyRows", pack.fileName(), limits.maxRows());
                        }
                        readRow(xml, number);
                        lastRow = number;
                    }
                    default -> { }
                }
            }
        }
        return rows;
    }

    private void checkDimension(String ref) {
        if (ref == null) {
            return;
        }
        // columns are not checked here: one empty formatted cell in column XFD widens the dimension to XFD, and
        // such cells are ignored as they are read (farCell)
        for (String corner : ref.split(":", -1)) {
            CellRef cell = CellRef.parse(corner.replace("$", ""));
            if (cell == null || cell.row() > limits.maxRows()) {
                throw new ImportRefusal("importing.xlsx.dimensionTooLarge", pack.fileName(),
                        CellText.forMessage(ref), ColumnLetters.of(limits.maxColumns() - 1), limits.maxRows());
            }
        }
    }

    private int rowNumber(String r, int lastRow) {
        if (r == null) {
            return lastRow + 1;
        }
        int number = CellRef.positiveNumber(r);
        if (number <= lastRow || number > limits.maxRows()) {
            throw new ImportRefusal("importing.xlsx.badRowNumber", pack.fileName(), CellText.forMessage(r),
                    limits.maxRows());
        }
        return number;
    }

    private void readRow(XMLStreamReader xml, int rowNumber) throws XMLStreamException, XmlText.TooLong {
        List<String> cells = new ArrayList<>();
        int lastColumn = -1;
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
                RawCell cell = readCell(xml, rowNumber, lastColumn);
                lastColumn = cell.column();
                if (cell.column() >= limits.maxColumns()) {
                    farCell(cell, rowNumber);
                    continue;
                }
                while (cells.size() < cell.column()) {
                    cells.add("");
                }
                cells.add(value(cell, rowNumber));
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("unexpected end of sheet");
            }
        }
        if (!cells.stream().allMatch(String::isBlank)) {
            rows.add(new TableRow(rowNumber, cells));
        }
    }

    /**
     * A cell past the last column a roster can use: an empty one (formatting left in column XFD) is ignored; one
     * with content is refused, naming the cell, so the clerk can delete it, instead of its being dropped unseen.
     */
    private void farCell(RawCell cell, int rowNumber) {
        if (!cell.formula() && value(cell, rowNumber).isBlank()) {
            return;
        }
        throw new ImportRefusal("importing.xlsx.columnTooFar", pack.fileName(), CellText.forMessage(cell.ref()),
                ColumnLetters.of(limits.maxColumns() - 1));
    }

    private RawCell readCell(XMLStreamReader xml, int rowNumber, int lastColumn)
            throws XMLStreamException, XmlText.TooLong {
        String r = xml.getAttributeValue(null, "r");
        int column = lastColumn + 1;
        if (r != null) {
            CellRef ref = CellRef.parse(r);
            if (ref == null || ref.row() != rowNumber || ref.column() <= lastColumn) {
                throw new ImportRefusal("importing.xlsx.badCellRef", pack.fileName(), CellText.forMessage(r), rowNumber);
            }
            column = ref.column();
        }
        String ref = r != null ? r : ColumnLetters.of(column) + rowNumber;
        String type = xml.getAttributeValue(null, "t");
        String s = xml.getAttributeValue(null, "s");
        int style = s == null ? 0 : CellRef.index(s);
        String value = null;
        String inline = null;
        boolean formula = false;
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "v" -> value = XmlText.read(xml, 2 * limits.maxCellChars() + 1);
                    case "is" -> inline = InlineText.read(xml, limits.maxCellChars());
                    case "f" -> {
                        formula = true;
                        XmlText.skip(xml);
                    }
                    default -> XmlText.skip(xml);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("unexpected end of sheet");
            }
        }
        return new RawCell(ref, column, type, style, value, inline, formula);
    }

    private String value(RawCell cell, int rowNumber) {
        String where = CellText.forMessage(cell.ref());
        if (cell.formula() && cell.value() == null) {
            throw new ImportRefusal("importing.xlsx.formulaWithoutValue", pack.fileName(), where);
        }
        String type = cell.type() == null ? "n" : cell.type();
        String text = switch (type) {
            case "n" -> number(cell, where);
            case "s" -> shared(cell.value(), where);
            case "str" -> cell.value() == null ? "" : XlsxText.decode(cell.value());
            case "inlineStr" -> cell.inline() == null ? "" : cell.inline();
            case "b" -> bool(cell.value(), where);
            case "e" -> throw new ImportRefusal("importing.xlsx.errorValue", pack.fileName(), where,
                    CellText.forMessage(cell.value()));
            case "d" -> date(CellValues.isoDate(cell.value()), cell, where);
            default -> throw new ImportRefusal("importing.xlsx.unknownType", pack.fileName(), where,
                    CellText.forMessage(type));
        };
        if (CellText.length(text) > limits.maxCellChars()) {
            throw new ImportRefusal("importing.table.cellTooLong", pack.fileName(), rowNumber,
                    ColumnLetters.of(cell.column()), limits.maxCellChars());
        }
        textUsed += text.length() + 16L;
        if (textUsed > limits.maxFileBytes()) {
            throw new ImportRefusal("importing.xlsx.tooMuchText", pack.fileName(), limits.maxFileBytes());
        }
        return text;
    }

    private String number(RawCell cell, String where) {
        if (cell.value() == null || cell.value().isBlank()) {
            return "";
        }
        if (formats.isDate(cell.style())) {
            return date(CellValues.serialDate(cell.value(), index.date1904()), cell, where);
        }
        String plain = CellValues.plainNumber(cell.value());
        if (plain == null) {
            throw new ImportRefusal("importing.xlsx.badNumber", pack.fileName(), where,
                    CellText.forMessage(cell.value()));
        }
        return plain;
    }

    private String date(String iso, RawCell cell, String where) {
        if (iso == null) {
            throw new ImportRefusal("importing.xlsx.badDate", pack.fileName(), where, CellText.forMessage(cell.value()));
        }
        if (!dateColumn.test(cell.column())) {
            throw new ImportRefusal("importing.xlsx.unexpectedDate", pack.fileName(), where, iso);
        }
        return iso;
    }

    private String shared(String value, String where) {
        int i = value == null ? -1 : CellRef.index(value.strip());
        if (i < 0 || i >= strings.size()) {
            throw new ImportRefusal("importing.xlsx.badSharedString", pack.fileName(), where,
                    CellText.forMessage(value), strings.size());
        }
        return strings.get(i);
    }

    private String bool(String value, String where) {
        if ("1".equals(value) || "true".equals(value)) {
            return "TRUE";
        }
        if ("0".equals(value) || "false".equals(value)) {
            return "FALSE";
        }
        throw new ImportRefusal("importing.xlsx.badNumber", pack.fileName(), where, CellText.forMessage(value));
    }
}
