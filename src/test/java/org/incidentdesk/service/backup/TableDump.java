package org.incidentdesk.service.backup;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.incidentdesk.store.Database;
import org.incidentdesk.store.DatabaseKey;

/**
 * Every row of every table of a closed embedded database, as text, ordered by all columns: two dumps are equal
 * exactly when the databases hold the same rows. Read with plain JDBC, not the program's own queries.
 */
final class TableDump {
    private TableDump() {
    }

    /** Table name → its rows, each row its columns' values as text. */
    static Map<String, List<String>> of(Path databaseFile) {
        return of(databaseFile, DatabaseKey.NONE);
    }

    /** As {@link #of(Path)}, for a database encrypted with {@code key}, logging in as H2's own tools would. */
    static Map<String, List<String>> of(Path databaseFile, DatabaseKey key) {
        String name = databaseFile.toAbsolutePath().toString();
        String base = name.substring(0, name.length() - ".mv.db".length());
        Map<String, List<String>> tables = new TreeMap<>();
        String[] login = Database.embeddedLogin(key);
        String url = "jdbc:h2:file:" + base + ";IFEXISTS=TRUE" + (key.isEncrypted() ? ";CIPHER=AES" : "");
        try (Connection c = DriverManager.getConnection(url, login[0], login[1])) {
            List<String> names = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM"
                    + " INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String table : names) {
                List<String> rows = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        Object[] values = new Object[columns];
                        for (int i = 0; i < columns; i++) {
                            Object v = rs.getObject(i + 1);
                            values[i] = v instanceof byte[] bytes ? Arrays.toString(bytes) : v;
                        }
                        rows.add(Arrays.deepToString(values));
                    }
                }
                rows.sort(null);
                tables.put(table, rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return tables;
    }
}
