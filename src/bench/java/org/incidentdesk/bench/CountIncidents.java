package org.incidentdesk.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The command line's floor: the least a Java program can do to answer from the office's database — start the JVM,
 * open the same H2 file and count the incidents. Run with only the H2 jar and this class on the class path.
 */
public final class CountIncidents {
    private CountIncidents() {
    }

    public static void main(String[] args) throws Exception {
        String url = "jdbc:h2:file:" + java.nio.file.Path.of(args[0]).toAbsolutePath().resolve("incidentdesk");
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM incident")) {
            r.next();
            System.out.println(r.getLong(1));
        }
    }
}
