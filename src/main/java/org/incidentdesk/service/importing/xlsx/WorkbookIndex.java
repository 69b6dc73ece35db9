package org.incidentdesk.service.importing.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.incidentdesk.service.importing.ImportRefusal;

/**
 * Where the parts of a workbook are: the first worksheet, the shared strings and the styles, as the workbook and
 * its relationships name them, and whether dates count from 1904 (old Mac workbooks) instead of 1900.
 */
record WorkbookIndex(String firstSheet, String sharedStrings, String styles, boolean date1904) {
    private static final String WORKBOOK = "xl/workbook.xml";
    private static final String RELATIONS = "xl/_rels/workbook.xml.rels";
    private static final String RELATIONSHIP_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    static WorkbookIndex read(XlsxPackage pack) throws XMLStreamException, IOException {
        if (!pack.has(WORKBOOK)) {
            throw new ImportRefusal("importing.xlsx.notWorkbook", pack.fileName());
        }
        String sheetId = null;
        boolean date1904 = false;
        try (InputStream in = pack.part(WORKBOOK)) {
            XMLStreamReader xml = SecureXml.open(in, pack.fileName(), WORKBOOK);
            while (xml.hasNext() && sheetId == null) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName();
                if ("workbookPr".equals(name)) {
                    String value = xml.getAttributeValue(null, "date1904");
                    date1904 = "1".equals(value) || "true".equals(value);
                } else if ("sheet".equals(name)) {
                    sheetId = xml.getAttributeValue(RELATIONSHIP_NS, "id");
                    if (sheetId == null) {
                        throw new ImportRefusal("importing.xlsx.noSheet", pack.fileName());
                    }
                }
            }
        }
        if (sheetId == null) {
            throw new ImportRefusal("importing.xlsx.noSheet", pack.fileName());
        }
        Map<String, String> targetsById = new HashMap<>();
        String sharedStrings = null;
        String styles = null;
        if (pack.has(RELATIONS)) {
            try (InputStream in = pack.part(RELATIONS)) {
                XMLStreamReader xml = SecureXml.open(in, pack.fileName(), RELATIONS);
                while (xml.hasNext()) {
                    if (xml.next() != XMLStreamConstants.START_ELEMENT || !"Relationship".equals(xml.getLocalName())) {
                        continue;
                    }
                    String target = resolve(xml.getAttributeValue(null, "Target"));
                    String type = String.valueOf(xml.getAttributeValue(null, "Type"));
                    targetsById.putIfAbsent(String.valueOf(xml.getAttributeValue(null, "Id")), target);
                    if (type.endsWith("/sharedStrings")) {
                        sharedStrings = target;
                    } else if (type.endsWith("/styles")) {
                        styles = target;
                    }
                    if (targetsById.size() > 10_000) {
                        throw new ImportRefusal("importing.xlsx.notWorkbook", pack.fileName());
                    }
                }
            }
        }
        String sheet = targetsById.get(sheetId);
        if (sheet == null || !pack.has(sheet)) {
            throw new ImportRefusal("importing.xlsx.noSheet", pack.fileName());
        }
        return new WorkbookIndex(sheet, present(pack, sharedStrings, "xl/sharedStrings.xml"),
                present(pack, styles, "xl/styles.xml"), date1904);
    }

    private static String present(XlsxPackage pack, String named, String usual) {
        if (named != null && pack.has(named)) {
            return named;
        }
        return pack.has(usual) ? usual : null;
    }

    /** A relationship target: relative to xl/, or absolute from the package root. */
    private static String resolve(String target) {
        if (target == null) {
            return "";
        }
        String path = target.startsWith("/") ? target.substring(1) : "xl/" + target;
        StringBuilder out = new StringBuilder();
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                parts.pollLast();
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.addLast(part);
            }
        }
        for (String part : parts) {
            out.append(out.isEmpty() ? "" : "/").append(part);
        }
        return out.toString();
    }
}
