package org.incidentdesk.service.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A seeded, deterministic generator of roster files, good and bad, across the categories the import trial used:
 * encodings, quoting, huge cells, formula injection, control characters, broken and hostile .xlsx packages, odd
 * cell types, XML entities, enormous references, and csv-spectrum's edge cases. The same seed always gives the
 * same files, so a failing case can be replayed by its number. The coming importers (metrics, evidence) can
 * reuse it with their own header.
 */
public final class MalformedFiles {
    /** One generated file: its category, a name with the right extension, and its bytes. */
    public record Case(int number, String category, String fileName, byte[] bytes) {
    }

    public static final String HEADER = "姓名,单位,职务,办公电话,手机,电子邮箱,传真,备注,单位类型";
    private static final String[] SURNAMES = {"林", "周", "韦", "柯", "岳", "范", "柳", "欧阳", "司马", "𠮷"};
    private static final String[] GIVEN = {"晓川", "念慈", "一鸣", "望舒", "小溪", "秋实", "春和", "默", "淼", "若水"};
    private static final String[] UNITS = {"县水务局", "县气象局", "县网信办", "县公安局", "县教育局", "县融媒体中心"};
    private static final String[] POSTS = {"联络员", "分管负责同志", "值班员", "成员", "县网信办:联络员"};
    private static final String[] KINDS = {"成员单位", "工作组", "办公室", ""};
    private static final String[] FORMULA_STARTS = {"=", "+", "-", "@", "\t", "\r"};
    private static final String[] PAYLOADS = {"1+cmd|' /C calc'!A0", "HYPERLINK(\"http://x\",\"y\")", "SUM(A1:A9)",
            "86 138 0000 1234", "1", "值班员", "2+3"};
    private static final String[] ODD_CHARS = {"\u0000", "\u0007", "\u001B[2J", "\u001B]0;title\u0007", "\u0085",
            "\u200B", "\u00A0", "\uFEFF", "\u202E", "\u2028", "\u007F", "\u0301", "\uD842\uDFB7"};
    private static final List<Function<MalformedFiles, Case>> CATEGORIES = List.of(
            MalformedFiles::validCsv, MalformedFiles::encodings, MalformedFiles::quoting, MalformedFiles::hugeCells,
            MalformedFiles::formulaInjection, MalformedFiles::controlCharacters, MalformedFiles::csvSpectrum,
            MalformedFiles::flippedBytes, MalformedFiles::validXlsx, MalformedFiles::brokenXlsx,
            MalformedFiles::hostileXlsx, MalformedFiles::oddCells);

    private final Random random;
    private int number;

    private MalformedFiles(long seed) {
        this.random = new Random(seed);
    }

    /** {@code count} cases, the categories taken in turn. */
    public static List<Case> generate(long seed, int count) {
        MalformedFiles files = new MalformedFiles(seed);
        List<Case> cases = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            files.number = i + 1;
            cases.add(CATEGORIES.get(i % CATEGORIES.size()).apply(files));
        }
        return cases;
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private String name() {
        return pick(SURNAMES) + pick(GIVEN) + (random.nextInt(4) == 0 ? pick(GIVEN) : "");
    }

    private String mobile() {
        return "139" + String.format("%08d", random.nextInt(100_000_000));
    }

    /** A roster row as the cells of {@link #HEADER}; unique names by row index avoid repeated-person problems. */
    private List<String> goodRow(int index) {
        String unit = pick(UNITS);
        return new ArrayList<>(List.of(name() + index, unit, random.nextBoolean() ? pick(POSTS) : "",
                random.nextInt(3) == 0 ? "0571-8888" + String.format("%04d", random.nextInt(10_000)) : "",
                mobile(), random.nextInt(4) == 0 ? "u" + index + "@example.org" : "", "",
                random.nextInt(3) == 0 ? "夜间请先发短信, 再拨\"值班\"电话\n周末找值班员" : "", ""));
    }

    private List<List<String>> goodTable(int rows) {
        List<List<String>> table = new ArrayList<>();
        table.add(List.of(HEADER.split(",")));
        for (int i = 0; i < rows; i++) {
            table.add(goodRow(i));
        }
        return table;
    }

    private static String csvText(List<List<String>> table) {
        StringBuilder text = new StringBuilder();
        for (List<String> row : table) {
            List<String> quoted = new ArrayList<>();
            for (String cell : row) {
                boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
                quoted.add(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
            }
            text.append(String.join(",", quoted)).append("\r\n");
        }
        return text.toString();
    }

    private Case csv(String category, String text, Charset charset) {
        return new Case(number, category, "case-" + number + ".csv", text.getBytes(charset));
    }

    private Case xlsx(String category, byte[] bytes) {
        return new Case(number, category, "case-" + number + ".xlsx", bytes);
    }

    private Case validCsv() {
        String text = csvText(goodTable(1 + random.nextInt(20)));
        return switch (random.nextInt(4)) {
            case 0 -> csv("valid-csv", text, StandardCharsets.UTF_8);
            case 1 -> csv("valid-csv", "\uFEFF" + text, StandardCharsets.UTF_8);
            case 2 -> csv("valid-csv", text.replace("𠮷", "林"), Charset.forName("GBK"));
            default -> csv("valid-csv", text, Charset.forName("GB18030"));
        };
    }

    private Case encodings() {
        String traditional = "姓名,單位,職務\r\n歐陽默,縣網信辦,聯絡員\r\n林曉川,縣公安局,副局長\r\n";
        String japanese = "氏名,所属,役職\r\n山田太郎,情報課,連絡員\r\n佐藤花子,総務課,課長\r\n";
        String text = csvText(goodTable(3));
        return switch (random.nextInt(6)) {
            case 0 -> csv("encoding", traditional, Charset.forName("Big5"));
            case 1 -> csv("encoding", japanese, Charset.forName("Shift_JIS"));
            case 2 -> csv("encoding", "\uFEFF" + text, StandardCharsets.UTF_16LE);
            case 3 -> csv("encoding", text, StandardCharsets.UTF_16BE);
            case 4 -> {
                byte[] bytes = new byte[64 + random.nextInt(512)];
                random.nextBytes(bytes);
                yield new Case(number, "encoding", "case-" + number + ".csv", bytes);
            }
            default -> {
                byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
                utf8[utf8.length / 2] = (byte) 0xC3; // a broken sequence in otherwise UTF-8 text
                yield new Case(number, "encoding", "case-" + number + ".csv", utf8);
            }
        };
    }

    private Case quoting() {
        String text = csvText(goodTable(2 + random.nextInt(5)));
        int at = random.nextInt(text.length());
        String broken = switch (random.nextInt(5)) {
            case 0 -> text.substring(0, at) + "\"" + text.substring(at);
            case 1 -> text + "周念慈,县水务局,\"没有结束\r\n";
            case 2 -> text + "\"abc\"def,县水务局\r\n";
            case 3 -> text.replace(",", ",\"\"");
            default -> text.substring(0, at) + "\"\"\"" + text.substring(at);
        };
        return csv("quoting", broken, StandardCharsets.UTF_8);
    }

    private Case hugeCells() {
        List<List<String>> table = goodTable(2);
        StringBuilder text = new StringBuilder(csvText(table));
        switch (random.nextInt(4)) {
            case 0 -> text.append("周念慈,县水务局,,,,,,").append("长".repeat(30_000 + random.nextInt(10_000))).append("\r\n");
            case 1 -> text.append(",".repeat(200 + random.nextInt(200))).append("\r\n");
            case 2 -> text.append("\r\n".repeat(10_000 + random.nextInt(2_000)));
            default -> text.append("周念慈,").append("县".repeat(300)).append(",,,,,,,\r\n");
        }
        return csv("huge-cells", text.toString(), StandardCharsets.UTF_8);
    }

    private Case formulaInjection() {
        List<List<String>> table = goodTable(1 + random.nextInt(4));
        for (int i = 1; i < table.size(); i++) {
            int column = random.nextBoolean() ? 7 : 2 + random.nextInt(2) * 5; // notes, posts or name-free columns
            table.get(i).set(column, pick(FORMULA_STARTS) + pick(PAYLOADS));
        }
        if (random.nextBoolean()) {
            table.get(1).set(3, "+86 571 8888 " + String.format("%04d", random.nextInt(10_000)));
        }
        String text = csvText(table);
        return random.nextBoolean() ? csv("formula", text, StandardCharsets.UTF_8)
                : xlsx("formula", inlineXlsx(table));
    }

    private Case controlCharacters() {
        List<List<String>> table = goodTable(1 + random.nextInt(4));
        List<String> row = table.get(1 + random.nextInt(table.size() - 1));
        int column = random.nextInt(9);
        String cell = row.get(column);
        int at = cell.isEmpty() ? 0 : random.nextInt(cell.length());
        row.set(column, cell.substring(0, at) + pick(ODD_CHARS) + cell.substring(at));
        if (random.nextBoolean()) {
            return csv("control-chars", csvText(table), StandardCharsets.UTF_8);
        }
        return xlsx("control-chars", inlineXlsx(table));
    }

    /** csv-spectrum's fourteen cases, each carried by the name and notes columns of a roster. */
    private Case csvSpectrum() {
        String[][] spectrum = {
                {"comma_in_quotes", "林晓川,县水务局,,,,,,\"Boston, MA\""},
                {"empty", "林晓川,县水务局,,,,,,"},
                {"empty_crlf", "林晓川,县水务局,,,,,,\r\n周念慈,县水务局,,,,,,"},
                {"escaped_quotes", "林晓川,县水务局,,,,,,\"ha \"\"ha\"\" ha\""},
                {"json", "林晓川,县水务局,,,,,,\"{\"\"a\"\": 1}\""},
                {"location_coordinates", "林晓川,县水务局,,,,,,\"38.8934, -77.0161\""},
                {"newlines", "林晓川,县水务局,,,,,,\"1\n2\n3\""},
                {"newlines_crlf", "林晓川,县水务局,,,,,,\"1\r\n2\""},
                {"quotes_and_newlines", "林晓川,县水务局,,,,,,\"ha \n\"\"ha\"\" \nha\""},
                {"simple", "林晓川,县水务局,,,,,,3"},
                {"simple_crlf", "林晓川,县水务局,,,,,,3"},
                {"utf8", "林晓川,县水务局,,,,,,√ ü 𠮷"},
                {"empty_field", "林晓川,县水务局,,,,,,\"\""},
                {"trailing_newline", "林晓川,县水务局,,,,,,x\n\n"}};
        String[] chosen = spectrum[random.nextInt(spectrum.length)];
        String separator = chosen[0].endsWith("crlf") ? "\r\n" : "\n";
        return csv("csv-spectrum", HEADER + separator + chosen[1] + separator, StandardCharsets.UTF_8);
    }

    private Case flippedBytes() {
        byte[] bytes = csvText(goodTable(3 + random.nextInt(5))).getBytes(StandardCharsets.UTF_8);
        for (int i = 0, flips = 1 + random.nextInt(4); i < flips; i++) {
            bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return new Case(number, "flipped-bytes", "case-" + number + ".csv", bytes);
    }

    private byte[] inlineXlsx(List<List<String>> table) {
        StringBuilder rows = new StringBuilder();
        for (int r = 0; r < table.size(); r++) {
            String[] cells = table.get(r).toArray(String[]::new);
            for (int c = 0; c < cells.length; c++) {
                cells[c] = xmlSafe(cells[c]);
            }
            rows.append(TestXlsx.row(r + 1, cells));
        }
        return TestXlsx.withRows(rows.toString()).toBytes();
    }

    /** Characters XML cannot carry, written as Excel does ({@code _xHHHH_}). */
    private static String xmlSafe(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean writable = c == '\t' || c == '\n' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF && !Character.isSurrogate(c))
                    || Character.isSurrogate(c) && i + 1 < text.length() && Character.isHighSurrogate(c)
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (Character.isHighSurrogate(c) && writable) {
                out.append(c).append(text.charAt(++i));
            } else if (writable) {
                out.append(c);
            } else {
                out.append(String.format("_x%04X_", (int) c));
            }
        }
        return out.toString();
    }

    private Case validXlsx() {
        List<List<String>> table = goodTable(1 + random.nextInt(15));
        if (random.nextBoolean()) {
            return xlsx("valid-xlsx", inlineXlsx(table));
        }
        StringBuilder strings = new StringBuilder();
        StringBuilder rows = new StringBuilder();
        int index = 0;
        for (int r = 0; r < table.size(); r++) {
            rows.append("<row r=\"").append(r + 1).append("\">");
            for (int c = 0; c < table.get(r).size(); c++) {
                String cell = table.get(r).get(c);
                if (cell.isEmpty()) {
                    continue;
                }
                String ref = ColumnLetters.of(c) + (r + 1);
                if (c == 4 && r > 0) {
                    rows.append("<c r=\"").append(ref).append("\"><v>").append(cell).append("</v></c>");
                } else {
                    strings.append("<si><t xml:space=\"preserve\">").append(TestXlsx.escape(cell)).append("</t>")
                            .append(random.nextInt(4) == 0 ? "<rPh sb=\"0\" eb=\"1\"><t>pinyin</t></rPh>" : "").append("</si>");
                    rows.append("<c r=\"").append(ref).append("\" t=\"s\"><v>").append(index++).append("</v></c>");
                }
            }
            rows.append("</row>");
        }
        return xlsx("valid-xlsx", TestXlsx.withRows(rows.toString()).sharedStrings(strings.toString()).toBytes());
    }

    private Case brokenXlsx() {
        byte[] whole = inlineXlsx(goodTable(2 + random.nextInt(5)));
        return switch (random.nextInt(4)) {
            case 0 -> xlsx("broken-xlsx", Arrays.copyOf(whole, 1 + random.nextInt(whole.length - 1)));
            case 1 -> {
                byte[] flipped = whole.clone();
                for (int i = 0; i < 1 + random.nextInt(8); i++) {
                    flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
                }
                yield xlsx("broken-xlsx", flipped);
            }
            case 2 -> xlsx("broken-xlsx", TestXlsx.withRows(TestXlsx.row(1, HEADER.split(",")))
                    .without(pick(new String[] {"xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml"}))
                    .toBytes());
            default -> xlsx("broken-xlsx", TestXlsx.withRows("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>姓名</t></is>")
                    .toBytes());
        };
    }

    private Case hostileXlsx() {
        return switch (random.nextInt(6)) {
            case 0 -> xlsx("hostile-xlsx", zipBomb(4 + random.nextInt(8)));
            case 1 -> xlsx("hostile-xlsx", TestXlsx.withRows("").text("xl/sharedStrings.xml",
                    "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><sst xmlns=\""
                            + TestXlsx.MAIN_NS + "\"><si><t>&x;</t></si></sst>").toBytes());
            case 2 -> xlsx("hostile-xlsx", TestXlsx.withRows("").text("xl/worksheets/sheet1.xml",
                    "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
                            + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]><worksheet xmlns=\"" + TestXlsx.MAIN_NS
                            + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&c;</t></is></c></row></sheetData></worksheet>")
                    .toBytes());
            case 3 -> xlsx("hostile-xlsx", TestXlsx.withRows(TestXlsx.row(1, HEADER.split(","))
                    + "<row r=\"2\"><c r=\"" + pick(new String[] {"ZZZZZZ2", "XFD2", "A99999999999", "IW2", "$A$2"})
                    + "\"><v>1</v></c></row>").toBytes());
            case 4 -> xlsx("hostile-xlsx", TestXlsx.withRows("").sheet("<dimension ref=\""
                    + pick(new String[] {"A1:ZZZZZZ1", "A1:XFD1048576", "A1:I1", "garbage"}) + "\"/><sheetData>"
                    + TestXlsx.row(1, HEADER.split(",")) + "</sheetData>").toBytes());
            default -> xlsx("hostile-xlsx", TestXlsx.withRows(TestXlsx.row(1, HEADER.split(","))
                    + "<row r=\"" + (1_000_000 + random.nextInt(1_000_000)) + "\"></row>").toBytes());
        };
    }

    private Case oddCells() {
        String[] odd = {
                "<c r=\"E2\" t=\"d\"><v>2024-01-01T00:00:00</v></c>", "<c r=\"E2\" t=\"x\"><v>1</v></c>",
                "<c r=\"E2\" t=\"s\"><v>99</v></c>", "<c r=\"E2\" t=\"s\"><v>-1</v></c>", "<c r=\"E2\" t=\"s\"><v>abc</v></c>",
                "<c r=\"E2\"><v>1E2147483647</v></c>", "<c r=\"E2\"><v>13900001234</v></c>", "<c r=\"E2\" s=\"1\"><v>45292</v></c>",
                "<c r=\"E2\"><f>A1*2</f></c>", "<c r=\"E2\" t=\"e\"><v>#N/A</v></c>", "<c r=\"E2\" t=\"b\"><v>1</v></c>",
                "<c r=\"E2\" t=\"str\"><f>A2</f><v>13900001234</v></c>", "<c r=\"E2\" t=\"inlineStr\"><is><t>a\u0000</t></is></c>",
                "<c r=\"E2\" t=\"inlineStr\"><is><t>&#xD800;</t></is></c>", "<c r=\"E2\"><v>1.3900001234E10</v></c>",
                "<c r=\"E2\" s=\"77\"><v>13900001234</v></c>"};
        String row = "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>林晓川" + number + "</t></is></c>"
                + "<c r=\"B2\" t=\"inlineStr\"><is><t>县水务局</t></is></c>" + pick(odd) + "</row>";
        return xlsx("odd-cells", TestXlsx.withRows(TestXlsx.row(1, HEADER.split(",")) + row).toBytes());
    }

    /** A package whose sheet is megabytes of one repeated byte: it shrinks about a thousand times. */
    private static byte[] zipBomb(int megabytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write(("<workbook xmlns=\"" + TestXlsx.MAIN_NS + "\" xmlns:r=\"" + TestXlsx.REL_NS
                    + "\"><sheets><sheet name=\"a\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/_rels/workbook.xml.rels"));
            zip.write(("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"w\" Target=\"worksheets/sheet1.xml\"/></Relationships>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(("<worksheet xmlns=\"" + TestXlsx.MAIN_NS + "\"><sheetData>").getBytes(StandardCharsets.UTF_8));
            byte[] block = new byte[1 << 20];
            Arrays.fill(block, (byte) ' ');
            for (int i = 0; i < megabytes; i++) {
                zip.write(block);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A bomb of {@code megabytes} unpacked, for the forked memory test. */
    public static byte[] bomb(int megabytes) {
        return zipBomb(megabytes);
    }
}
