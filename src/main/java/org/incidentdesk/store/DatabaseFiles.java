package org.incidentdesk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The embedded database as a file: a consistent copy of the open database, what a copy holds, and whether a
 * running program holds the file. Backups and restores work on these copies, never on the live file.
 */
public final class DatabaseFiles {
    /** The file H2 keeps the embedded database in, inside the data directory. */
    public static final String FILE_NAME = Database.EMBEDDED_FILE_NAME + ".mv.db";

    private DatabaseFiles() {
    }

    /** The embedded database's file in {@code dataDir}. */
    public static Path fileIn(Path dataDir) {
        return dataDir.toAbsolutePath().resolve(FILE_NAME);
    }

    /**
     * Writes a transactionally consistent copy of {@code database}'s file to {@code target}, while others keep
     * working. H2's {@code BACKUP TO} is chosen over {@code SCRIPT}: it copies the MVStore file itself with space
     * reuse paused, so the copy is the committed state at one instant (MVStore only appends while it runs), it
     * takes no table locks, it is as fast as a file copy, the copy is the same file format (restoring is putting
     * the file back, no SQL replay that could fail half-way), and a database encrypted with a file password stays
     * encrypted in the copy. SCRIPT would write every row as plain SQL text.
     */
    static void copyOpenDatabase(Connection connection, Path target) {
        try {
            Path zip = Files.createTempFile(target.toAbsolutePath().getParent(), "h2-backup-", ".zip");
            try {
                Files.delete(zip); // H2 writes the zip itself and refuses nothing, but starts from no file
                try (Statement s = connection.createStatement()) {
                    s.execute("BACKUP TO '" + zip.toString().replace("'", "''") + "'");
                }
                extractDatabaseEntry(zip, target);
            } finally {
                Files.deleteIfExists(zip);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the database could not be copied: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("the database copy could not be written to " + target, e);
        }
    }

    private static void extractDatabaseEntry(Path zip, Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().endsWith(".mv.db")) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    return;
                }
            }
        }
        throw new IOException("H2 wrote no database file into " + zip);
    }

    /**
     * Opens the database file {@code file} (a scratch copy: opening writes to it) without migrating it and reads
     * its schema version and the rows of each table. Fails when the file is not a database that opens.
     */
    public static DatabaseContents inspect(Path file) {
        return inspect(file, DatabaseKey.NONE);
    }

    /**
     * As {@link #inspect(Path)}, for a file encrypted with {@code key}; a wrong key is refused as a
     * {@link DatabaseUnavailableException} of reason {@link DatabaseUnavailableException.Reason#WRONG_KEY}.
     */
    public static DatabaseContents inspect(Path file, DatabaseKey key) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".mv.db")) {
            throw new IllegalArgumentException("not an H2 database file: " + file);
        }
        Path base = file.toAbsolutePath().resolveSibling(name.substring(0, name.length() - ".mv.db".length()));
        H2CrashRepair.repairIfUnclean(file, key.isEncrypted() ? key.filePassword() : null); // a copy of an open database is not closed cleanly
        String url = Database.fileUrl(base, key) + ";IFEXISTS=TRUE";
        try (Connection c = DriverManager.getConnection(url, DatabaseKey.USER, key.jdbcPassword())) {
            List<String> tables = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"
                            + " AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            try (Statement s = c.createStatement()) {
                for (String table : tables) {
                    try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
                        rs.next();
                        counts.put(table, rs.getLong(1));
                    }
                }
            }
            String version = "";
            if (tables.contains("flyway_schema_history")) {
                version = newestMigration(c);
            }
            try (Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
            return DatabaseContents.of(version, counts);
        } catch (SQLException e) {
            DatabaseUnavailableException unavailable = DatabaseUnavailableException.wrap(file.toString(), e);
            if (unavailable.reason() == DatabaseUnavailableException.Reason.WRONG_KEY) {
                throw unavailable;
            }
            throw new IllegalStateException("the database file " + file + " does not open: " + e.getMessage(), e);
        }
    }

    private static String newestMigration(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL"
                        + " ORDER BY \"installed_rank\" DESC LIMIT 1")) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    /**
     * True when a running program (the window, a command) holds the database file in {@code dataDir}: H2 locks
     * the file it has open, so a second process cannot take the lock.
     */
    public static boolean isHeld(Path dataDir) {
        Path file = fileIn(dataDir);
        if (!Files.exists(file)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // held in this very process
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check whether " + file + " is in use", e);
        }
    }
}
