package org.incidentdesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * Prints a two-page document on a real CUPS queue whose device is cups-pdf and waits for the PDF it writes.
 * Skipped, saying why, where no CUPS scheduler runs or no cups-pdf queue exists (install cups, cups-bsd and
 * printer-driver-cups-pdf, start cupsd, add a queue with device {@code cups-pdf:/}).
 */
class PdfPrintingCupsTest {
    private static final List<Path> OUTPUT_DIRS = List.of(Path.of(System.getProperty("user.home"), "PDF"),
            Path.of("/var/spool/cups-pdf/ANONYMOUS"), Path.of("/root/PDF"));

    @Test
    void aDocumentPrintsOnACupsPdfQueueAtA4() throws Exception {
        assumeTrue(run("lpstat", "-r").orElse("").contains("scheduler is running"),
                "no CUPS scheduler is running on this machine");
        Optional<String> queue = run("lpstat", "-v").orElse("").lines().filter(l -> l.contains("cups-pdf:/"))
                .map(l -> l.replaceFirst("^device for ([^:]+):.*$", "$1")).findFirst();
        assumeTrue(queue.isPresent(), "CUPS runs but has no queue with the cups-pdf device");
        assumeTrue(PdfPrinting.printers().stream().anyMatch(p -> p.name().equals(queue.get())),
                "Java's print service lookup does not see the queue " + queue.get() + " (cups-bsd missing?)");

        OfficialDocument.Builder doc = OfficialDocument.builder(DocumentFormat.PLAIN).title("打印测试");
        for (int i = 0; i < 30; i++) {
            doc.add(Block.Paragraph.of("第" + (i + 1) + "段：用于检验打印到 CUPS 的 PDF 打印机，周堃、王赟、林㛃。"));
        }
        RenderedPdf pdf = new DocumentComposer(new FontLibrary(List.of())).compose(doc.build());
        assertTrue(pdf.pages() >= 2);
        Set<Path> before = pdfFiles();
        PdfPrinting.print(pdf.bytes(), queue.get(), "incidentdesk-print-test", 1, true);

        Path printed = waitForNewPdf(before, Duration.ofSeconds(90));
        try (PDDocument result = Loader.loadPDF(printed.toFile())) {
            assertEquals(pdf.pages(), result.getNumberOfPages(), "every page printed");
            float widthMm = Grid.toMm(result.getPage(0).getMediaBox().getWidth());
            float heightMm = Grid.toMm(result.getPage(0).getMediaBox().getHeight());
            assertEquals(210, widthMm, 1.5, "A4 width");
            assertEquals(297, heightMm, 1.5, "A4 height");
        }
    }

    private static Path waitForNewPdf(Set<Path> before, Duration limit) throws Exception {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            for (Path file : pdfFiles()) {
                if (!before.contains(file) && complete(file)) {
                    return file;
                }
            }
            Thread.sleep(200); // polling a spool folder: the condition is the file's arrival, bounded by the deadline
        }
        throw new AssertionError("cups-pdf wrote no PDF within " + limit.toSeconds() + " s in " + OUTPUT_DIRS);
    }

    /** The file is whole when it ends with the PDF trailer. */
    private static boolean complete(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String tail = new String(bytes, Math.max(0, bytes.length - 64), Math.min(64, bytes.length), StandardCharsets.ISO_8859_1);
            return tail.contains("%%EOF");
        } catch (IOException e) {
            return false;
        }
    }

    private static Set<Path> pdfFiles() throws IOException {
        Set<Path> files = new java.util.HashSet<>();
        for (Path dir : OUTPUT_DIRS) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> list = Files.list(dir)) {
                    files.addAll(list.filter(p -> p.toString().endsWith(".pdf")).collect(Collectors.toSet()));
                }
            }
        }
        return files;
    }

    private static Optional<String> run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            return Optional.of(out);
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
