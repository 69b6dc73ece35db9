package org.incidentdesk.service.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * Per-workstation settings kept in {@code preferences.properties} in the data directory: language, theme,
 * window size and position. Written to a temporary file and moved into place, so a crash never leaves a
 * half-written file.
 */
public final class WorkstationPreferences {
    public static final String FILE_NAME = "preferences.properties";
    private final Path file;
    private final Properties values = new Properties();

    private WorkstationPreferences(Path file) {
        this.file = file;
    }

    public static WorkstationPreferences load(Path dataDir) {
        WorkstationPreferences prefs = new WorkstationPreferences(dataDir.resolve(FILE_NAME));
        if (Files.isRegularFile(prefs.file)) {
            try (Reader in = Files.newBufferedReader(prefs.file, StandardCharsets.UTF_8)) {
                prefs.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                prefs.values.clear(); // an unreadable settings file falls back to defaults
            }
        }
        return prefs;
    }

    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key));
    }

    public synchronized Optional<Double> number(String key) {
        try {
            return get(key).map(Double::parseDouble).filter(d -> !d.isNaN() && !d.isInfinite());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public synchronized void put(String key, String value) {
        values.setProperty(key, value);
    }

    public synchronized void save() {
        Properties snapshot = new Properties();
        snapshot.putAll(values);
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                snapshot.store(out, "IncidentDesk workstation preferences");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save " + file, e);
        }
    }
}
