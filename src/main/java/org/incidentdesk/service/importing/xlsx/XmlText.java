package org.incidentdesk.service.importing.xlsx;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reading the text of one element piece by piece, stopping at a limit. */
final class XmlText {
    private XmlText() {
    }

    /** Thrown when an element's text is longer than allowed. */
    static final class TooLong extends Exception {
        TooLong() {
            super(null, null, false, false);
        }
    }

    /**
     * The text of the element the reader is on (its start tag), up to its end tag, which the reader is then on.
     * Child elements are skipped with their text.
     */
    static String read(XMLStreamReader reader, int maxChars) throws XMLStreamException, TooLong {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (depth == 1) {
                        if (text.length() + reader.getTextLength() > maxChars) {
                            throw new TooLong();
                        }
                        text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                    }
                }
                case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException("unexpected end of part");
                default -> { }
            }
        }
        return text.toString();
    }

    /** Skips the element the reader is on, with everything inside it. */
    static void skip(XMLStreamReader reader) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("unexpected end of part");
            }
        }
    }
}
