package org.incidentdesk.service.importing.xlsx;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The text of a string item ({@code <si>} or a cell's {@code <is>}): its runs joined, phonetic guides dropped. */
final class InlineText {
    private InlineText() {
    }

    /** Reads from the item's start tag to its end tag. */
    static String read(XMLStreamReader xml, int maxCellChars) throws XMLStreamException, XmlText.TooLong {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if ("t".equals(name)) {
                    text.append(XmlText.read(xml, 2 * maxCellChars + 1 - text.length()));
                } else if ("rPh".equals(name) || "phoneticPr".equals(name) || "rPr".equals(name)) {
                    XmlText.skip(xml);
                } else {
                    depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("unexpected end of part");
            }
        }
        return XlsxText.decode(text.toString());
    }
}
