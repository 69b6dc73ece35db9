package org.incidentdesk.service.roster.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The heavy import cases, each in a JVM of its own with a small heap ({@link HeavyImportProbe}): a file must be
 * refused or imported without running out of memory, and a refusal must name the limit. The child reports the
 * seconds it took and its peak heap; both go to {@code target/fuzz/import-heavy.md} (a figure, not a threshold:
 * the child's own -Xmx is the bound this test holds).
 */
@Tag("embedded") // imports into embedded databases in child JVMs: left out of the PostgreSQL run
class ImportMemoryTest {
    private static final Path REPORT = Path.of("target", "fuzz", "import-heavy.md");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} with -Xmx{1}")
    @CsvSource({
            "zip-bomb,         256m, refused,  importing.xlsx.compressionRatio",
            "sparse-3gib-csv,  256m, refused,  importing.file.tooLarge",
            "sparse-3gib-xlsx, 256m, refused,  importing.file.tooLarge",
            "column-zzzzzz,    256m, refused,  importing.xlsx.badCellRef",
            "huge-cell,        256m, refused,  importing.table.cellTooLong",
            "rows-100k-csv,    512m, accepted, 100000 added",
            "rows-100k-xlsx-dry-run, 512m, checked, 100000 rows"})
    void heavyFileEndsWithinItsSmallHeap(String name, String heap, String outcome, String detail)
            throws IOException, InterruptedException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xmx" + heap, "-XX:+UseSerialGC",
                "-Dfile.encoding=UTF-8", "-cp", classpath, HeavyImportProbe.class.getName(), name, outcome,
                dir.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        boolean ended = child.waitFor(10, TimeUnit.MINUTES);
        if (!ended) {
            child.destroyForcibly();
        }
        String output = Files.readString(dir.resolve("child.log"), StandardCharsets.UTF_8);

        assertTrue(ended, "the child did not end: " + output);
        assertEquals(0, child.exitValue(), output);
        assertTrue(output.contains("RESULT " + outcome + " " + detail), output);
        record(name, heap, output);
    }

    private static void record(String name, String heap, String output) throws IOException {
        List<String> figures = new ArrayList<>();
        for (String key : List.of("RESULT", "SECONDS", "PEAK_HEAP_MB", "FILE_MB")) {
            figures.add(output.lines().filter(line -> line.startsWith(key + " ")).findFirst()
                    .map(line -> line.substring(key.length() + 1)).orElse("?"));
        }
        Files.createDirectories(REPORT.getParent());
        if (!Files.exists(REPORT)) {
            Files.writeString(REPORT, "# Heavy import cases, each in a forked JVM\n\n"
                    + "| case | -Xmx | result | seconds | peak heap MB (sum of the heap pools' peaks) | file MB |\n"
                    + "|---|---|---|---|---|---|\n");
        }
        Files.writeString(REPORT, "| " + name + " | " + heap + " | " + String.join(" | ", figures) + " |\n",
                StandardOpenOption.APPEND);
    }
}
