package org.incidentdesk.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * A table's row count and a SHA-256 over its rows that two databases compute alike: each row is hashed over its
 * columns' canonical texts (length-prefixed, in the target's column order), and the table's hash is the SHA-256
 * of its rows' hashes sorted. Sorting the hashes instead of the rows makes it independent of how each database
 * orders text (H2 and PostgreSQL collate differently), while a changed, missing or extra row still changes it.
 */
record TableDigest(long rows, String hash) {
    private static final int FETCH = 1_000;

    static TableDigest of(Connection c, String table, List<ColumnValues.Column> columns) throws SQLException {
        String names = ColumnValues.names(columns);
        List<byte[]> rowHashes = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            s.setFetchSize(FETCH);
            try (ResultSet r = s.executeQuery("SELECT " + names + " FROM " + table)) {
                while (r.next()) {
                    MessageDigest row = sha256();
                    for (int i = 0; i < columns.size(); i++) {
                        ColumnValues.Column column = columns.get(i);
                        byte[] text = column.canonical(column.read(r, i + 1)).getBytes(StandardCharsets.UTF_8);
                        row.update(Integer.toString(text.length).getBytes(StandardCharsets.US_ASCII));
                        row.update((byte) ':');
                        row.update(text);
                    }
                    rowHashes.add(row.digest());
                }
            }
        }
        rowHashes.sort(Arrays::compareUnsigned);
        MessageDigest all = sha256();
        rowHashes.forEach(all::update);
        return new TableDigest(rowHashes.size(), HexFormat.of().formatHex(all.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
