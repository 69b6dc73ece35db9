package org.incidentdesk.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.incidentdesk.app.AppContext;
import org.incidentdesk.domain.audit.EntryHash;
import org.incidentdesk.domain.common.AuditEntry;
import org.incidentdesk.domain.common.FieldChange;
import org.incidentdesk.service.audit.AuditService;
import org.incidentdesk.store.Database;

/**
 * Issue 20.4's figure: {@code audit verify} over a million chained entries (target: under 10 s), against a plain
 * JDBC read of the same rows (the floor: what reading them costs without hashing or mapping).
 */
final class AuditVerifyFigure implements Figure {
    private static final String CONFIG_DIR = "incidentdesk.configdir";

    @Override
    public String id() {
        return "audit";
    }

    @Override
    public String title() {
        return "Audit: verifying a hash chain of 1,000,000 entries";
    }

    @Override
    public String method() {
        return "A fresh data directory (demo office) gets 1,000,000 audit entries appended behind the program through "
                + "JDBC batches, each chained as `AuditRepository.append` would (seq, previous hash, SHA-256 of the "
                + "canonical encoding, two field changes as JSON). Each run is `AuditService.verify` as `audit verify` "
                + "calls it: one streaming walk in seq order (rows read lazily on one thread, their JSON changes "
                + "parsed, every hash recomputed and every link checked on a second), the checkpoints held against it, "
                + "the evidence files re-hashed (none here) and the verification appended to the chain. The reference "
                + "reads every column of the same rows in the same order with plain JDBC, as fast as H2 gives them "
                + "(lazy query execution, so the result is not first copied to a temporary file), and does nothing "
                + "with them. One warm-up run is not counted.";
    }

    @Override
    public List<Row> measure(BenchRun run) throws Exception {
        // the checkpoint log lives outside the data directory, one per path: a fresh one, or the last run's
        // checkpoints (of another chain at the same path) would rightly report this chain's tail as removed
        String configDir = System.getProperty(CONFIG_DIR);
        System.setProperty(CONFIG_DIR, run.freshDirectory("audit-config").toString());
        try {
            return measureChain(run);
        } finally {
            if (configDir == null) {
                System.clearProperty(CONFIG_DIR);
            } else {
                System.setProperty(CONFIG_DIR, configDir);
            }
        }
    }

    private List<Row> measureChain(BenchRun run) throws Exception {
        int entries = run.scale().of(1_000_000);
        Path dir = run.freshDirectory("audit");
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T02:00:00Z"), ZoneOffset.UTC);
        try (AppContext context = AppContext.openEmbedded(dir, clock, SeededOffice.ZONE)) {
            context.roster(); // the demo office, whose seeding is the first entries
        }
        String url = "jdbc:h2:file:" + dir.resolve(Database.EMBEDDED_FILE_NAME) + ";DB_CLOSE_ON_EXIT=FALSE";
        try (Connection jdbc = DriverManager.getConnection(url, "sa", "")) {
            appendChained(jdbc, entries, clock.instant());
        }
        try (AppContext context = AppContext.openEmbedded(dir, clock, SeededOffice.ZONE);
             Connection jdbc = DriverManager.getConnection(url, "sa", "")) {
            AuditService audit = context.audit();
            verify(audit);
            readJdbc(jdbc);
            BenchRun.Pair p = run.interleave(run.runs(), () -> verify(audit), () -> readJdbc(jdbc));
            return List.of(Row.of(String.format("audit verify, %,d entries", entries), Samples.of("ms", p.measured()),
                    "JDBC read of the rows", Samples.of("ms", p.reference()), Target.Below.median(10_000)));
        }
    }

    private static double verify(AuditService audit) {
        long start = System.nanoTime();
        AuditService.Verification result = audit.verify(List.of());
        if (!result.intact()) {
            throw new IllegalStateException("the benchmark's chain does not verify: " + result.findings());
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static double readJdbc(Connection jdbc) throws Exception {
        long start = System.nanoTime();
        try (Statement s = jdbc.createStatement()) {
            s.execute("SET LAZY_QUERY_EXECUTION TRUE");
            s.setFetchSize(10_000);
            try (ResultSet r = s.executeQuery("SELECT * FROM audit_log ORDER BY seq")) {
                int columns = r.getMetaData().getColumnCount();
                while (r.next()) {
                    for (int c = 1; c <= columns; c++) {
                        r.getObject(c);
                    }
                }
            } finally {
                s.execute("SET LAZY_QUERY_EXECUTION FALSE");
            }
        }
        return (System.nanoTime() - start) / 1e6;
    }

    /** Appends {@code count} entries after the chain's head, chained and hashed as the program does. */
    static void appendChained(Connection jdbc, int count, Instant at) throws Exception {
        jdbc.setAutoCommit(false);
        long seq;
        String prev;
        try (Statement s = jdbc.createStatement();
             ResultSet r = s.executeQuery("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1")) {
            r.next();
            seq = r.getLong(1);
            prev = r.getString(2);
        }
        EntryHash hasher = new EntryHash();
        try (PreparedStatement insert = jdbc.prepareStatement("INSERT INTO audit_log (seq, prev_hash, entry_hash,"
                + " chain_format, occurred_at, actor, action, entity, entity_id, changes) VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                seq++;
                Instant when = at.plusMillis(i);
                List<FieldChange> changes = new ArrayList<>(List.of(new FieldChange("title", "旧标题 " + i, "新标题 " + i),
                        FieldChange.set("phase", "RESPONDING")));
                AuditEntry entry = new AuditEntry(when, "值班员" + (i % 7), "titleChanged", "incident",
                        "2026-" + (i % 1000), changes, null);
                String hash = hasher.hash(EntryHash.FORMAT, seq, prev, entry);
                insert.setLong(1, seq);
                insert.setString(2, prev);
                insert.setString(3, hash);
                insert.setObject(4, when.atOffset(ZoneOffset.UTC));
                insert.setString(5, entry.actor());
                insert.setString(6, entry.action());
                insert.setString(7, entry.entity());
                insert.setString(8, entry.entityId());
                insert.setString(9, "[{\"field\":\"title\",\"before\":\"旧标题 " + i + "\",\"after\":\"新标题 " + i
                        + "\"},{\"field\":\"phase\",\"before\":null,\"after\":\"RESPONDING\"}]");
                insert.addBatch();
                prev = hash;
                if (i % 10_000 == 9_999) {
                    insert.executeBatch();
                    jdbc.commit();
                }
            }
            insert.executeBatch();
        }
        try (PreparedStatement head = jdbc.prepareStatement(
                "UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
            head.setLong(1, seq);
            head.setString(2, prev);
            head.executeUpdate();
        }
        jdbc.commit();
    }
}
