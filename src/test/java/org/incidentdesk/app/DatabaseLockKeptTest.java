package org.incidentdesk.app;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.ZoneId;
import org.incidentdesk.store.DatabaseFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The open database keeps its lock while the data directory is made private. Changing a file's permissions
 * through a descriptor (as the no-follow attribute view does) and closing it drops every POSIX lock the process
 * holds on that file: a new office's database, tightened right after H2 created it, lost H2's lock, and a second
 * process then opened the same file beside the window. Read from the kernel's lock table, so Linux only.
 */
class DatabaseLockKeptTest {
    private static final Path LOCKS = Path.of("/proc/locks");

    @TempDir
    Path dataDir;

    @Test
    void aNewOfficeStillHoldsItsDatabaseLockOnceItsFilesAreMadePrivate() throws Exception {
        assumeTrue(Files.isReadable(LOCKS), "no /proc/locks: the kernel's lock table cannot be read here");
        try (AppContext context = AppContext.openEmbedded(dataDir, Clock.systemUTC(), ZoneId.of("Asia/Shanghai"))) {
            Path file = DatabaseFiles.fileIn(dataDir);
            assertTrue(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)).equals("rw-------"),
                    "the file was tightened (the step that dropped the lock)");
            long inode = (Long) Files.getAttribute(file, "unix:ino");
            long pid = ProcessHandle.current().pid();
            assertTrue(Files.readAllLines(LOCKS).stream().anyMatch(line -> line.contains("POSIX")
                            && line.contains(" " + pid + " ") && line.contains(":" + inode + " ")),
                    "this process holds no lock on " + file + " (inode " + inode + ")");
        }
    }
}
