package org.incidentdesk.store;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Whether a database already holds every migration this program carries, each applied successfully, so that opening
 * it can skip Flyway. Starting Flyway (its scanner, its parser, validating every script's checksum) took about a
 * second of a command's start-up — the largest part after the JVM itself — for nothing on every start but the first
 * after an update. Only versions are compared: an edited script (which Flyway's validation would refuse) is not
 * seen here, and a released script is never edited (db/migration/README.md). When anything is unknown (no history
 * table, a failed row, migrations that cannot be listed) the answer is no and Flyway runs as before.
 */
final class CurrentSchema {
    private static final Pattern SCRIPT = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.+\\.sql");

    private CurrentSchema() {
    }

    static boolean isCurrent(DataSource dataSource, DatabaseVendor vendor, List<JavaMigration> javaMigrations) {
        Optional<Set<String>> carried = carriedVersions(vendor, javaMigrations);
        if (carried.isEmpty()) {
            return false;
        }
        Set<String> applied = new HashSet<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            if (!hasHistory(s)) {
                return false; // a new database
            }
            try (ResultSet r = s.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\"")) {
                while (r.next()) {
                    if (!r.getBoolean(2)) {
                        return false;
                    }
                    if (r.getString(1) != null) {
                        applied.add(r.getString(1));
                    }
                }
            }
        } catch (SQLException e) {
            return false; // Flyway will say what is wrong
        }
        return applied.containsAll(carried.get());
    }

    /**
     * Asked first, so that a new database does not log a missing-table error (H2's trace file keeps those). In the
     * current schema only: a PostgreSQL server may hold other offices' (or tests') schemas.
     */
    private static boolean hasHistory(Statement s) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE TABLE_NAME = 'flyway_schema_history' AND TABLE_SCHEMA = CURRENT_SCHEMA")) {
            return r.next() && r.getInt(1) > 0;
        }
    }

    /**
     * The versions of the vendor's scripts on the class path (the common folder and its own) and of the Java
     * migrations, e.g. "11.1".
     */
    static Optional<Set<String>> carriedVersions(DatabaseVendor vendor, List<JavaMigration> javaMigrations) {
        Set<String> versions = new HashSet<>();
        javaMigrations.forEach(m -> versions.add(m.getVersion().getVersion()));
        try {
            List<String> names = new ArrayList<>();
            for (String location : vendor.migrationLocations()) {
                names.addAll(scriptNames(location));
            }
            if (names.isEmpty()) {
                return Optional.empty();
            }
            for (String name : names) {
                Matcher m = SCRIPT.matcher(name);
                if (m.matches()) {
                    versions.add(m.group(1).replace('_', '.'));
                }
            }
            return Optional.of(versions);
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static List<String> scriptNames(String location) throws IOException, URISyntaxException {
        URL url = CurrentSchema.class.getClassLoader().getResource(location);
        if (url == null) {
            return List.of();
        }
        if ("file".equals(url.getProtocol())) {
            try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                return files.map(p -> p.getFileName().toString()).toList();
            }
        }
        if ("jar".equals(url.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) url.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                return jar.stream().map(JarEntry::getName).filter(n -> n.startsWith(location + "/"))
                        .map(n -> n.substring(location.length() + 1)).filter(n -> !n.isEmpty() && !n.contains("/"))
                        .toList();
            }
        }
        return List.of();
    }
}
