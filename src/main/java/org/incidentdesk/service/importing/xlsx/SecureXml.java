package org.incidentdesk.service.importing.xlsx;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import org.incidentdesk.service.importing.ImportRefusal;

/**
 * A StAX reader for the parts of an .xlsx package that resolves nothing: no DTD, no external or internal
 * entities; a document with a DOCTYPE is refused outright (Excel never writes one). Text comes in pieces, not
 * coalesced, so a reader can stop at a limit instead of holding a huge text node.
 */
final class SecureXml {
    private static final XMLInputFactory FACTORY = factory();

    private SecureXml() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    static XMLStreamReader open(InputStream in, String fileName, String partName) throws XMLStreamException {
        XMLStreamReader reader = FACTORY.createXMLStreamReader(in);
        return new StreamReaderDelegate(reader) {
            @Override
            public int next() throws XMLStreamException {
                int event = super.next();
                if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new ImportRefusal("importing.xlsx.doctype", fileName, partName);
                }
                return event;
            }
        };
    }
}
