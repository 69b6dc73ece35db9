package org.incidentdesk.store;

import static org.incidentdesk.store.generated.Tables.AUDIT_CHAIN_HEAD;
import static org.incidentdesk.store.generated.Tables.AUDIT_LOG;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.incidentdesk.domain.audit.AuditQuery;
import org.incidentdesk.domain.audit.ChainedEntry;
import org.incidentdesk.domain.audit.EntryHash;
import org.incidentdesk.domain.common.AuditEntry;
import org.incidentdesk.domain.common.FieldChange;
import org.incidentdesk.store.generated.tables.records.AuditLogRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * The append-only, hash-chained record of who changed what: the action, the entity and its id, the fields before
 * and after. An append takes the chain's head under its row lock, so appenders on several connections (or
 * workstations) queue and each links to the committed head; a failed append throws, which rolls back the change
 * it records. Rows are never updated; they are deleted only by {@link #purgeThrough}, from the oldest end.
 */
public final class AuditRepository {
    private static final int WALK_FETCH_SIZE = 10_000;
    private final DSLContext dsl;

    AuditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The end of the chain: its last seq (0 before the first entry) and that entry's hash. */
    public record Head(long seq, String hash) {
    }

    public void append(Stamp stamp, String action, String entity, Object entityId, FieldChange... changes) {
        append(stamp, action, entity, entityId, List.of(changes));
    }

    /** Appends one entry to the chain; returns it with its seq and hash. */
    public ChainedEntry append(Stamp stamp, String action, String entity, Object entityId, List<FieldChange> changes) {
        AuditEntry entry = new AuditEntry(EntryHash.stored(stamp.at()), stamp.who(), action, entity,
                entityId == null ? null : String.valueOf(entityId), changes, null);
        int locked = dsl.update(AUDIT_CHAIN_HEAD).set(AUDIT_CHAIN_HEAD.LAST_SEQ, AUDIT_CHAIN_HEAD.LAST_SEQ.plus(1))
                .where(AUDIT_CHAIN_HEAD.ID.eq(1)).execute();
        if (locked != 1) {
            throw new IllegalStateException("the audit chain has no head row (was audit_chain_head emptied?)");
        }
        Head before = dsl.select(AUDIT_CHAIN_HEAD.LAST_SEQ, AUDIT_CHAIN_HEAD.LAST_HASH).from(AUDIT_CHAIN_HEAD)
                .where(AUDIT_CHAIN_HEAD.ID.eq(1)).fetchSingle(r -> new Head(r.value1(), r.value2()));
        long seq = before.seq();
        String hash = new EntryHash().hash(EntryHash.FORMAT, seq, before.hash(), entry);
        dsl.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.SEQ, seq)
                .set(AUDIT_LOG.PREV_HASH, before.hash())
                .set(AUDIT_LOG.ENTRY_HASH, hash)
                .set(AUDIT_LOG.CHAIN_FORMAT, (short) EntryHash.FORMAT)
                .set(AUDIT_LOG.OCCURRED_AT, Times.utc(entry.at()))
                .set(AUDIT_LOG.ACTOR, entry.actor())
                .set(AUDIT_LOG.ACTION, action)
                .set(AUDIT_LOG.ENTITY, entity)
                .set(AUDIT_LOG.ENTITY_ID, entry.entityId())
                .set(AUDIT_LOG.CHANGES, FactJson.write(entry.changes()))
                .execute();
        dsl.update(AUDIT_CHAIN_HEAD).set(AUDIT_CHAIN_HEAD.LAST_HASH, hash).where(AUDIT_CHAIN_HEAD.ID.eq(1)).execute();
        return new ChainedEntry(seq, entry, before.hash(), hash, EntryHash.FORMAT);
    }

    /** The head as the head row keeps it (for checkpoints; the verifier walks the rows instead). */
    public Head head() {
        return dsl.select(AUDIT_CHAIN_HEAD.LAST_SEQ, AUDIT_CHAIN_HEAD.LAST_HASH).from(AUDIT_CHAIN_HEAD)
                .where(AUDIT_CHAIN_HEAD.ID.eq(1)).fetchOptional(r -> new Head(r.value1(), r.value2()))
                .orElse(new Head(0, EntryHash.GENESIS));
    }

    /** How many entries the table holds. */
    public long count() {
        return dsl.fetchCount(AUDIT_LOG);
    }

    /**
     * Hands every row to {@code visitor} in seq order, streaming (a million rows need not fit in memory). The rows
     * are read on this thread and turned into entries and visited on a second one, so reading and hashing overlap.
     * H2 keeps a result of more than 40,000 rows in a temporary file unless the session reads lazily (that tripled
     * the time a million entries took to read); PostgreSQL streams through the cursor's fetch size. The query goes
     * straight to JDBC: jOOQ's records and its text parsing of timestamps cost a fifth of a walk.
     */
    public void walk(Consumer<ChainedEntry> visitor) {
        walk(AuditQuery.ALL, visitor);
    }

    /** As {@link #walk(Consumer)}, the rows {@code query} selects. */
    public void walk(AuditQuery query, Consumer<ChainedEntry> visitor) {
        Query select = dsl.select(AUDIT_LOG.SEQ, AUDIT_LOG.PREV_HASH, AUDIT_LOG.ENTRY_HASH, AUDIT_LOG.CHAIN_FORMAT,
                        AUDIT_LOG.OCCURRED_AT, AUDIT_LOG.ACTOR, AUDIT_LOG.ACTION, AUDIT_LOG.ENTITY, AUDIT_LOG.ENTITY_ID,
                        AUDIT_LOG.CHANGES, AUDIT_LOG.LEGACY_SUMMARY)
                .from(AUDIT_LOG).where(conditionOf(query)).orderBy(AUDIT_LOG.SEQ);
        boolean h2 = dsl.dialect().family() == SQLDialect.H2;
        dsl.connection(connection -> {
            try (Statement settings = connection.createStatement()) {
                if (h2) {
                    settings.execute("SET LAZY_QUERY_EXECUTION TRUE");
                }
                try (OrderedHandoff<StoredRow> handoff = new OrderedHandoff<>("audit-walk",
                        row -> visitor.accept(row.toChained()))) {
                    readRows(connection, select, handoff);
                    handoff.finish();
                } finally {
                    if (h2) {
                        settings.execute("SET LAZY_QUERY_EXECUTION FALSE");
                    }
                }
            }
        });
    }

    private static void readRows(Connection connection, Query query, OrderedHandoff<StoredRow> handoff)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(query.getSQL())) {
            List<Object> binds = query.getBindValues();
            for (int i = 0; i < binds.size(); i++) {
                select.setObject(i + 1, binds.get(i));
            }
            select.setFetchSize(WALK_FETCH_SIZE);
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    handoff.add(new StoredRow(r.getLong(1), r.getString(2), r.getString(3), r.getInt(4),
                            r.getObject(5, OffsetDateTime.class), r.getString(6), r.getString(7), r.getString(8),
                            r.getString(9), r.getString(10), r.getString(11)));
                }
            }
        }
    }

    /** One audit row as read, its changes still JSON (parsed off the reading thread). */
    private record StoredRow(long seq, String prevHash, String hash, int format, OffsetDateTime at, String actor,
                             String action, String entity, String entityId, String changes, String legacySummary) {
        ChainedEntry toChained() {
            AuditEntry entry = new AuditEntry(at.toInstant(), actor, action, entity, entityId,
                    FactJson.readChangesOrUnreadable(changes), legacySummary);
            return new ChainedEntry(seq, entry, prevHash, hash, format);
        }
    }

    /** The entries {@code query} selects, newest first, at most {@code limit}. */
    public List<ChainedEntry> find(AuditQuery query, int limit) {
        return dsl.selectFrom(AUDIT_LOG).where(conditionOf(query)).orderBy(AUDIT_LOG.SEQ.desc()).limit(limit)
                .fetch(AuditRepository::toChained);
    }

    public List<AuditEntry> recent(int limit) {
        return find(AuditQuery.ALL, limit).stream().map(ChainedEntry::entry).toList();
    }

    /** The entry at {@code seq}, if the table holds it. */
    public Optional<ChainedEntry> at(long seq) {
        return dsl.selectFrom(AUDIT_LOG).where(AUDIT_LOG.SEQ.eq(seq)).fetchOptional(AuditRepository::toChained);
    }

    /**
     * The last seq a purge before {@code before} may remove: the chain is cut only at its oldest end, so this is
     * the entry before the first one at or after {@code before} (0: nothing to purge).
     */
    public long lastSeqBefore(Instant before) {
        Long firstKept = dsl.select(DSL.min(AUDIT_LOG.SEQ)).from(AUDIT_LOG)
                .where(AUDIT_LOG.OCCURRED_AT.ge(Times.utc(before))).fetchOne(0, Long.class);
        Long last = firstKept != null ? Long.valueOf(firstKept - 1)
                : dsl.select(DSL.max(AUDIT_LOG.SEQ)).from(AUDIT_LOG).fetchOne(0, Long.class);
        return last == null ? 0 : last;
    }

    /** Deletes the entries up to and including {@code seq}; returns how many. Only the purge may call this. */
    public int purgeThrough(long seq) {
        return dsl.deleteFrom(AUDIT_LOG).where(AUDIT_LOG.SEQ.le(seq)).execute();
    }

    private static Condition conditionOf(AuditQuery query) {
        List<Condition> conditions = new ArrayList<>();
        if (query.actor() != null) {
            conditions.add(AUDIT_LOG.ACTOR.containsIgnoreCase(query.actor()));
        }
        if (query.entityId() != null) {
            conditions.add(AUDIT_LOG.ENTITY_ID.eq(query.entityId()));
        }
        if (query.from() != null) {
            conditions.add(AUDIT_LOG.OCCURRED_AT.ge(Times.utc(query.from())));
        }
        if (query.until() != null) {
            conditions.add(AUDIT_LOG.OCCURRED_AT.lt(Times.utc(query.until())));
        }
        return DSL.and(conditions);
    }

    private static ChainedEntry toChained(AuditLogRecord r) {
        AuditEntry entry = new AuditEntry(r.getOccurredAt().toInstant(), r.getActor(), r.getAction(), r.getEntity(),
                r.getEntityId(), FactJson.readChangesOrUnreadable(r.getChanges()), r.getLegacySummary());
        return new ChainedEntry(r.getSeq(), entry, r.getPrevHash(), r.getEntryHash(), r.getChainFormat());
    }
}
