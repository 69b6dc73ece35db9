package org.incidentdesk.service.roster.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.incidentdesk.domain.common.Actor;
import org.incidentdesk.service.common.EventBus;
import org.incidentdesk.service.importing.MalformedFiles;
import org.incidentdesk.service.importing.TestXlsx;
import org.incidentdesk.store.Database;
import org.incidentdesk.store.Store;

/**
 * Runs one heavy import in a JVM of its own, started by {@code ImportMemoryTest} with a small heap: makes the file,
 * imports it (preview, and apply when it is good) into an embedded database on disk, and prints what happened,
 * the seconds the import took (not counting making the file or opening the database) and the peak heap. Exits 0 when the outcome is the expected one ("refused", "accepted", or "checked" for a
 * case named "…-dry-run", which previews only).
 */
public final class HeavyImportProbe {
    static final int MANY_ROWS = 100_000;

    private HeavyImportProbe() {
    }

    public static void main(String[] args) throws Exception {
        String name = args[0];
        String expected = args[1];
        Path dir = Path.of(args[2]);
        Path file = make(name, dir);
        String outcome;
        String detail;
        double seconds;
        try (Database database = Database.openEmbedded(dir.resolve("data"))) {
            EventBus events = new EventBus();
            Store store = new Store(database, events::publish);
            RosterImportService importer = new RosterImportService(store, Clock.systemUTC(), () -> new Actor("probe"),
                    events);
            System.gc();
            resetPeaks();
            long started = System.nanoTime();
            try {
                ImportPreview preview = importer.preview(file);
                if (!preview.hasProblems() && name.endsWith("-dry-run")) {
                    outcome = "checked";
                    detail = preview.peopleRows() + " rows";
                } else if (preview.hasProblems()) {
                    outcome = "refused";
                    detail = preview.problems().size() + " problems";
                } else {
                    ImportResult result = importer.apply(preview);
                    outcome = "accepted";
                    detail = result.added() + " added";
                }
            } catch (RosterFileException e) {
                outcome = "refused";
                detail = e.messageKey();
            }
            seconds = (System.nanoTime() - started) / 1e9;
        }
        System.out.printf(Locale.ROOT, "RESULT %s %s%nSECONDS %.1f%nPEAK_HEAP_MB %d%nFILE_MB %d%n", outcome, detail,
                seconds, peakHeap() >> 20, Files.size(file) >> 20);
        System.exit(outcome.equals(expected) ? 0 : 3);
    }

    private static Path make(String name, Path dir) throws IOException {
        return switch (name) {
            case "zip-bomb" -> Files.write(dir.resolve("bomb.xlsx"), MalformedFiles.bomb(400));
            case "sparse-3gib-csv", "sparse-3gib-xlsx" -> {
                Path file = dir.resolve(name.endsWith("csv") ? "huge.csv" : "huge.xlsx");
                try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
                    sparse.setLength(3L << 30);
                }
                yield file;
            }
            case "column-zzzzzz" -> Files.write(dir.resolve("far.xlsx"), TestXlsx.withRows(
                    TestXlsx.row(1, "姓名", "单位") + "<row r=\"2\"><c r=\"ZZZZZZ2\"><v>1</v></c></row>").toBytes());
            case "huge-cell" -> {
                Path file = dir.resolve("cell.csv");
                try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    out.write("姓名,单位,备注\r\n林晓川,县水务局,\"");
                    String block = "长".repeat(1_000);
                    for (int i = 0; i < 10_000; i++) {
                        out.write(block);
                    }
                    out.write("\"\r\n");
                }
                yield file;
            }
            case "rows-100k-csv" -> manyRowsCsv(dir.resolve("many.csv"));
            case "rows-100k-xlsx-dry-run" -> manyRowsXlsx(dir.resolve("many.xlsx"));
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static String[] row(int i) {
        return new String[] {"林晓川" + i, "县水务局" + (i % 50), i % 3 == 0 ? "联络员" : "",
                "0571-8" + String.format("%07d", i), "139" + String.format("%08d", i), "u" + i + "@example.org", "",
                i % 5 == 0 ? "夜间请先发短信, 再拨值班电话" : ""};
    }

    private static final String[] HEADER = {"姓名", "单位", "职务", "办公电话", "手机", "电子邮箱", "传真", "备注"};

    private static Path manyRowsCsv(Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(",", HEADER) + "\r\n");
            for (int i = 0; i < MANY_ROWS; i++) {
                String[] cells = row(i);
                cells[7] = cells[7].isEmpty() ? "" : "\"" + cells[7] + "\"";
                out.write(String.join(",", cells) + "\r\n");
            }
        }
        return file;
    }

    private static Path manyRowsXlsx(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "probe", null);
            Worksheet sheet = workbook.newWorksheet("通讯录");
            for (int c = 0; c < HEADER.length; c++) {
                sheet.value(0, c, HEADER[c]);
            }
            for (int i = 0; i < MANY_ROWS; i++) {
                String[] cells = row(i);
                for (int c = 0; c < cells.length; c++) {
                    sheet.value(i + 1, c, cells[c]);
                }
                if (i % 10_000 == 0) {
                    sheet.flush();
                }
            }
            workbook.finish();
        }
        return file;
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }
}
