package org.incidentdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import org.flywaydb.core.api.migration.Context;
import org.incidentdesk.domain.audit.EntryHash;
import org.incidentdesk.domain.common.AuditEntry;

/**
 * Migration V19.1: chains the audit rows written before the chain (V19), in the order they were written (their
 * id), as {@link AuditRepository#append} would have, and sets the chain's head. Nothing vouches for those rows
 * beyond this moment: the chain proves they were not changed after the migration. Plain JDBC, in Flyway's
 * transaction.
 */
final class AuditChainMigration extends TransactionalJavaMigration {
    AuditChainMigration() {
        super("19.1", "audit chain");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        EntryHash hasher = new EntryHash();
        long seq = 0;
        String prev = EntryHash.GENESIS;
        try (PreparedStatement q = c.prepareStatement("SELECT id, occurred_at, actor, action, entity, entity_id,"
                + " changes, legacy_summary FROM audit_log ORDER BY id");
             PreparedStatement chain = c.prepareStatement(
                     "UPDATE audit_log SET seq = ?, prev_hash = ?, entry_hash = ?, chain_format = ? WHERE id = ?");
             ResultSet r = q.executeQuery()) {
            while (r.next()) {
                seq++;
                AuditEntry entry = new AuditEntry(r.getObject(2, OffsetDateTime.class).toInstant(), r.getString(3),
                        r.getString(4), r.getString(5), r.getString(6), FactJson.readChanges(r.getString(7)),
                        r.getString(8));
                String hash = hasher.hash(EntryHash.FORMAT, seq, prev, entry);
                chain.setLong(1, seq);
                chain.setString(2, prev);
                chain.setString(3, hash);
                chain.setInt(4, EntryHash.FORMAT);
                chain.setLong(5, r.getLong(1));
                chain.addBatch();
                prev = hash;
            }
            chain.executeBatch();
        }
        try (PreparedStatement head = c.prepareStatement(
                "INSERT INTO audit_chain_head (id, last_seq, last_hash) VALUES (1, ?, ?)")) {
            head.setLong(1, seq);
            head.setString(2, prev);
            head.executeUpdate();
        }
    }
}
