package org.incidentdesk.service.common;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.Random;

/**
 * Writes a file so that it is either the complete new content or as it was: the content goes to a hidden file
 * beside the target, which then replaces the target, atomically where the file system can and by a plain
 * replace where it cannot (some network and FUSE file systems). A new file is private to its owner (issue 20.5:
 * exports and forms hold phone numbers and names; see {@link PrivateFiles}); a file that is replaced keeps the
 * permissions its owner gave it.
 */
public final class SafeFileWrite {
    private static final SafeFileWrite FILE_SYSTEM = new SafeFileWrite(Files::move);
    private static final Random NAMES = new SecureRandom();

    private final Mover mover;

    SafeFileWrite(Mover mover) {
        this.mover = mover;
    }

    /** Produces the file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** {@link Files#move}, replaceable in tests by a file system that cannot move atomically. */
    @FunctionalInterface
    interface Mover {
        void move(Path source, Path target, CopyOption... options) throws IOException;
    }

    /**
     * Writes {@code content} to {@code file}, replacing it if it exists.
     *
     * @throws IOException when the file cannot be written; {@code file} is then as it was
     */
    public static void replace(Path file, Content content) throws IOException {
        FILE_SYSTEM.write(file, content);
    }

    void write(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath();
        Path temp = PrivateFiles.createFile(target.resolveSibling(
                "." + target.getFileName() + "." + Long.toUnsignedString(NAMES.nextLong(), 36) + ".part"));
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            keepPermissionsOf(target, temp);
            moveOver(temp, target);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** After the move there is nothing left to delete; after a failure the partial file goes. */
    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // the write's own outcome matters more than a stray hidden file
        }
    }

    private static void keepPermissionsOf(Path target, Path temp) throws IOException {
        if (Files.exists(target) && Files.getFileAttributeView(target, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
        }
    }

    private void moveOver(Path temp, Path target) throws IOException {
        try {
            mover.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            mover.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
