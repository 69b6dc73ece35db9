package org.incidentdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.incidentdesk.cli.RootCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Disk full and read-only media (issue 19), on a small tmpfs: a write with no space left fails with a clear
 * message and leaves nothing half-written, and once space is freed the database takes the same write; a data
 * directory whose medium turned read-only refuses writes with a clear message. Mounting needs root (CI and the
 * sandbox builder run as root); elsewhere the test is skipped and says so.
 */
@Tag("slow")
class DiskFullTest {
    private static final int ROWS = 1500;

    @TempDir
    Path work;
    private Path mount;
    private boolean mounted;

    @BeforeEach
    void mountSmallDisk() throws Exception {
        mount = Files.createDirectories(work.resolve("small-disk"));
        mounted = run("mount", "-t", "tmpfs", "-o", "size=32m", "tmpfs", mount.toString()) == 0;
        assumeTrue(mounted, "skipped: mounting a 32 MB tmpfs needs root (mount -t tmpfs), not available here");
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            run("umount", "-l", mount.toString());
        }
    }

    @Test
    void aWriteWithNoSpaceLeftSaysSoLeavesNothingAndSucceedsOnceSpaceIsFreed() throws Exception {
        Path dataDir = mount.resolve("office");
        Cli first = cli(dataDir, "incident", "new", "--title", "磁盘满之前", "--category", "inquiry");
        assertEquals(0, first.exit(), first.err());
        String before = first.lastLine();
        Path roster = rosterFile();
        Path filler = fill(mount);

        Cli refused = cli(dataDir, "roster", "import", roster.toString());

        assertEquals(1, refused.exit(), refused.out() + refused.err());
        assertTrue(refused.err().contains("磁盘空间不足"), refused.err());
        Files.delete(filler);
        assertEquals(0, personsIn(dataDir), "nothing of the refused import was written");
        Cli again = cli(dataDir, "roster", "import", roster.toString());
        assertEquals(0, again.exit(), again.err());
        assertEquals(ROWS, personsIn(dataDir));
        Cli show = cli(dataDir, "incident", "show", before);
        assertEquals(0, show.exit(), "the incident saved before the disk filled is still there: " + show.err());
    }

    @Test
    void aReadOnlyMediumRefusesWritesWithAClearMessage() throws Exception {
        Path dataDir = mount.resolve("office");
        assertEquals(0, cli(dataDir, "incident", "new", "--title", "只读之前", "--category", "inquiry").exit());
        assertEquals(0, run("mount", "-o", "remount,ro", mount.toString()));

        Cli refused = cli(dataDir, "incident", "new", "--title", "只读之后", "--category", "inquiry");

        assertEquals(1, refused.exit(), refused.out() + refused.err());
        assertTrue(refused.err().contains("只读"), refused.err());
    }

    private record Cli(int exit, String out, String err) {
        String lastLine() {
            List<String> lines = out.strip().lines().toList();
            return lines.getLast();
        }
    }

    private static Cli cli(Path dataDir, String... command) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("--data-dir", dataDir.toString()),
                java.util.Arrays.stream(command)).toArray(String[]::new);
        int exit = RootCommand.commandLine(new TempDirCliEnvironment(dataDir, Clock.systemUTC()),
                new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Cli(exit, out.toString(), err.toString());
    }

    private int personsIn(Path dataDir) {
        try (AppContext context = AppContext.openEmbedded(dataDir, Clock.systemUTC(), AppEnvironment.OFFICE_ZONE)) {
            return (int) context.roster().load().people().stream()
                    .filter(p -> p.name().startsWith("满")).count();
        }
    }

    private Path rosterFile() throws IOException {
        StringBuilder csv = new StringBuilder("姓名,单位,手机,备注\r\n");
        String notes = "很长的备注".repeat(100);
        for (int i = 0; i < ROWS; i++) {
            csv.append("满").append((char) ('甲' + i % 200)).append((char) ('乙' + i / 200)).append(",磁盘测试单位,")
                    .append(13_800_000_000L + i).append(',').append(notes).append("\r\n");
        }
        return Files.writeString(work.resolve("roster.csv"), csv);
    }

    /** Fills the disk but for a few kilobytes. */
    private static Path fill(Path mount) throws IOException {
        Path filler = mount.resolve("filler");
        byte[] block = new byte[64 * 1024];
        try (var out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // the disk is full: what was written stays
        }
        return filler;
    }

    private static int run(String... command) throws IOException, InterruptedException {
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start().waitFor();
    }
}
