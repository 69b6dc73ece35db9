package org.incidentdesk.service.importing.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.incidentdesk.service.importing.ImportRefusal;

/**
 * The workbook's table of strings that cells refer to by index. Rich-text runs are joined; phonetic guides
 * ({@code <rPh>}, the furigana or pinyin Excel may keep above a name) are left out; {@code _xHHHH_} escapes are
 * decoded. The whole table must fit a budget of characters, each string counting 16 more for its own weight.
 */
final class SharedStrings {
    private static final int WEIGHT = 16;

    private SharedStrings() {
    }

    static List<String> read(XlsxPackage pack, String part, long budget, int maxCellChars)
            throws XMLStreamException, IOException, XmlText.TooLong {
        List<String> strings = new ArrayList<>();
        if (part == null) {
            return strings;
        }
        long used = 0;
        try (InputStream in = pack.part(part)) {
            XMLStreamReader xml = SecureXml.open(in, pack.fileName(), part);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "si".equals(xml.getLocalName())) {
                    String text = InlineText.read(xml, maxCellChars);
                    used += text.length() + WEIGHT;
                    if (used > budget) {
                        throw new ImportRefusal("importing.xlsx.tooMuchText", pack.fileName(), budget);
                    }
                    strings.add(text);
                }
            }
        }
        return strings;
    }
}
