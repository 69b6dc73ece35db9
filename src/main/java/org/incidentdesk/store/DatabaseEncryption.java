package org.incidentdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.Arrays;
import org.h2.tools.ChangeFileEncryption;

/**
 * Whether a data directory's database is encrypted, and changing that. The directory records it in a small marker
 * file ({@value #MARKER_FILE}) so the program knows to ask for the key before anything opens the database; the
 * database file itself says it too (H2 starts an encrypted file with {@code H2encrypt}), and where the two disagree
 * — a crash between writing one and the other, a marker copied along or left behind — the file wins.
 */
public final class DatabaseEncryption {
    /** The marker beside the database file of an encrypted data directory. */
    public static final String MARKER_FILE = "incidentdesk.encrypted";
    private static final byte[] H2_ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);
    private static final String MARKER_TEXT = """
            This data directory's database (incidentdesk.mv.db) is encrypted with H2's AES file cipher.
            IncidentDesk asks for its key at start; see the README, "Opening the database with H2's own tools".
            """;

    private DatabaseEncryption() {
    }

    /** True when the database in {@code dataDir} is encrypted, or will be created so (the marker, no file yet). */
    public static boolean isEncrypted(Path dataDir) {
        Path file = DatabaseFiles.fileIn(dataDir);
        return Files.exists(file) ? isEncryptedFile(file) : Files.exists(marker(dataDir));
    }

    /** True when {@code file} is an H2 database file written with a file cipher. */
    public static boolean isEncryptedFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(H2_ENCRYPTED_HEADER.length), H2_ENCRYPTED_HEADER);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Writes or removes the marker so it says what the database file is (or will be). */
    static void record(Path dataDir, boolean encrypted) {
        Path marker = marker(dataDir);
        try {
            if (encrypted) {
                if (!Files.exists(marker)) {
                    Files.createDirectories(marker.getParent());
                    Files.writeString(marker, MARKER_TEXT, StandardCharsets.UTF_8);
                }
            } else {
                Files.deleteIfExists(marker);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record in " + dataDir + " whether the database is encrypted", e);
        }
    }

    /** Brings the marker in line with the database file, when there is one. */
    static void reconcile(Path dataDir) {
        if (Files.exists(DatabaseFiles.fileIn(dataDir))) {
            record(dataDir, isEncryptedFile(DatabaseFiles.fileIn(dataDir)));
        }
    }

    private static Path marker(Path dataDir) {
        return dataDir.toAbsolutePath().resolve(MARKER_FILE);
    }

    /**
     * Rewrites the closed database in {@code dataDir} from key {@code from} to key {@code to} (either may be
     * {@link DatabaseKey#NONE}: encrypting a plain database, or changing the key). The new file is written in
     * {@code scratch} (a private folder on the same file system), must open with {@code to} and hold the same rows,
     * and only then replaces the old one in one move; until that move the old file is untouched. A wrong
     * {@code from} is refused as {@link DatabaseUnavailableException.Reason#WRONG_KEY}. The caller makes sure no
     * program holds the database.
     */
    public static void rewrite(Path dataDir, Path scratch, DatabaseKey from, DatabaseKey to) {
        Path current = DatabaseFiles.fileIn(dataDir);
        DatabaseContents before = DatabaseFiles.inspect(copy(current, scratch.resolve("check")), from);
        Path work = copy(current, scratch.resolve("rewrite"));
        try {
            ChangeFileEncryption.execute(work.getParent().toString(), Database.EMBEDDED_FILE_NAME,
                    "AES", from.isEncrypted() ? from.filePassword() : null,
                    to.isEncrypted() ? to.filePassword() : null, true);
        } catch (SQLException e) {
            throw DatabaseUnavailableException.wrap("rewriting " + current, e);
        }
        DatabaseContents after = DatabaseFiles.inspect(copy(work, scratch.resolve("verify")), to);
        if (!after.equals(before)) {
            throw new IllegalStateException("the rewritten database does not hold the rows of " + current);
        }
        try {
            Files.move(work, current, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("the rewritten database could not replace " + current, e);
        }
        record(dataDir, to.isEncrypted());
    }

    private static Path copy(Path file, Path folder) {
        try {
            Files.createDirectories(folder);
            return Files.copy(file, folder.resolve(DatabaseFiles.FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + file + " to " + folder, e);
        }
    }
}
