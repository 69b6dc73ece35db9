package org.incidentdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.incidentdesk.app.AppContext;
import org.incidentdesk.domain.audit.EntryHash;
import org.incidentdesk.domain.common.AuditEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verifier against someone editing the database behind the program's back (issue 20.4): each test changes
 * the audit table (or an evidence file and its stored hash) through plain JDBC while the program is closed, then
 * runs {@code audit verify} as a script would, and expects it to fail naming the entry and what happened to it.
 * The tamperer knows the hash algorithm (it is in the source), so inserted rows carry correctly computed hashes.
 */
class AuditVerifyTamperingTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZoneOffset.UTC);
    private static final int TAMPERED = 3;

    @TempDir
    Path dataDir;

    @TempDir
    Path media;

    @BeforeEach
    void anOfficeWithIncidents() {
        for (String title : List.of("网传城东小区停水", "某校食堂舆情", "县政府网站被篡改")) {
            CliRun created = run("incident", "new", "--title", title, "--category", "inquiry");
            assertEquals(0, created.exit(), created.err());
        }
        assertTrue(lastSeq() >= 12, "enough entries to tamper with in the middle: " + lastSeq());
    }

    private CliRun run(String... args) {
        return CliRun.of(dataDir, CLOCK, args);
    }

    private CliRun verify(String... more) {
        String[] args = new String[more.length + 2];
        args[0] = "audit";
        args[1] = "verify";
        System.arraycopy(more, 0, args, 2, more.length);
        return run(args);
    }

    @Test
    void anUntouchedDatabaseVerifies() {
        CliRun verified = verify();
        assertEquals(0, verified.exit(), verified.out() + verified.err());
        assertTrue(verified.out().contains("审计链完好"), verified.out());
        CliRun again = verify();
        assertEquals(0, again.exit(), "the verification's own entry and checkpoints keep the chain whole: " + again.out());
    }

    @Test
    void anEditedEntryIsNamed() throws SQLException {
        sql("UPDATE audit_log SET actor = '冒名顶替' WHERE seq = 5");
        CliRun verified = verify();
        assertEquals(TAMPERED, verified.exit(), verified.out());
        assertTrue(verified.out().contains("第 5 条审计记录被改动"), verified.out());
    }

    @Test
    void anEntryWhoseChangesWereEditedIntoSomethingNotJsonIsNamed() throws SQLException {
        sql("UPDATE audit_log SET changes = '{not json' WHERE seq = 6");
        CliRun verified = verify();
        assertEquals(TAMPERED, verified.exit(), verified.out() + verified.err());
        assertTrue(verified.out().contains("第 6 条审计记录被改动"), verified.out());
    }

    @Test
    void anEditedEntryWhoseHashWasRecomputedIsNamed() throws SQLException {
        long seq = 6;
        Row row = row(seq);
        AuditEntry forged = new AuditEntry(row.entry.at(), row.entry.actor(), "personDeleted", row.entry.entity(),
                row.entry.entityId(), row.entry.changes(), row.entry.legacySummary());
        String hash = new EntryHash().hash(EntryHash.FORMAT, seq, row.prevHash, forged);
        sql("UPDATE audit_log SET action = 'personDeleted', entry_hash = '" + hash + "' WHERE seq = " + seq);
        CliRun verified = verify();
        assertEquals(TAMPERED, verified.exit(), verified.out());
        assertTrue(verified.out().contains("第 6 条审计记录被改动"), verified.out());
    }

    @Test
    void anInsertedEntryIsNamed() throws SQLException {
        // make room at 6 (seq is unique), then put a well-formed entry there, linked to entry 5
        shiftFrom(6, +1);
        Row five = row(5);
        AuditEntry forged = new AuditEntry(five.entry.at(), "值班员", "personDeleted", "person", "7", List.of(), null);
        insert(6, five.hash, new EntryHash().hash(EntryHash.FORMAT, 6, five.hash, forged), forged);
        CliRun verified = verify();
        assertEquals(TAMPERED, verified.exit(), verified.out());
        assertTrue(verified.out().contains("第 6 条审计记录是插入的"), verified.out());
    }

    @Test
    void anInsertedEntryWithAMadeUpLinkIsNamed() throws SQLException {
        shiftFrom(8, +1);
        Row seven = row(7);
        AuditEntry forged = new AuditEntry(seven.entry.at(), "值班员", "personDeleted", "person", "7", List.of(), null);
        insert(8, "ab".repeat(32), "cd".repeat(32), forged);
        CliRun verified = verify();
        assertEquals(TAMPERED, verified.exit(), verified.out());
        assertTrue(verified.out().contains("第 8 条审计记录是插入的"), verified.out());
    }

    @Test
    void aDeletedEntryIsNamed() throws SQLException {
        sql("DELETE FROM audit_log WHERE seq = 7");
        CliRun verified = verify();
        assertEquals(TAMPERED, verified.exit(), verified.out());
        assertTrue(verified.out().contains("第 7 至 7 条审计记录被删除"), verified.out());
    }

    @Test
    void theOldestEntriesDeletedWithoutAPurgeAreNamed() throws SQLException {
        sql("DELETE FROM audit_log WHERE seq <= 3");
        CliRun verified = verify();
        assertEquals(TAMPERED, verified.exit(), verified.out());
        assertTrue(verified.out().contains("第 1 至 3 条审计记录被删除"), verified.out());
    }

    @Test
    void twoSwappedEntriesAreNamed() throws SQLException {
        sql("UPDATE audit_log SET seq = -4 WHERE seq = 4",
                "UPDATE audit_log SET seq = 4 WHERE seq = 9",
                "UPDATE audit_log SET seq = 9 WHERE seq = -4");
        CliRun verified = verify();
        assertEquals(TAMPERED, verified.exit(), verified.out());
        assertTrue(verified.out().contains("第 4 条审计记录被调换了位置（此处应为现存第 9 条）"), verified.out());
    }

    @Test
    void twoAdjacentSwappedEntriesAreNamed() throws SQLException {
        sql("UPDATE audit_log SET seq = -4 WHERE seq = 4",
                "UPDATE audit_log SET seq = 4 WHERE seq = 5",
                "UPDATE audit_log SET seq = 5 WHERE seq = -4");
        CliRun verified = verify();
        assertEquals(TAMPERED, verified.exit(), verified.out());
        assertTrue(verified.out().contains("第 4 条审计记录被调换了位置"), verified.out());
    }

    @Test
    void aRemovedTailIsNamedByTheCheckpointFile() throws Exception {
        Path onMedia = media.resolve("checkpoint.txt");
        CliRun checkpoint = run("audit", "checkpoint", "--out", onMedia.toString());
        assertEquals(0, checkpoint.exit(), checkpoint.err());
        long last = lastSeq();
        // the tamperer removes the last three entries, sets the head row to match, and deletes the checkpoint log
        sql("DELETE FROM audit_log WHERE seq > " + (last - 3));
        Row newLast = row(last - 3);
        sql("UPDATE audit_chain_head SET last_seq = " + (last - 3) + ", last_hash = '" + newLast.hash + "'");
        try (AppContext office = AppContext.openEmbedded(dataDir, CLOCK, ZoneId.of("Asia/Shanghai"))) {
            Files.delete(office.audit().checkpointLog());
        }

        CliRun withFile = verify("--checkpoint", onMedia.toString());
        assertEquals(TAMPERED, withFile.exit(), withFile.out());
        assertTrue(withFile.out().contains("审计链末尾第 " + (last - 2) + " 至 " + last + " 条记录被删除"), withFile.out());
        // the verification just appended its own entry at last - 2; still the checkpoint's last entry is missing
        CliRun alone = verify();
        assertEquals(0, alone.exit(), "a chain alone cannot show its lost end (why the checkpoint leaves the database): "
                + alone.out());
    }

    @Test
    void aRemovedTailIsNamedByThePaperCode() throws Exception {
        CliRun checkpoint = run("audit", "checkpoint");
        String code = checkpoint.out().lines().filter(l -> l.startsWith("纸面校验码")).findFirst().orElseThrow()
                .replaceAll(".*：", "");
        long last = lastSeq();
        sql("DELETE FROM audit_log WHERE seq > " + (last - 2));
        Path typedBack = media.resolve("paper.txt");
        Files.writeString(typedBack, code + "\n");
        CliRun verified = verify("--checkpoint", typedBack.toString());
        assertEquals(TAMPERED, verified.exit(), verified.out());
        assertTrue(verified.out().contains("审计链末尾第 " + (last - 1) + " 至 " + last + " 条"), verified.out());
    }

    @Test
    void aChainRecomputedFromAnEntryOnContradictsTheCheckpoint() throws Exception {
        Path onMedia = media.resolve("checkpoint.txt");
        run("audit", "checkpoint", "--out", onMedia.toString());
        long last = lastSeq();
        // edit entry 3 and recompute every hash from there on: the chain is self-consistent again
        sql("UPDATE audit_log SET actor = '冒名顶替' WHERE seq = 3");
        EntryHash hasher = new EntryHash();
        String prev = row(2).hash;
        for (long seq = 3; seq <= last; seq++) {
            Row row = row(seq);
            String hash = hasher.hash(EntryHash.FORMAT, seq, prev, row.entry);
            sql("UPDATE audit_log SET prev_hash = '" + prev + "', entry_hash = '" + hash + "' WHERE seq = " + seq);
            prev = hash;
        }
        sql("UPDATE audit_chain_head SET last_hash = '" + prev + "'");
        CliRun verified = verify("--checkpoint", onMedia.toString());
        assertEquals(TAMPERED, verified.exit(), verified.out());
        // the first checkpoint after entry 3 (the log's own, or the one on media) names where the rewrite shows
        java.util.regex.Matcher named = java.util.regex.Pattern.compile("审计链至第 (\\d+) 条与.*检查点不符")
                .matcher(verified.out());
        assertTrue(named.find(), verified.out());
        long seq = Long.parseLong(named.group(1));
        assertTrue(seq >= 3 && seq <= last, verified.out());
    }

    @Test
    void anEvidenceFileAlteredTogetherWithItsStoredHashIsNamed() throws Exception {
        Path photo = media.resolve("截图.png");
        Files.write(photo, new byte[] {1, 2, 3, 4});
        String name;
        try (AppContext office = AppContext.openEmbedded(dataDir, CLOCK, ZoneId.of("Asia/Shanghai"))) {
            long incident = office.incidents().list().getFirst().id();
            var evidence = office.evidence().attachFile(incident, photo, "现场截图");
            name = evidence.originalName();
            Path kept = office.evidence().path(evidence);
            kept.toFile().setWritable(true);
            Files.write(kept, new byte[] {9, 9, 9});
        }
        String forgedHash = java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(new byte[] {9, 9, 9}));
        sql("UPDATE incident_evidence SET sha256 = '" + forgedHash + "'");
        CliRun verified = verify();
        assertEquals(TAMPERED, verified.exit(), verified.out());
        assertTrue(verified.out().contains("证据文件“" + name + "”已被改动"), verified.out());
        assertTrue(verified.out().contains("证据“" + name + "”在证据表中的哈希被改动"), verified.out());
    }

    // ---- behind the program's back

    private record Row(AuditEntry entry, String prevHash, String hash) {
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("incidentdesk"), "sa", "");
    }

    private void sql(String... statements) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.executeUpdate(statement);
            }
        }
    }

    private long lastSeq() {
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT MAX(seq) FROM audit_log")) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** Renumbers the entries from {@code seq} on by {@code by} (through a negative range: seq is unique). */
    private void shiftFrom(long seq, int by) throws SQLException {
        sql("UPDATE audit_log SET seq = -(seq + " + by + ") WHERE seq >= " + seq,
                "UPDATE audit_log SET seq = -seq WHERE seq < 0");
    }

    private Row row(long seq) throws SQLException {
        try (Connection c = connect(); PreparedStatement q = c.prepareStatement("SELECT occurred_at, actor, action,"
                + " entity, entity_id, changes, legacy_summary, prev_hash, entry_hash FROM audit_log WHERE seq = ?")) {
            q.setLong(1, seq);
            try (ResultSet r = q.executeQuery()) {
                assertTrue(r.next(), "entry " + seq);
                AuditEntry entry = new AuditEntry(r.getObject(1, OffsetDateTime.class).toInstant(), r.getString(2),
                        r.getString(3), r.getString(4), r.getString(5), changes(r.getString(6)), r.getString(7));
                return new Row(entry, r.getString(8), r.getString(9));
            }
        }
    }

    private static List<org.incidentdesk.domain.common.FieldChange> changes(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(json == null ? "[]" : json,
                    new com.fasterxml.jackson.core.type.TypeReference<>() {
                    });
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private void insert(long seq, String prevHash, String hash, AuditEntry entry) throws SQLException {
        try (Connection c = connect(); PreparedStatement insert = c.prepareStatement("INSERT INTO audit_log"
                + " (seq, prev_hash, entry_hash, chain_format, occurred_at, actor, action, entity, entity_id, changes)"
                + " VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, '[]')")) {
            insert.setLong(1, seq);
            insert.setString(2, prevHash);
            insert.setString(3, hash);
            insert.setObject(4, entry.at().atOffset(ZoneOffset.UTC));
            insert.setString(5, entry.actor());
            insert.setString(6, entry.action());
            insert.setString(7, entry.entity());
            insert.setString(8, entry.entityId());
            insert.executeUpdate();
        }
    }
}
