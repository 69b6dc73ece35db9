package org.incidentdesk.service.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeFileWriteTest {
    @TempDir
    Path dir;

    private static SafeFileWrite.Content text(String text) {
        return out -> out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> filesInDir() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private void assumePosix() {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "POSIX permissions");
    }

    @Test
    void aNewFileIsPrivateToItsOwnerWhateverTheUmask() throws IOException {
        assumePosix();
        Path reference = Files.createFile(dir.resolve("reference.txt"));
        assumeTrue(Files.getPosixFilePermissions(reference).contains(PosixFilePermission.OTHERS_READ),
                "a umask that lets others read new files (022), or the test shows nothing");
        Path file = dir.resolve("roster.csv");

        SafeFileWrite.replace(file, text("通讯录"));

        assertEquals("通讯录", Files.readString(file));
        // issue 20.5: an export holds names and mobiles; another account on the desktop must not read it
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
        assertEquals(List.of("reference.txt", "roster.csv"), filesInDir(), "no hidden file is left");
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        assumePosix();
        Path file = Files.writeString(dir.resolve("roster.csv"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));

        SafeFileWrite.replace(file, text("new"));

        assertEquals("new", Files.readString(file));
        assertEquals(PosixFilePermissions.fromString("rw-rw----"), Files.getPosixFilePermissions(file));
    }

    @Test
    void whereTheFileSystemCannotMoveAtomicallyItReplacesPlainly() throws IOException {
        Path file = Files.writeString(dir.resolve("roster.csv"), "old");
        List<String> attempts = new ArrayList<>();
        SafeFileWrite noAtomicMoves = new SafeFileWrite((source, target, options) -> {
            attempts.add(Arrays.toString(options));
            if (Arrays.asList(options).contains(StandardCopyOption.ATOMIC_MOVE)) {
                throw new AtomicMoveNotSupportedException(source.toString(), target.toString(), "test file system");
            }
            Files.move(source, target, options);
        });

        noAtomicMoves.write(file, text("new"));

        assertEquals("new", Files.readString(file));
        assertEquals(List.of("[REPLACE_EXISTING, ATOMIC_MOVE]", "[REPLACE_EXISTING]"), attempts);
        assertEquals(List.of("roster.csv"), filesInDir());
    }

    @Test
    void aFailedWriteLeavesTheFileAsItWasAndNoHiddenFile() throws IOException {
        Path file = Files.writeString(dir.resolve("roster.csv"), "old");

        assertThrows(IOException.class, () -> SafeFileWrite.replace(file, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));

        assertEquals("old", Files.readString(file));
        assertEquals(List.of("roster.csv"), filesInDir());
    }
}
