package org.incidentdesk.service.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folder of automatic backups: names that sort by time ({@code incidentdesk-20261207-013000-123-scheduled
 * .idbackup}), the newest one's time, and rotation (the newest N are kept, older automatic ones deleted with
 * their checksum files; files not named by this class are never touched). The folder and the files are private to
 * the user where the file system has POSIX permissions: a backup is the whole database.
 */
public final class BackupFolder {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile(
            "incidentdesk-(\\d{8}-\\d{6}-\\d{3})-([a-z-]+)" + Pattern.quote(BackupFile.SUFFIX));
    private final Path folder;

    public BackupFolder(Path folder) {
        this.folder = folder;
    }

    public Path path() {
        return folder;
    }

    /** A new file name in the folder for a backup taken at {@code at}; creates the folder if needed. */
    Path newFile(Instant at, BackupReason reason) {
        createPrivately(folder);
        return folder.resolve("incidentdesk-" + STAMP.format(at) + "-" + reason.tag() + BackupFile.SUFFIX);
    }

    /** The automatic backups in the folder, newest first. */
    public List<Path> backups() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> taken(f).isPresent())
                    .sorted(Comparator.comparing((Path f) -> taken(f).orElseThrow()).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the backups in " + folder, e);
        }
    }

    /** When the newest backup in the folder was taken, if there is one. */
    public Optional<Instant> newest() {
        return backups().stream().findFirst().flatMap(BackupFolder::taken);
    }

    /** Deletes all but the newest {@code keep} backups; returns the deleted files. */
    List<Path> rotate(int keep) {
        List<Path> all = backups();
        List<Path> deleted = new ArrayList<>();
        for (Path old : all.subList(Math.min(keep, all.size()), all.size())) {
            try {
                Files.deleteIfExists(BackupFile.sidecar(old));
                Files.deleteIfExists(old);
                deleted.add(old);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete the old backup " + old, e);
            }
        }
        return deleted;
    }

    /** When the backup file {@code file} was taken, read from its name; empty for other files. */
    static Optional<Instant> taken(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.from(STAMP.parse(m.group(1))));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Creates {@code dir} (and its parents) readable by the user alone where permissions exist. */
    static void createPrivately(Path dir) {
        try {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir);
                restrict(dir, "rwx------");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the backup folder " + dir, e);
        }
    }

    /** Makes {@code file} readable and writable by the user alone where the file system has POSIX permissions. */
    static void restrict(Path path, String permissions) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }
}
