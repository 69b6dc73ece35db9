package org.incidentdesk.service.backup;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.incidentdesk.store.DatabaseContents;

/**
 * What a backup holds, written into it beside the database file: when and why it was taken, by which program
 * version, the schema version and the rows of each table, and the SHA-256 and size of the database file. Restore
 * checks the file against it before anything is touched, and the rows again once the copy has opened.
 */
public record BackupManifest(Instant created, BackupReason reason, String programVersion, String databaseFile,
                             String databaseSha256, long databaseBytes, DatabaseContents contents) {
    private static final String FORMAT = "IncidentDesk backup 1";
    private static final String ROWS = "rows.";

    /** The schema version of the database in the backup. */
    public String schemaVersion() {
        return contents.schemaVersion();
    }

    /** How many tables the backup's database has. */
    public int tableCount() {
        return contents.rowCounts().size();
    }

    /** All rows of all tables of the backup's database. */
    public long totalRows() {
        return contents.totalRows();
    }

    /** The manifest as properties text, one key a line in a fixed order (the store's own comment left out). */
    String write() {
        Properties p = new Properties();
        p.setProperty("format", FORMAT);
        p.setProperty("created", created.toString());
        p.setProperty("reason", reason.tag());
        p.setProperty("programVersion", programVersion);
        p.setProperty("schemaVersion", contents.schemaVersion());
        p.setProperty("databaseFile", databaseFile);
        p.setProperty("databaseSha256", databaseSha256);
        p.setProperty("databaseBytes", Long.toString(databaseBytes));
        contents.rowCounts().forEach((table, rows) -> p.setProperty(ROWS + table, Long.toString(rows)));
        StringWriter out = new StringWriter();
        try {
            p.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().lines().filter(line -> !line.startsWith("#")).sorted()
                .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
    }

    /** Reads a manifest; throws {@link IllegalArgumentException} when it is not a whole one. */
    static BackupManifest read(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!FORMAT.equals(p.getProperty("format"))) {
            throw new IllegalArgumentException("not an IncidentDesk backup manifest");
        }
        Map<String, Long> rows = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith(ROWS)) {
                rows.put(key.substring(ROWS.length()), Long.parseLong(p.getProperty(key)));
            }
        }
        return new BackupManifest(Instant.parse(required(p, "created")), BackupReason.ofTag(required(p, "reason")),
                required(p, "programVersion"), required(p, "databaseFile"), required(p, "databaseSha256"),
                Long.parseLong(required(p, "databaseBytes")),
                DatabaseContents.of(required(p, "schemaVersion"), rows));
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("the manifest has no " + key);
        }
        return value;
    }
}
