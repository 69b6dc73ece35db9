package org.incidentdesk.service.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Hand-made .xlsx packages for tests: every part as XML text, so a test can break exactly one thing. */
public final class TestXlsx {
    public static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    private final Map<String, byte[]> parts = new LinkedHashMap<>();

    private TestXlsx() {
        text("[Content_Types].xml", DECLARATION + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
        text("xl/workbook.xml", DECLARATION + "<workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\">"
                + "<sheets><sheet name=\"通讯录\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        text("xl/_rels/workbook.xml.rels", DECLARATION
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + REL_NS + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"" + REL_NS + "/styles\" Target=\"styles.xml\"/>"
                + "</Relationships>");
        styles("<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/></numFmts>"
                + "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/><xf numFmtId=\"49\"/></cellXfs>");
        sharedStrings("");
    }

    /** A workbook whose first sheet has these rows ({@code <row>} elements). */
    public static TestXlsx withRows(String rows) {
        return new TestXlsx().sheet("<sheetData>" + rows + "</sheetData>");
    }

    /** A row of inline-string cells, A, B, C… */
    public static String row(int number, String... cells) {
        StringBuilder xml = new StringBuilder("<row r=\"" + number + "\">");
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null) {
                xml.append("<c r=\"").append(ColumnLetters.of(i)).append(number).append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
                        .append(escape(cells[i])).append("</t></is></c>");
            }
        }
        return xml.append("</row>").toString();
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    public TestXlsx sheet(String inner) {
        return text("xl/worksheets/sheet1.xml", DECLARATION + "<worksheet xmlns=\"" + MAIN_NS + "\">" + inner + "</worksheet>");
    }

    public TestXlsx sharedStrings(String items) {
        return text("xl/sharedStrings.xml", DECLARATION + "<sst xmlns=\"" + MAIN_NS + "\">" + items + "</sst>");
    }

    public TestXlsx styles(String inner) {
        return text("xl/styles.xml", DECLARATION + "<styleSheet xmlns=\"" + MAIN_NS + "\">" + inner + "</styleSheet>");
    }

    public TestXlsx text(String part, String xml) {
        parts.put(part, xml.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public TestXlsx bytes(String part, byte[] content) {
        parts.put(part, content);
        return this;
    }

    public TestXlsx without(String part) {
        parts.remove(part);
        return this;
    }

    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
