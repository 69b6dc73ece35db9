package org.incidentdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a SIGKILL leaves is the file as H2 had written it at that instant: a copy of the file taken while H2 has it
 * open is exactly that. Every commit must be in such a copy once it is opened the way the program opens a file.
 */
class H2CrashRepairTest {
    private static final int COMMITS = 120;

    @TempDir
    Path dir;

    @Test
    void aFileCopiedRightAfterEachCommitOpensWithThatCommit() throws SQLException, IOException {
        assertEquals(List.of(), commitsMissingFromCopies("", "", null),
                "commits missing from the file as a kill right after them leaves it");
    }

    @Test
    void soDoesAnEncryptedFile() throws SQLException, IOException {
        assertEquals(List.of(), commitsMissingFromCopies(";CIPHER=AES", "0123abcd ", "0123abcd".toCharArray()),
                "commits missing from the encrypted file as a kill right after them leaves it");
    }

    /** Commits rows one by one; after each, copies the open file and opens the copy as the program would. */
    private List<Integer> commitsMissingFromCopies(String cipher, String password, char[] filePassword)
            throws SQLException, IOException {
        Path live = dir.resolve("live");
        List<Integer> missing = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(Database.fileUrl(live) + cipher, "sa", password);
             Statement s = c.createStatement()) {
            // freed space is reused at once (H2 keeps it 45 s by default), so new chunks land in the middle of the
            // file within a short test, as they do in a long-running office
            s.execute("SET RETENTION_TIME 0");
            s.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, pad VARCHAR(4000))");
            for (int i = 1; i <= COMMITS; i++) {
                s.execute("INSERT INTO t VALUES (" + i + ", REPEAT('x', " + (i * 997 % 4000) + "))");
                if (i % 3 == 0) {
                    s.execute("UPDATE t SET pad = REPEAT('y', " + (i * 389 % 4000) + ") WHERE id < " + i / 2);
                }
                Path copy = dir.resolve("after-" + i + ".mv.db");
                Files.copy(dir.resolve("live.mv.db"), copy);
                H2CrashRepair.repairIfUnclean(copy, filePassword);
                if (!hasRow(copy, cipher, password, i)) {
                    missing.add(i);
                }
                Files.delete(copy);
            }
        }
        return missing;
    }

    @Test
    void aCleanlyClosedFileIsLeftAsItIs() throws IOException {
        try (Database database = Database.openEmbedded(dir)) {
            new Store(database, e -> { }).inTransaction(s -> null);
        }
        Path file = DatabaseFiles.fileIn(dir);
        assertTrue(H2CrashRepair.closedCleanly(file));
        long modified = Files.getLastModifiedTime(file).toMillis();
        assertFalse(H2CrashRepair.repairIfUnclean(file));
        assertEquals(modified, Files.getLastModifiedTime(file).toMillis());
    }

    private static boolean hasRow(Path copy, String cipher, String password, int id) throws SQLException {
        String name = copy.getFileName().toString();
        Path base = copy.resolveSibling(name.substring(0, name.length() - ".mv.db".length()));
        try (Connection c = DriverManager.getConnection(Database.fileUrl(base) + cipher + ";IFEXISTS=TRUE", "sa",
                password);
             PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM t WHERE id = ?")) {
            q.setInt(1, id);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getInt(1) == 1;
            }
        }
    }
}
