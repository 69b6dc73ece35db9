package org.incidentdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which mount holds a data directory, read from /proc/self/mountinfo lines as a Linux desktop has them. */
class NetworkFileSystemTest {
    private static final List<String> MOUNTINFO = List.of(
            "22 27 0:21 / /proc rw,relatime - proc proc rw",
            "27 1 259:2 / / rw,relatime shared:1 - ext4 /dev/nvme0n1p2 rw,errors=remount-ro",
            "31 27 259:3 / /home rw,relatime shared:10 - ext4 /dev/nvme0n1p3 rw",
            "40 31 0:45 / /home/zhang/office rw,relatime shared:20 - nfs4 files.county.gov:/export/office rw,vers=4.2",
            "41 31 0:46 / /home/zhang/My\\040Share rw,nosuid,nodev,relatime shared:21 - cifs //nas/share rw,vers=3.1.1",
            "42 31 0:47 / /home/zhang/remote rw,nosuid,nodev,relatime shared:22 master:3 - fuse.sshfs zhang@host: rw",
            "43 40 259:4 / /home/zhang/office/local rw,relatime - ext4 /dev/sdb1 rw");

    private static Optional<String> typeAt(String path) {
        return NetworkFileSystem.mountOf(Path.of(path), MOUNTINFO).map(NetworkFileSystem.Mount::type);
    }

    @Test
    void aDataDirectoryOnTheLocalDiskIsOnTheLongestMatchingLocalMount() {
        assertEquals(Optional.of("ext4"), typeAt("/home/zhang/.local/share/incidentdesk"));
        assertEquals(Optional.of(Path.of("/home")),
                NetworkFileSystem.mountOf(Path.of("/home/zhang"), MOUNTINFO).map(NetworkFileSystem.Mount::mountPoint));
        assertEquals(Optional.of("ext4"), typeAt("/var/lib/incidentdesk"), "the root file system");
    }

    @Test
    void nfsCifsAndSshfsMountsAreFoundWhateverTheirOptionalFields() {
        assertEquals(Optional.of("nfs4"), typeAt("/home/zhang/office/incidentdesk"));
        assertEquals(Optional.of("cifs"), typeAt("/home/zhang/My Share/incidentdesk"), "\\040 is a space");
        assertEquals(Optional.of("fuse.sshfs"), typeAt("/home/zhang/remote/data"), "two optional fields");
        assertTrue(NetworkFileSystem.NETWORK_TYPES.containsAll(List.of("nfs4", "cifs", "fuse.sshfs", "9p", "smb3")));
    }

    @Test
    void aLocalDiskMountedInsideANetworkShareIsLocal() {
        assertEquals(Optional.of("ext4"), typeAt("/home/zhang/office/local/incidentdesk"));
    }

    @Test
    void aPathThatMerelySharesAPrefixWithAMountIsNotOnIt() {
        assertEquals(Optional.of("ext4"), typeAt("/home/zhang/office2/incidentdesk"));
    }

    @Test
    void malformedLinesAreSkipped() {
        assertEquals(Optional.empty(), NetworkFileSystem.parse("garbage"));
        assertEquals(Optional.empty(), NetworkFileSystem.parse("1 2 3:4 / /mnt rw no-separator here"));
        assertEquals(Optional.of(new NetworkFileSystem.Mount(Path.of("/mnt/a\tb"), "nfs")),
                NetworkFileSystem.parse("1 2 0:5 / /mnt/a\\011b rw - nfs srv:/x rw"));
    }
}
