package org.incidentdesk.service.backup;

import org.incidentdesk.service.common.Sha256;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.incidentdesk.service.importing.FileNames;

/**
 * A backup on disk: one file ({@code .idbackup}) and beside it {@code FILE.sha256} in the format of
 * {@code sha256sum} (so anyone can check a copy on a USB drive). The file is, in order: the line
 * {@code IDBACKUP 1}, the manifest's length in bytes on a line and the manifest ({@link BackupManifest}), the
 * database file gzip-compressed, and last the SHA-256 of everything before it (32 bytes). The trailing SHA-256
 * covers every byte, so one flipped byte anywhere or a truncated file is refused even when the sidecar was not
 * copied along; a zip would not do, as bytes of its local headers are covered by no CRC. The manifest's SHA-256
 * of the database file is checked again as it is unpacked.
 */
public final class BackupFile {
    /** The ending of backup files. */
    public static final String SUFFIX = ".idbackup";
    static final String SIDECAR_SUFFIX = ".sha256";
    private static final byte[] MAGIC = "IDBACKUP 1\n".getBytes(StandardCharsets.US_ASCII);
    private static final int TRAILER = 32;
    private static final int MAX_MANIFEST_BYTES = 1 << 20;

    private BackupFile() {
    }

    /** The checksum file beside {@code file}. */
    public static Path sidecar(Path file) {
        return file.resolveSibling(file.getFileName() + SIDECAR_SUFFIX);
    }

    /**
     * Writes {@code database} and {@code manifest} to {@code out} and its sidecar: first to a temporary file in the
     * same folder, private to the user, synced, then moved into place, so a crash or a full disk never leaves a
     * half backup under the real name.
     */
    static void write(Path out, Path database, BackupManifest manifest) {
        Path part = out.resolveSibling(out.getFileName() + ".part");
        try {
            Files.deleteIfExists(part);
            Files.createFile(part);
            BackupFolder.restrict(part, "rw-------");
            MessageDigest whole = Sha256.digest();
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(part));
                 DigestOutputStream digesting = new DigestOutputStream(file, whole)) {
                byte[] manifestBytes = manifest.write().getBytes(StandardCharsets.UTF_8);
                digesting.write(MAGIC);
                digesting.write((manifestBytes.length + "\n").getBytes(StandardCharsets.US_ASCII));
                digesting.write(manifestBytes);
                GZIPOutputStream gzip = new GZIPOutputStream(new NonClosing(digesting), 64 * 1024);
                Files.copy(database, gzip);
                gzip.finish();
                digesting.on(false);
                file.write(whole.digest());
            }
            sync(part);
            String sha = sha256(part);
            Files.move(part, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Path sidecar = sidecar(out);
            Path sidecarPart = sidecar.resolveSibling(sidecar.getFileName() + ".part");
            Files.deleteIfExists(sidecarPart);
            Files.createFile(sidecarPart);
            BackupFolder.restrict(sidecarPart, "rw-------");
            Files.writeString(sidecarPart, sha + "  " + out.getFileName() + "\n", StandardCharsets.UTF_8);
            sync(sidecarPart);
            Files.move(sidecarPart, sidecar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(part);
            throw new UncheckedIOException("the backup could not be written to " + out + ": " + e.getMessage(), e);
        }
    }

    /**
     * Checks {@code file} as described on the class and returns its manifest; throws {@link BackupRefused} naming
     * what is wrong. Reads the file, writes nothing.
     */
    public static BackupManifest verify(Path file) {
        return unpack(file, null);
    }

    /**
     * Verifies {@code file} and writes its database file to {@code target}, checked against the manifest as it is
     * written (the file could have changed since an earlier check).
     */
    static BackupManifest extractDatabase(Path file, Path target) {
        return unpack(file, target);
    }

    private static BackupManifest unpack(Path file, Path target) {
        String name = FileNames.of(file);
        if (Files.isDirectory(file)) {
            throw new BackupRefused("backup.refused.directory", name);
        }
        if (!Files.isRegularFile(file)) {
            throw new BackupRefused(new NoSuchFileException(file.toString()), "backup.refused.notFound", name);
        }
        try {
            checkSidecar(file, name);
            long size = Files.size(file);
            if (size < MAGIC.length + TRAILER || !Arrays.equals(MAGIC, head(file, MAGIC.length))) {
                throw new BackupRefused("backup.refused.notBackup", name);
            }
            checkTrailer(file, size, name);
            try (InputStream in = new BufferedInputStream(bounded(file, size - TRAILER))) {
                in.skipNBytes(MAGIC.length);
                int length = Integer.parseInt(line(in));
                if (length < 0 || length > MAX_MANIFEST_BYTES) {
                    throw new BackupRefused("backup.refused.damaged", name);
                }
                BackupManifest manifest = BackupManifest.read(new String(in.readNBytes(length), StandardCharsets.UTF_8));
                MessageDigest digest = Sha256.digest();
                long bytes;
                try (InputStream db = new DigestInputStream(new GZIPInputStream(in, 64 * 1024), digest);
                     OutputStream sink = target == null ? OutputStream.nullOutputStream() : Files.newOutputStream(target)) {
                    bytes = db.transferTo(sink);
                }
                if (bytes != manifest.databaseBytes()
                        || !Sha256.hex(digest).equals(manifest.databaseSha256())) {
                    throw new BackupRefused("backup.refused.checksum", name);
                }
                return manifest;
            }
        } catch (ZipException | EOFException | IllegalArgumentException | java.time.DateTimeException e) {
            throw new BackupRefused(e, "backup.refused.damaged", name);
        } catch (IOException e) {
            throw new BackupRefused(e, "backup.refused.unreadable", name, String.valueOf(e.getMessage()));
        }
    }

    private static void checkTrailer(Path file, long size, String name) throws IOException {
        MessageDigest digest = Sha256.digest();
        try (InputStream in = new DigestInputStream(bounded(file, size - TRAILER), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        byte[] recorded;
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(size - TRAILER);
            recorded = in.readNBytes(TRAILER);
        }
        if (!MessageDigest.isEqual(recorded, digest.digest())) {
            throw new BackupRefused("backup.refused.checksum", name);
        }
    }

    private static byte[] head(Path file, int length) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(length);
        }
    }

    private static InputStream bounded(Path file, long length) throws IOException {
        InputStream in = Files.newInputStream(file);
        return new java.io.FilterInputStream(in) {
            private long left = length;

            @Override
            public int read() throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int b = super.read();
                if (b >= 0) {
                    left--;
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int count) throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int n = super.read(buffer, offset, (int) Math.min(count, left));
                if (n > 0) {
                    left -= n;
                }
                return n;
            }
        };
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder digits = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0 || digits.length() > 10) {
                throw new EOFException("no manifest length");
            }
            digits.append((char) b);
        }
        return digits.toString();
    }

    private static void checkSidecar(Path file, String name) throws IOException {
        Path sidecar = sidecar(file);
        if (!Files.isRegularFile(sidecar)) {
            return; // copied without it: the trailing SHA-256 still guards every byte
        }
        String recorded = Files.readString(sidecar, StandardCharsets.UTF_8).strip().split("\\s+", 2)[0];
        if (!recorded.equalsIgnoreCase(sha256(file))) {
            throw new BackupRefused("backup.refused.checksum", name);
        }
    }

    /** Lets the gzip stream finish without closing the file under it (the trailer follows). */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    static String sha256(Path file) throws IOException {
        return Sha256.of(file);
    }

    static void sync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover temporary file is harmless; the next backup replaces it
        }
    }
}
