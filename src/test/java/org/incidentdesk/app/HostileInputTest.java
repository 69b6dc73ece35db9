package org.incidentdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.incidentdesk.cli.RootCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The faults the hostile test of issue 19 found in the command line, one test each: each bad input exits 2 with
 * one clear line naming what is wrong (never 1 with Java's or SQL's words), and nothing is written.
 */
class HostileInputTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T01:00:00Z"), ZoneOffset.UTC);
    private static final String GOOD_START = "plan: college\nstart: 2026-03-02T09:00:00+08:00\nsteps:\n";

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.resolve("office").toString()));
        all.addAll(List.of(args));
        int exit = RootCommand.commandLine(new TempDirCliEnvironment(dir.resolve("office"), CLOCK),
                new PrintWriter(out, true), new PrintWriter(err, true)).execute(all.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    /** Exit 2, one line or two, in the user's language, without Java's exception names or control characters. */
    private static void refusedClearly(Run run, String expectedPart) {
        assertEquals(2, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains(expectedPart), run.err());
        assertFalse(run.err().matches("(?s).*(Exception|java\\.|SQL|\\tat ).*"), run.err());
        assertTrue(run.err().chars().noneMatch(c -> c < 0x20 && c != '\n'), run.err());
    }

    private Run newIncident(String title, String... more) {
        List<String> args = new ArrayList<>(List.of("--lang", "en", "incident", "new", "--title", title,
                "--category", "inquiry"));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    private Path scenario(String text) throws IOException {
        Path file = dir.resolve("scenario.yaml");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private int incidents() {
        return (int) run("incident", "list", "--json").out().chars().filter(c -> c == '{').count();
    }

    @Test
    void aDiscoveryTimeWithAMinusBeforeTheYearIsRefused() {
        refusedClearly(newIncident("网传停水", "--discovered", "-2026-01-01T00:00Z"), "before 1970");
    }

    @Test
    void controlCharactersInATitleAScopeAndTheOfficeNameAreRefused() {
        refusedClearly(newIncident("\u001b[2J网传停水"), "U+001B");
        assertEquals(0, newIncident("网传停水").exit());
        refusedClearly(run("--lang", "en", "warning", "issue", "--incident", "2026-001", "--level", "较大",
                "--scope", "全县\u0007中小学校", "--reason", "值班会商"), "U+0007");
        refusedClearly(run("--lang", "en", "report", "office", "--name", "县网信办\u001b]0;x\u0007"), "U+001B");
    }

    @Test
    void titlesThatWouldPrintAsBoxesOrReversedAreRefusedWithWhy() {
        refusedClearly(newIncident("网传\u202E停水"), "U+202E");
        refusedClearly(newIncident("\u200B\u200B"), "U+200B");
        refusedClearly(newIncident("网传停水🔥"), "U+1F525");
    }

    @Test
    void aTitleIsCountedInCharactersNotUtf16Units() {
        Run yes = newIncident("𠮷".repeat(200));
        assertEquals(0, yes.exit(), yes.err());
        refusedClearly(newIncident("𠮷".repeat(201)), "200");
    }

    @Test
    void anOutputUnderAMissingFolderOrNamingAFolderIsRefusedBeforeAnyWork() throws IOException {
        refusedClearly(run("--lang", "en", "report", "roster", "--out", dir.resolve("missing/r.pdf").toString()),
                "does not exist");
        refusedClearly(run("--lang", "en", "roster", "export", dir.resolve("missing/r.csv").toString()),
                "does not exist");
        Path json = Files.createDirectories(dir.resolve("a-folder"));
        Run drill = run("--lang", "en", "drill", "run", Path.of("assets", "drills", "college.yaml").toString(),
                "--json", json.toString());
        refusedClearly(drill, "it is a folder");
        assertEquals("", drill.out(), "refused before the run, not after it");
    }

    @Test
    void drillTimesBeyondWhatTimeCanHoldAreRefused() throws IOException {
        refusedClearly(run("--lang", "en", "drill", "run", scenario(GOOD_START
                + "  - at: P99999999D\n    new-incident: {ref: A, title: 演练, category: inquiry}\n").toString()),
                "P99999999D");
        refusedClearly(run("--lang", "en", "drill", "run", scenario(GOOD_START.replace("2026-03-02", "+999999999-03-02")
                + "  - at: PT0M\n    new-incident: {ref: A, title: 演练, category: inquiry}\n").toString()),
                "1970 to 9999");
    }

    @Test
    void aDrillWithADuplicateKeyIsRefusedNamingIt() throws IOException {
        refusedClearly(run("--lang", "en", "drill", "run", scenario(GOOD_START
                + "  - at: PT0M\n    new-incident: {ref: A, title: 一, title: 二, category: inquiry}\n").toString()),
                "\"title\" appears twice");
        refusedClearly(run("--lang", "en", "drill", "run", scenario("plan: college\nplan: school\n"
                + "start: 2026-03-02T09:00:00+08:00\nsteps: []\n").toString()), "\"plan\" appears twice");
    }

    @Test
    void aDrillWithAControlCharacterIsRefused() throws IOException {
        refusedClearly(run("--lang", "en", "drill", "run", scenario(GOOD_START
                + "  - at: PT0M\n    new-incident: {ref: \"A\\e[31m\", title: 演练, category: inquiry}\n").toString()),
                "U+001B");
    }

    @Test
    void aDrillFileOverTheSizeLimitOrWithOneHugeValueIsRefusedUnparsed() throws IOException {
        String huge = "x".repeat(300 * 1024);
        refusedClearly(run("--lang", "en", "drill", "run", scenario(GOOD_START
                + "  - at: PT0M\n    new-incident: {ref: A, title: " + huge + ", category: inquiry}\n").toString()),
                "larger than the limit of 256 KB");
        String long_ = "x".repeat(100 * 1024);
        refusedClearly(run("--lang", "en", "drill", "run", scenario(GOOD_START
                + "  - at: PT0M\n    new-incident: {ref: A, title: " + long_ + ", category: inquiry}\n").toString()),
                "Line 5 is longer than 4000 characters");
    }
}
