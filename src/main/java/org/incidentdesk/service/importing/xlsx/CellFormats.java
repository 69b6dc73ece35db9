package org.incidentdesk.service.importing.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.incidentdesk.service.importing.ImportRefusal;

/**
 * Which cell styles show a number as a date or time. A date in a sheet is a number (days since 1900) that only
 * its format makes a date; reading it as the number ({@code 45292}) would store nonsense.
 */
final class CellFormats {
    /** Excel's own date and time formats, including those of Chinese, Japanese and Korean settings. */
    private static final Set<Integer> BUILT_IN_DATES = Set.of(14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31,
            32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58);
    /** Excel allows about 64,000 cell styles. */
    private static final int MAX_STYLES = 65_536;

    private final boolean[] dateStyles;

    private CellFormats(boolean[] dateStyles) {
        this.dateStyles = dateStyles;
    }

    static CellFormats none() {
        return new CellFormats(new boolean[0]);
    }

    boolean isDate(int styleIndex) {
        return styleIndex >= 0 && styleIndex < dateStyles.length && dateStyles[styleIndex];
    }

    static CellFormats read(XlsxPackage pack, String part) throws XMLStreamException, IOException {
        if (part == null) {
            return none();
        }
        Map<Integer, Boolean> customIsDate = new HashMap<>();
        boolean[] styles = new boolean[16];
        int count = 0;
        boolean inCellXfs = false;
        try (InputStream in = pack.part(part)) {
            XMLStreamReader xml = SecureXml.open(in, pack.fileName(), part);
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT && "cellXfs".equals(xml.getLocalName())) {
                    inCellXfs = false;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "numFmt" -> {
                        Integer id = smallNumber(xml.getAttributeValue(null, "numFmtId"));
                        if (id != null && customIsDate.size() < MAX_STYLES) {
                            customIsDate.put(id, isDateFormat(xml.getAttributeValue(null, "formatCode")));
                        }
                    }
                    case "cellXfs" -> inCellXfs = true;
                    case "xf" -> {
                        if (inCellXfs) {
                            if (count == MAX_STYLES) {
                                throw new ImportRefusal("importing.xlsx.tooManyStyles", pack.fileName(), MAX_STYLES);
                            }
                            if (count == styles.length) {
                                styles = java.util.Arrays.copyOf(styles, styles.length * 2);
                            }
                            Integer id = smallNumber(xml.getAttributeValue(null, "numFmtId"));
                            styles[count++] = id != null
                                    && customIsDate.getOrDefault(id, BUILT_IN_DATES.contains(id));
                        }
                    }
                    default -> { }
                }
            }
        }
        return new CellFormats(java.util.Arrays.copyOf(styles, count));
    }

    private static Integer smallNumber(String text) {
        if (text == null || text.isEmpty() || text.length() > 6 || !text.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.parseInt(text);
    }

    /** A format code shows a date when, outside quoted text, brackets and escapes, it has a day, month, year or time part. */
    static boolean isDateFormat(String code) {
        if (code == null) {
            return false;
        }
        String bare = code.replaceAll("\"[^\"]*\"", "").replaceAll("\\\\.", "").replaceAll("\\[[^\\]]*]", "");
        String section = bare.split(";", 2)[0].toLowerCase(java.util.Locale.ROOT);
        return section.matches(".*[dmyhs].*") && !section.contains("general");
    }
}
