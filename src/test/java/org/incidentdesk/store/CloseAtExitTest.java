package org.incidentdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A program asked to stop (SIGTERM, as a desktop does when it logs out or shuts down) closes its database file, so
 * the next start opens it at once instead of scanning it whole; killed (SIGKILL), the file is left open, which
 * shows the check can fail.
 */
@Tag("embedded") // the embedded H2 file itself: left out of the PostgreSQL run
class CloseAtExitTest {
    @TempDir
    Path dir;

    /** The child: opens the database, commits a row, says so, and waits to be stopped. */
    public static void main(String[] args) throws Exception {
        Database database = Database.openEmbedded(Path.of(args[0]));
        database.dsl().execute("CREATE TABLE close_at_exit_probe (x INT)");
        database.dsl().execute("INSERT INTO close_at_exit_probe VALUES (1)");
        System.out.println("committed");
        Thread.sleep(Long.MAX_VALUE);
    }

    @Test
    void askedToStopTheProgramLeavesTheFileClosedCleanly() throws Exception {
        assertTrue(stopChild(false), "the file is marked clean after SIGTERM");
    }

    @Test
    void killedTheProgramLeavesTheFileOpen() throws Exception {
        assertFalse(stopChild(true), "a killed program cannot close its file");
    }

    /** Runs the child until it has committed, stops it, and says whether the file was closed cleanly. */
    private boolean stopChild(boolean kill) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CloseAtExitTest.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertEquals("committed", out.readLine(), "the child opened the database and committed");
            if (kill) {
                child.destroyForcibly();
            } else {
                child.destroy();
            }
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child stopped");
        } finally {
            child.destroyForcibly();
        }
        return H2CrashRepair.closedCleanly(DatabaseFiles.fileIn(dir));
    }
}
