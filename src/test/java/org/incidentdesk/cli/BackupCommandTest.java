package org.incidentdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code incidentdesk backup} and {@code incidentdesk restore} as a script sees them: exit codes and messages. */
class BackupCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T01:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void backupThenRestoreFromTheCommandLineNamesTheKeptAsideDatabase() throws IOException {
        Path data = dir.resolve("office");
        Path out = dir.resolve("today.idbackup");
        assertEquals(0, CliRun.of(data, CLOCK, "incident", "new", "--title", "网传停水", "--category", "inquiry").exit());
        CliRun backup = CliRun.of(data, CLOCK, "backup", "--out", out.toString());
        assertEquals(0, backup.exit(), backup.err());
        assertTrue(backup.out().contains(out.toString()), backup.out());
        assertTrue(Files.isRegularFile(out) && Files.isRegularFile(dir.resolve("today.idbackup.sha256")));
        assertEquals(0, CliRun.of(data, CLOCK, "incident", "new", "--title", "备份后", "--category", "inquiry").exit());

        CliRun restore = CliRun.of(data, CLOCK, "--lang", "en", "restore", out.toString());

        assertEquals(0, restore.exit(), restore.err());
        String kept = restore.out().lines().filter(l -> l.startsWith("The database it replaced is kept as "))
                .findFirst().orElseThrow().substring("The database it replaced is kept as ".length()).split(" \\(")[0];
        assertTrue(Files.isRegularFile(Path.of(kept)), kept);
        CliRun list = CliRun.of(data, CLOCK, "incident", "list");
        assertTrue(list.out().contains("网传停水") && !list.out().contains("备份后"), list.out());
    }

    @Test
    void aDamagedBackupAndAnOutputUnderAMissingFolderExitTwoWithOneClearLine() throws IOException {
        Path data = dir.resolve("office");
        Path out = dir.resolve("b.idbackup");
        assertEquals(0, CliRun.of(data, CLOCK, "backup", "--out", out.toString()).exit());
        byte[] bytes = Files.readAllBytes(out);
        bytes[bytes.length / 2] ^= 0x10;
        Files.write(out, bytes);

        CliRun restore = CliRun.of(data, CLOCK, "restore", out.toString());
        assertEquals(2, restore.exit());
        assertEquals(1, restore.errLines().size(), restore.err());
        assertTrue(restore.err().contains("b.idbackup") && restore.err().contains("当前数据未改动"), restore.err());

        CliRun missing = CliRun.of(data, CLOCK, "--lang", "en", "backup", "--out", dir.resolve("no/such/x.idbackup").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().startsWith("Cannot write ") && missing.err().contains("does not exist"),
                missing.err());
        CliRun folder = CliRun.of(data, CLOCK, "--lang", "en", "backup", "--out", dir.toString());
        assertEquals(2, folder.exit());
        assertTrue(folder.err().contains("it is a folder"), folder.err());
    }
}
