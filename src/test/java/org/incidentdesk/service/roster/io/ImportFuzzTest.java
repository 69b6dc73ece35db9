package org.incidentdesk.service.roster.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.domain.roster.Roster;
import org.incidentdesk.domain.roster.UnitKind;
import org.incidentdesk.service.importing.MalformedFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of generated roster files, good and malformed ({@link MalformedFiles}, fixed seed), through the real
 * import. Each must be either refused with messages a clerk can read (exit-2 style: a known message in both
 * languages, no control characters, short) or accepted; nothing may be written by a preview (a dry run) or after
 * a refusal; an accepted file, once imported, must export as CSV and as XLSX so that importing either changes
 * nothing; no other exception may escape. The figures go to {@code target/fuzz/import-fuzz.md}. The heavy cases
 * (zip bombs of hundreds of MB, a 3 GiB file, 100,000 rows) run in a small forked JVM: {@code ImportMemoryTest}.
 */
class ImportFuzzTest {
    static final long SEED = 20_261_201L;
    static final int CASES = 2_400;
    /** A new database after this many imports keeps the roster, and so each export, small. */
    private static final int IMPORTS_PER_DATABASE = 40;
    private static final int MAX_MESSAGE_LENGTH = 600;
    private static final Messages CHINESE = new Messages(Locale.CHINA);
    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    @TempDir
    Path dir;

    private final Map<String, int[]> byCategory = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private int refusals;
    private int acceptances;
    private int partialWrites;
    private int uncaught;
    private int roundTripChanges;
    private int unreadableMessages;
    private long largestHeap;

    @Test
    void everyGeneratedFileIsRefusedCleanlyOrImportedAndRoundTrips() throws IOException {
        List<MalformedFiles.Case> cases = MalformedFiles.generate(SEED, CASES);
        long started = System.nanoTime();
        long cpuStarted = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        RosterIoFixture fx = null;
        int imports = 0;
        try {
            for (MalformedFiles.Case c : cases) {
                if (fx == null || imports == IMPORTS_PER_DATABASE) {
                    if (fx != null) {
                        fx.close();
                    }
                    fx = freshRoster();
                    imports = 0;
                }
                if (run(fx, c)) {
                    imports++;
                }
                largestHeap = Math.max(largestHeap, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            }
        } finally {
            if (fx != null) {
                fx.close();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStarted) / 1e9;
        String report = report(cases.size(), seconds, cpuSeconds);
        System.out.println(report);
        Path out = Path.of("target", "fuzz");
        Files.createDirectories(out);
        Files.writeString(out.resolve("import-fuzz.md"), report);

        assertTrue(cases.size() >= 2_000);
        assertEquals(cases.size(), refusals + acceptances + uncaught, report);
        assertEquals(List.of(), failures, report);
        assertEquals(0, uncaught, report);
        assertEquals(0, partialWrites, report);
        assertEquals(0, roundTripChanges, report);
        assertEquals(0, unreadableMessages, report);
        assertTrue(refusals > 0 && acceptances > 0, report);
    }

    private RosterIoFixture freshRoster() {
        RosterIoFixture fx = new RosterIoFixture(dir);
        OrgUnit command = fx.unit("县应急指挥部", UnitKind.COMMAND, null);
        fx.unit("县水务局", UnitKind.MEMBER_UNIT, command);
        fx.unit("县网信办", UnitKind.OFFICE, command);
        return fx;
    }

    /** Runs one case; true when it was imported. */
    private boolean run(RosterIoFixture fx, MalformedFiles.Case c) throws IOException {
        int[] counts = byCategory.computeIfAbsent(c.category(), k -> new int[2]);
        Path file = fx.write(c.fileName(), c.bytes());
        Roster before = fx.load();
        try {
            ImportPreview preview = fx.importer.preview(file);
            checkUnchanged(fx, before, c, "after the preview (a dry run)");
            if (preview.hasProblems()) {
                refusals++;
                counts[0]++;
                preview.problems().forEach(p -> checkMessage(c, p.violation()));
                try {
                    fx.importer.apply(preview);
                    failures.add(c.number() + " " + c.category() + ": a preview with problems was applied");
                } catch (ValidationException expected) {
                    checkUnchanged(fx, before, c, "after refusing to apply");
                }
                return false;
            }
            fx.importer.apply(preview);
            acceptances++;
            counts[1]++;
            checkRoundTrip(fx, c);
            return true;
        } catch (RosterFileException refused) {
            refusals++;
            counts[0]++;
            checkMessage(c, refused.messageKey(), refused.args());
            checkUnchanged(fx, before, c, "after refusing the file");
            return false;
        } catch (RuntimeException | AssertionError e) {
            uncaught++;
            failures.add(c.number() + " " + c.category() + ": " + e);
            return false;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private void checkUnchanged(RosterIoFixture fx, Roster before, MalformedFiles.Case c, String when) {
        if (!before.equals(fx.load())) {
            partialWrites++;
            failures.add(c.number() + " " + c.category() + ": the roster changed " + when);
        }
    }

    private void checkRoundTrip(RosterIoFixture fx, MalformedFiles.Case c) {
        for (String name : List.of("export-" + c.number() + ".csv", "export-" + c.number() + ".xlsx")) {
            Path exported = dir.resolve(name);
            fx.exporter.export(exported);
            ImportPreview again = fx.importer.preview(exported);
            boolean unchanged = !again.hasProblems()
                    && again.rows().stream().allMatch(row -> row.action() == RowAction.UNCHANGED);
            if (!unchanged) {
                roundTripChanges++;
                failures.add(c.number() + " " + c.category() + ": re-importing " + name + " changes "
                        + again.rows().stream().filter(r -> r.hasProblems() || r.action() != RowAction.UNCHANGED)
                        .limit(3).toList());
            }
            try {
                Files.deleteIfExists(exported);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private void checkMessage(MalformedFiles.Case c, Violation violation) {
        for (Messages messages : List.of(CHINESE, ENGLISH)) {
            checkText(c, violation.messageKey(), messages, messages.describe(violation));
        }
    }

    private void checkMessage(MalformedFiles.Case c, String key, Object[] args) {
        for (Messages messages : List.of(CHINESE, ENGLISH)) {
            checkText(c, key, messages, messages.get(key, args));
        }
    }

    private void checkText(MalformedFiles.Case c, String key, Messages messages, String text) {
        boolean readable = messages.has(key) && !text.isBlank() && text.length() <= MAX_MESSAGE_LENGTH
                && text.chars().noneMatch(Character::isISOControl);
        if (!readable) {
            unreadableMessages++;
            failures.add(c.number() + " " + c.category() + ": message " + key + " not fit to show: "
                    + text.substring(0, Math.min(text.length(), 120)).replaceAll("\\p{Cntrl}", "?"));
        }
    }

    private String report(int cases, double seconds, double cpuSeconds) {
        StringBuilder md = new StringBuilder();
        md.append("# Import fuzz run\n\n");
        md.append("Seed ").append(SEED).append(", ").append(cases).append(" generated roster files (`ImportFuzzTest`, `MalformedFiles`), ")
                .append(String.format(Locale.ROOT, "%.1f s in-process (%.1f s of CPU time on the test thread; the wall time "
                        + "depends on what else the machine runs).%n%n", seconds, cpuSeconds));
        md.append("| figure | value |\n|---|---|\n");
        md.append("| cases | ").append(cases).append(" |\n");
        md.append("| refused (file refused or row problems; exit 2) | ").append(refusals).append(" |\n");
        md.append("| accepted (imported, then CSV and XLSX export re-imported unchanged) | ").append(acceptances).append(" |\n");
        md.append("| partial writes (roster changed by a preview or after a refusal) | ").append(partialWrites).append(" |\n");
        md.append("| round trips that changed something | ").append(roundTripChanges).append(" |\n");
        md.append("| messages not fit to show (unknown key, control characters, over ")
                .append(MAX_MESSAGE_LENGTH).append(" characters) | ").append(unreadableMessages).append(" |\n");
        md.append("| uncaught exceptions | ").append(uncaught).append(" |\n");
        md.append("| largest heap used, sampled after each case (shared test JVM, -Xmx1g) | ")
                .append(largestHeap >> 20).append(" MB |\n\n");
        md.append("| category | refused | accepted |\n|---|---|---|\n");
        byCategory.forEach((category, counts) -> md.append("| ").append(category).append(" | ").append(counts[0])
                .append(" | ").append(counts[1]).append(" |\n"));
        if (!failures.isEmpty()) {
            md.append("\n## Failures\n\n");
            failures.stream().limit(50).forEach(f -> md.append("- ").append(f).append('\n'));
        }
        return md.toString();
    }
}
