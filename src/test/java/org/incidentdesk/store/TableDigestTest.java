package org.incidentdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The proof of {@code db copy}: a table's hash follows its rows, not the order a database returns them in. */
class TableDigestTest {
    @Test
    void theSameRowsInAnotherOrderHashAlikeAndAChangedValueDoesNot() throws Exception {
        try (Connection a = table("digest-a", "(1, '甲', TRUE), (2, '乙', NULL)");
             Connection b = table("digest-b", "(2, '乙', NULL), (1, '甲', TRUE)")) {
            List<ColumnValues.Column> columns = ColumnValues.columnsOf(a, "t");
            TableDigest first = TableDigest.of(a, "t", columns);
            assertEquals(2, first.rows());
            assertEquals(first, TableDigest.of(b, "t", columns));

            try (Statement s = b.createStatement()) {
                s.execute("UPDATE t SET flag = FALSE WHERE id = 1");
            }
            assertNotEquals(first.hash(), TableDigest.of(b, "t", columns).hash());
        }
    }

    @Test
    void aMissingValueIsNotAnEmptyText() throws Exception {
        try (Connection empty = table("digest-empty", "(1, '', NULL)");
             Connection missing = table("digest-null", "(1, NULL, NULL)")) {
            List<ColumnValues.Column> columns = ColumnValues.columnsOf(empty, "t");
            assertNotEquals(TableDigest.of(empty, "t", columns).hash(), TableDigest.of(missing, "t", columns).hash());
        }
    }

    private static Connection table(String name, String rows) throws Exception {
        Connection c = DriverManager.getConnection("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=0", "sa", "");
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (id BIGINT PRIMARY KEY, name VARCHAR(20), flag BOOLEAN)");
            s.execute("INSERT INTO t VALUES " + rows);
        }
        return c;
    }
}
