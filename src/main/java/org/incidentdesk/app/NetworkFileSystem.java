package org.incidentdesk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells whether a folder is on a network file system. The embedded database must be on a local disk: H2 locks
 * its file, and over NFS or SMB a lock can be lost or granted twice when the machines lose sight of each other
 * (issue 19: the mixed mode over a shared folder corrupted databases). On Linux the file system type comes from
 * {@code /proc/self/mountinfo} (the mount that holds the folder: the longest mount point that is a prefix of its
 * real path); on Windows a UNC path ({@code \\server\share}) is a network share, and so is a drive whose file
 * store reports a network type — a mapped drive letter that reports NTFS is not recognised.
 */
final class NetworkFileSystem {
    private static final Logger LOG = LoggerFactory.getLogger(NetworkFileSystem.class);
    private static final Path MOUNTINFO = Path.of("/proc/self/mountinfo");
    /** Kernel file system types (and FUSE subtypes) whose files live on another machine. */
    static final Set<String> NETWORK_TYPES = Set.of("nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "9p", "afs",
            "ceph", "glusterfs", "lustre", "coda", "davfs", "fuse.sshfs", "fuse.glusterfs", "fuse.cephfs",
            "fuse.davfs2", "fuse.rclone", "fuse.s3fs", "fuse.smbnetfs", "fuse.gvfsd-fuse");

    /** One line of mountinfo: where a file system is mounted, and its type. */
    record Mount(Path mountPoint, String type) {
    }

    private NetworkFileSystem() {
    }

    /** The network file system type {@code dir} is on, empty for a local disk or where it cannot be told. */
    static Optional<String> typeOf(Path dir) {
        try {
            Path real = dir.toRealPath();
            if (real.toString().startsWith("\\\\")) {
                return Optional.of("smb");
            }
            if (Files.isReadable(MOUNTINFO)) {
                return mountOf(real, Files.readAllLines(MOUNTINFO)).map(Mount::type).filter(NETWORK_TYPES::contains);
            }
            String type = Files.getFileStore(real).type().toLowerCase(java.util.Locale.ROOT);
            return NETWORK_TYPES.contains(type) ? Optional.of(type) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.debug("the file system of {} could not be told", dir, e);
            return Optional.empty();
        }
    }

    /** The mount that holds {@code realPath}: the last of the longest matching mount points (later mounts cover earlier). */
    static Optional<Mount> mountOf(Path realPath, List<String> mountinfo) {
        Mount best = null;
        for (String line : mountinfo) {
            Optional<Mount> mount = parse(line);
            if (mount.isPresent() && realPath.startsWith(mount.get().mountPoint())
                    && (best == null || mount.get().mountPoint().getNameCount() >= best.mountPoint().getNameCount())) {
                best = mount.get();
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Reads a mountinfo line ({@code 36 35 98:0 /mnt1 /mnt2 rw,noatime master:1 - ext3 /dev/root rw}): the fifth
     * field is the mount point (spaces and the like written as octal escapes, {@code \040}); the type is the
     * first field after the lone {@code -} that ends the optional fields.
     */
    static Optional<Mount> parse(String line) {
        String[] fields = line.trim().split(" ");
        if (fields.length < 7) {
            return Optional.empty();
        }
        for (int i = 6; i < fields.length - 1; i++) {
            if (fields[i].equals("-")) {
                try {
                    return Optional.of(new Mount(Path.of(unescape(fields[4])), fields[i + 1]));
                } catch (RuntimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static String unescape(String field) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 3 < field.length() && isOctal(field, i + 1)) {
                out.append((char) Integer.parseInt(field.substring(i + 1, i + 4), 8));
                i += 3;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isOctal(String s, int from) {
        for (int i = from; i < from + 3; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '7') {
                return false;
            }
        }
        return true;
    }
}
