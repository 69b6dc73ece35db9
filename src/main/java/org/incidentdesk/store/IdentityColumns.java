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

    /** An identity column: its table and name. */
    record Identity(String table, String column) {
        /** {@code setval(…)} of its sequence: {@code next} is the value the next insert takes. */
        String setNext(String next) {
            return "setval(pg_get_serial_sequence('" + table + "', '" + column + "'), " + next + ", false)";
        }
    }

    /** The identity columns of the current schema. */
    static List<Identity> of(Connection c) throws SQLException {
        List<Identity> identities = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT table_name, column_name FROM "
                + "information_schema.columns WHERE table_schema = current_schema AND is_identity = 'YES'")) {
            while (r.next()) {
                identities.add(new Identity(r.getString(1), r.getString(2)));
            }
        }
        return identities;
    }

    static void continueAfterCopiedRows(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (Identity identity : of(c)) {
                // the next value is max + 1, and 1 for an empty table
                s.execute("SELECT " + identity.setNext("COALESCE(MAX(" + identity.column() + "), 0) + 1") + " FROM "
                        + identity.table());
            }
        }
    }
}
