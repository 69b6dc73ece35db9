package org.incidentdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.incidentdesk.cli.Caller;
import org.incidentdesk.cli.RootCommand;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.incident.IncidentFacts;
import org.incidentdesk.domain.incident.Intake;
import org.incidentdesk.service.importing.ImportRefusal;
import org.incidentdesk.service.importing.MalformedFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fuzz test of the import layer ({@code ImportFuzzTest}) extended to every input added since: the command
 * line's arguments, drill scenarios, metrics CSV files and evidence files. The same invariants: every input is
 * either accepted or refused with a message a clerk can read (exit 2 on the command line, never 1 with Java's or
 * SQL's words, no control character, no stack trace), and a refusal leaves the data as it was. Fixed seeds; the
 * figures go to {@code target/fuzz/input-fuzz.md}.
 */
class InputFuzzTest {
    private static final long SEED = 20_261_207L;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T01:00:00Z"), ZoneOffset.UTC);
    private static final int CLI_CASES = 400;
    private static final int DRILL_CASES = 30;

    @TempDir
    Path dir;

    private AppContext context;
    private final List<String> failures = new ArrayList<>();
    private final StringBuilder figures = new StringBuilder();

    @BeforeEach
    void open() {
        context = AppContext.openEmbedded(dir.resolve("office"), CLOCK, ZoneId.of("Asia/Shanghai"));
        context.incidents().intake(new Intake("网传城东小区停水", "inquiry", null, null, IncidentFacts.NONE));
    }

    @AfterEach
    void close() throws IOException {
        context.close();
        Path out = Path.of("target", "fuzz");
        Files.createDirectories(out);
        Files.writeString(out.resolve("input-fuzz.md"), figures.toString(), StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }

    private record Run(int exit, String out, String err) {
    }

    private Run run(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = RootCommand.commandLine(new WindowCliEnvironment(context, inTempFolder(), code -> { }),
                new PrintWriter(out, true),
                new PrintWriter(err, true)).execute(args.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    /**
     * A caller whose working directory is the test's own folder: a generated output path such as {@code --out II}
     * lands there, not in the folder the tests run from.
     */
    private Caller inTempFolder() {
        try {
            Path cwd = Files.createDirectories(dir.resolve("cwd"));
            return new Caller(cwd, Map.of(), InputStream.nullInputStream(), StandardCharsets.UTF_8, prompt -> null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the office holds, as the command line lists it: a refusal must leave it as it was. */
    private String state() {
        return run(List.of("incident", "list", "--json")).out() + run(List.of("warning", "list", "--json")).out();
    }

    @Test
    void everyGeneratedCommandLineExitsZeroOrTwoWithAClearMessageAndARefusalChangesNothing() throws IOException {
        Random random = new Random(SEED);
        CommandLines lines = new CommandLines(random, dir);
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < CLI_CASES; i++) {
            List<String> args = lines.next();
            String before = state();
            Run run = run(args);
            String problem = problem(run);
            if (problem != null) {
                failures.add(i + " " + show(args) + ": " + problem);
            } else if (run.exit() == 2) {
                refused++;
                if (!before.equals(state())) {
                    failures.add(i + " " + show(args) + ": refused (exit 2) but the data changed");
                }
            } else {
                accepted++;
            }
        }
        figures.append("## Command-line arguments\n\n").append(CLI_CASES).append(" generated command lines (seed ")
                .append(SEED).append("): ").append(accepted).append(" ran, ").append(refused)
                .append(" refused with exit 2, ").append(failures.size()).append(" faults\n\n");
        failures.forEach(f -> figures.append("- ").append(f).append('\n'));
        assertEquals(List.of(), failures);
        assertTrue(accepted > 0 && refused > 0, figures.toString());
    }

    @Test
    void everyMutatedDrillScenarioRunsOrIsRefusedWithExitTwo() throws IOException {
        Random random = new Random(SEED + 1);
        List<String> scenarios = new ArrayList<>();
        for (String plan : List.of("college", "school")) {
            scenarios.add(Files.readString(Path.of("assets", "drills", plan + ".yaml"), StandardCharsets.UTF_8));
        }
        int ran = 0;
        int refused = 0;
        for (int i = 0; i < DRILL_CASES; i++) {
            String text = DrillMutations.mutate(scenarios.get(random.nextInt(scenarios.size())), random);
            Path file = dir.resolve("drill-" + i + ".yaml");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            Run run = run(List.of("--lang", i % 2 == 0 ? "zh" : "en", "drill", "run", file.toString()));
            String problem = problem(run);
            if (problem != null) {
                failures.add(i + " " + DrillMutations.describe(text) + ": " + problem);
            } else if (run.exit() == 0) {
                ran++;
            } else {
                refused++;
            }
        }
        figures.append("## Drill scenarios\n\n").append(DRILL_CASES).append(" mutated scenarios: ").append(ran)
                .append(" ran, ").append(refused).append(" refused, ").append(failures.size()).append(" faults\n\n");
        failures.forEach(f -> figures.append("- ").append(f).append('\n'));
        assertEquals(List.of(), failures);
        assertTrue(refused > 0, figures.toString());
    }

    @Test
    void everyGeneratedMetricsFileAndEvidenceFileIsTakenOrRefusedCleanlyAndARefusalWritesNothing() throws IOException {
        long incident = context.incidents().list().getFirst().id();
        int metricsTaken = 0;
        int metricsRefused = 0;
        List<MalformedFiles.Case> cases = new ArrayList<>(MalformedFiles.generate(SEED + 2, 150));
        Random shaped = new Random(SEED + 4);
        for (int i = 0; i < 150; i++) {
            cases.add(new MalformedFiles.Case(1000 + i, "metrics-shaped", "m.csv", MetricsFiles.next(shaped)));
        }
        for (MalformedFiles.Case c : cases) {
            Path file = Files.write(dir.resolve("metrics-" + c.number() + ".csv"), c.bytes());
            String before = state();
            try {
                var preview = context.metricsImport().preview(file);
                if (preview.importable()) {
                    context.metricsImport().apply(incident, preview);
                    metricsTaken++;
                } else {
                    metricsRefused++;
                    if (!before.equals(state())) {
                        failures.add("metrics " + c.category() + ": a preview with problems changed the data");
                    }
                }
            } catch (ImportRefusal | ValidationException expected) {
                metricsRefused++;
                if (!before.equals(state())) {
                    failures.add("metrics " + c.category() + ": refused but the data changed");
                }
            } catch (RuntimeException e) {
                failures.add("metrics " + c.category() + ": " + e);
            }
        }
        int evidenceTaken = 0;
        int evidenceRefused = 0;
        Random random = new Random(SEED + 3);
        for (int i = 0; i < 60; i++) {
            Path file = EvidenceFiles.next(random, dir.resolve("evidence-" + i));
            String before = state();
            try (var stored = Files.list(context.dataDir())) {
                long storedBefore = stored.count();
                try {
                    context.evidence().attachFile(incident, file, EvidenceFiles.note(random));
                    evidenceTaken++;
                } catch (ImportRefusal | ValidationException expected) {
                    evidenceRefused++;
                    try (var after = Files.list(context.dataDir())) {
                        if (!before.equals(state()) || after.count() != storedBefore) {
                            failures.add("evidence " + file.getFileName() + ": refused but something was written");
                        }
                    }
                } catch (RuntimeException e) {
                    failures.add("evidence " + show(List.of(file.getFileName().toString())) + ": " + e);
                }
            }
        }
        figures.append("## Metrics and evidence files\n\n300 generated metrics files (150 malformed, 150 metrics-shaped): ").append(metricsTaken)
                .append(" taken, ").append(metricsRefused).append(" refused; 60 evidence files: ").append(evidenceTaken)
                .append(" taken, ").append(evidenceRefused).append(" refused; ").append(failures.size())
                .append(" faults\n\n");
        failures.forEach(f -> figures.append("- ").append(f).append('\n'));
        assertEquals(List.of(), failures);
        assertTrue(metricsRefused > 0 && metricsTaken > 0 && evidenceRefused > 0 && evidenceTaken > 0, figures.toString());
    }

    /** Why a run breaks the invariants, or null when it keeps them. */
    static String problem(Run run) {
        if (run.exit() != 0 && run.exit() != 2) {
            return "exit " + run.exit() + ": " + show(List.of(run.err()));
        }
        String err = run.err();
        if (err.contains("Exception") || err.contains("\tat ") || err.contains("SQL ") || err.contains("java.")) {
            return "Java's or SQL's words: " + show(List.of(err));
        }
        String all = run.out() + err;
        if (all.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t' || c == 0x202E)) {
            return "a control character in the output: " + show(List.of(all));
        }
        if (run.exit() == 2 && err.isBlank()) {
            return "refused without a word";
        }
        return null;
    }

    static String show(List<String> args) {
        String joined = String.join(" ", args);
        StringBuilder out = new StringBuilder();
        joined.codePoints().limit(160).forEach(cp -> {
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                out.append(String.format("\\u%04X", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
