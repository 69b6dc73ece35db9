package org.incidentdesk.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * After rows were copied with their ids into a PostgreSQL database, sets each identity column's sequence past the
 * highest id, so the next row the program inserts gets a new one (PostgreSQL does not advance an identity's
 * sequence for ids given explicitly; H2 does).
 */
final class IdentityColumns {
    private IdentityColumns() {
    }

    static void continueAfterCopiedRows(Connection c) throws SQLException {
        List<String[]> identities = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT table_name, column_name FROM "
                + "information_schema.columns WHERE table_schema = current_schema AND is_identity = 'YES'")) {
            while (r.next()) {
                identities.add(new String[] {r.getString(1), r.getString(2)});
            }
        }
        try (Statement s = c.createStatement()) {
            for (String[] identity : identities) {
                String table = identity[0];
                String column = identity[1];
                // setval(seq, max + 1, false): the next value is max + 1, and 1 for an empty table
                s.execute("SELECT setval(pg_get_serial_sequence('" + table + "', '" + column + "'), "
                        + "COALESCE(MAX(" + column + "), 0) + 1, false) FROM " + table);
            }
        }
    }
}
