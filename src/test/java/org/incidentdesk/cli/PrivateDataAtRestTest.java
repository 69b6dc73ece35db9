package org.incidentdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.incidentdesk.app.AppContext;
import org.incidentdesk.store.DatabaseEncryption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20.5 on Linux: with the usual umask 022 (new files 0644, folders 0755), nothing the program creates in
 * the data directory, the exports it writes or its checkpoint log is open to group or others; a data directory
 * an older version left open is closed at the next start; an encrypted office stays so through encrypting,
 * changing the key, backing up and restoring.
 */
class PrivateDataAtRestTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZoneOffset.UTC);
    private static final Set<PosixFilePermission> GROUP_OR_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    @TempDir
    Path temp;

    @BeforeEach
    void theUmaskOpensNewFilesToOthers() throws IOException {
        assumeTrue(Files.getFileAttributeView(temp, PosixFileAttributeView.class) != null, "POSIX permissions");
        Path probe = Files.createFile(temp.resolve("probe"));
        assumeTrue(Files.getPosixFilePermissions(probe).contains(PosixFilePermission.OTHERS_READ),
                "run with umask 022 (others may read new files), or the test proves nothing");
    }

    @Test
    void nothingTheProgramCreatesIsOpenToAnotherUser() throws Exception {
        Path dataDir = temp.resolve("office");
        Path media = Files.createDirectory(temp.resolve("media"));
        assertEquals(0, CliRun.of(dataDir, CLOCK, "incident", "new", "--title", "网传城东小区停水",
                "--category", "inquiry").exit());
        Path evidence = Files.writeString(media.resolve("截图.txt"), "证据");
        Path checkpointLog;
        try (AppContext office = AppContext.openEmbedded(dataDir, CLOCK, ZoneId.of("Asia/Shanghai"))) {
            office.evidence().attachFile(office.incidents().list().getFirst().id(), evidence, "现场");
            checkpointLog = office.audit().checkpointLog();
        }
        Path rosterCsv = media.resolve("roster.csv");
        Path auditCsv = media.resolve("audit.csv");
        Path checkpoint = media.resolve("checkpoint.txt");
        CliRun exported = CliRun.of(dataDir, CLOCK, "roster", "export", rosterCsv.toString());
        assertEquals(0, exported.exit(), exported.err());
        assertEquals(0, CliRun.of(dataDir, CLOCK, "audit", "export", "--out", auditCsv.toString()).exit());
        assertEquals(0, CliRun.of(dataDir, CLOCK, "audit", "checkpoint", "--out", checkpoint.toString()).exit());

        List<Path> open = openToOthers(dataDir);
        for (Path written : List.of(rosterCsv, auditCsv, checkpoint, checkpointLog)) {
            if (!Files.getPosixFilePermissions(written).stream().noneMatch(GROUP_OR_OTHERS::contains)) {
                open.add(written);
            }
        }
        assertEquals(List.of(), open);
        assertTrue(Files.list(dataDir.resolve("evidence")).findAny().isPresent(), "an evidence copy was checked");
        assertTrue(Files.exists(dataDir.resolve("incidentdesk.mv.db")), "the database file was checked");
    }

    @Test
    void anEncryptedOfficeIsPrivateToo_throughEncryptingRekeyingBackingUpAndRestoring() throws Exception {
        Path dataDir = temp.resolve("office");
        Path media = Files.createDirectory(temp.resolve("media"));
        assertEquals(0, CliRun.of(dataDir, CLOCK, "incident", "new", "--title", "网传城东小区停水",
                "--category", "inquiry").exit());
        Map<String, String> key = Map.of("INCIDENTDESK_DB_KEY", "青溪-值班-2026");
        assertEquals(0, CliRun.withInput(dataDir, CLOCK, key, "", "db", "encrypt").exit());
        CliRun rekeyed = CliRun.withInput(dataDir, CLOCK, Map.of("INCIDENTDESK_DB_KEY", "青溪-值班-2026",
                "INCIDENTDESK_NEW_DB_KEY", "青溪-值班-2027"), "", "db", "change-key");
        assertEquals(0, rekeyed.exit(), rekeyed.err());
        Map<String, String> newKey = Map.of("INCIDENTDESK_DB_KEY", "青溪-值班-2027");
        Path backup = media.resolve("office.idbackup");
        assertEquals(0, CliRun.withInput(dataDir, CLOCK, newKey, "", "backup", "--out", backup.toString()).exit());
        assertEquals(0, CliRun.withInput(dataDir, CLOCK, newKey, "", "backup").exit());
        CliRun restored = CliRun.withInput(dataDir, CLOCK, newKey, "", "restore", backup.toString());
        assertEquals(0, restored.exit(), restored.err());

        List<Path> open = openToOthers(dataDir);
        open.addAll(openToOthers(media).stream().filter(Files::isRegularFile).toList());
        assertEquals(2, Files.list(media).count(), "the backup and its checksum were checked");
        assertEquals(List.of(), open);
        assertTrue(Files.exists(dataDir.resolve(DatabaseEncryption.MARKER_FILE)), "the marker was checked");
        assertTrue(DatabaseEncryption.isEncrypted(dataDir));
    }

    @Test
    void aDataDirectoryLeftOpenByAnOlderVersionIsClosedAtStart() throws Exception {
        Path dataDir = temp.resolve("office");
        try (AppContext office = AppContext.openEmbedded(dataDir, CLOCK, ZoneId.of("Asia/Shanghai"))) {
            office.incidents().list();
        }
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path db = dataDir.resolve("incidentdesk.mv.db");
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-r--r--"));
        Path logs = Files.createDirectories(dataDir.resolve("logs"));
        Files.setPosixFilePermissions(logs, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(logs.resolve("incidentdesk.log"), "old log");

        try (AppContext office = AppContext.openEmbedded(dataDir, CLOCK, ZoneId.of("Asia/Shanghai"))) {
            assertEquals(List.of(), openToOthers(dataDir));
        }
    }

    private static List<Path> openToOthers(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            List<Path> open = new ArrayList<>();
            for (Path path : all.toList()) {
                if (Files.getPosixFilePermissions(path).stream().anyMatch(GROUP_OR_OTHERS::contains)) {
                    open.add(path);
                }
            }
            return open;
        }
    }
}
