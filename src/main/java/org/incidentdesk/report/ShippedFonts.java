package org.incidentdesk.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the shipped font faces are read. The installed program ships them as files beside it and names that folder
 * with {@code -Dincidentdesk.fonts} (the launcher sets it), so nothing is unpacked from a jar; {@code mvn javafx:run},
 * {@code java -jar} and the tests read the same faces as resources of the jar. Each face may have a stored SHA-256
 * ({@code NAME.sha256}) so a copy of it can be recognised without reading either file's bytes.
 */
public final class ShippedFonts {
    public static final String DIRECTORY_PROPERTY = "incidentdesk.fonts";
    static final String RESOURCES = "/org/incidentdesk/fonts/";

    private final Path directory;

    private ShippedFonts(Path directory) {
        this.directory = directory;
    }

    /** The folder {@code -Dincidentdesk.fonts} names, or the jar when it is not set. */
    public static ShippedFonts fromSystemProperty() {
        String folder = System.getProperty(DIRECTORY_PROPERTY);
        return folder == null || folder.isBlank() ? inJar() : inDirectory(Path.of(folder));
    }

    public static ShippedFonts inJar() {
        return new ShippedFonts(null);
    }

    public static ShippedFonts inDirectory(Path directory) {
        return new ShippedFonts(directory);
    }

    /** The face as a file, when the faces are files (the installed program). */
    public Optional<Path> file(String name) {
        if (directory == null) {
            return Optional.empty();
        }
        Path file = directory.resolve(name);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** Opens the face: the file, else the jar's resource; a face in neither is a broken installation. */
    public InputStream open(String name) throws IOException {
        Optional<Path> file = file(name);
        if (file.isPresent()) {
            return Files.newInputStream(file.get());
        }
        InputStream in = ShippedFonts.class.getResourceAsStream(RESOURCES + name);
        if (in == null) {
            throw new IllegalStateException("shipped font " + name + " missing"
                    + (directory == null ? " from the jar" : " in " + directory + " and the jar"));
        }
        return in;
    }

    /** Where the face is read from, as {@code report fonts} shows it: the file's path or the jar resource's name. */
    public String location(String name) {
        return file(name).map(Path::toString).orElse(RESOURCES + name);
    }

    /** The SHA-256 stored beside the face ({@code NAME.sha256}, the hex digest first), read in a few bytes. */
    public String storedHash(String name) {
        try (InputStream in = open(name + ".sha256")) {
            String text = new String(in.readNBytes(256), StandardCharsets.US_ASCII).strip();
            return text.split("\\s+")[0];
        } catch (IOException e) {
            throw new UncheckedIOException("stored hash of " + name + " not readable", e);
        }
    }
}
