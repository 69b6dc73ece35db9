package org.incidentdesk.store;

import static org.incidentdesk.store.generated.Tables.CHANGE_FEED;
import static org.incidentdesk.store.generated.Tables.CHANGE_FEED_HEAD;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.incidentdesk.domain.event.DomainEvent;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The change table (V26) that carries one workstation's domain events to the others on a shared database. The
 * {@link Store} appends a committing transaction's events in that transaction; a follower reads the rows after
 * the last seq it saw. Seq is taken like {@link NumberSeries} takes a number (update of one row, held until the
 * commit), so it runs in commit order without gaps.
 */
public final class ChangeFeedRepository {
    /** The PostgreSQL channel a committing transaction notifies, with its last seq as the payload. */
    public static final String CHANNEL = "incidentdesk_changes";
    /** How many rows the table keeps; a workstation further behind than this reloads everything. */
    public static final int KEPT_ROWS = 10_000;
    /** Pruning runs in the transaction that passes each multiple of this seq: a small delete now and then. */
    private static final int PRUNE_EVERY = 100;

    /** One change as another workstation reads it: its place in the feed, the event, when it was recorded. */
    public record Change(long seq, DomainEvent event, Instant at) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeedRepository.class);
    private final DSLContext dsl;

    ChangeFeedRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Records {@code events} in this transaction, numbered on from the feed's head, and on PostgreSQL has the
     * commit notify the listening workstations (a notification is delivered only if the transaction commits).
     */
    void append(List<DomainEvent> events, Instant at) {
        if (events.isEmpty()) {
            return;
        }
        dsl.update(CHANGE_FEED_HEAD).set(CHANGE_FEED_HEAD.LAST_SEQ, CHANGE_FEED_HEAD.LAST_SEQ.plus(events.size()))
                .where(CHANGE_FEED_HEAD.ID.eq(1)).execute();
        long last = lastSeq();
        long seq = last - events.size();
        var insert = dsl.insertInto(CHANGE_FEED, CHANGE_FEED.SEQ, CHANGE_FEED.EVENT_KIND, CHANGE_FEED.EVENT_DATA,
                CHANGE_FEED.ORIGIN_HOST, CHANGE_FEED.ORIGIN_PROCESS, CHANGE_FEED.CHANGED_AT);
        for (DomainEvent event : events) {
            seq++;
            insert = insert.values(seq, EventJson.kindOf(event), EventJson.write(event), event.origin().host(),
                    event.origin().processId(), Times.utc(at));
        }
        insert.execute();
        if (dsl.dialect().family() == SQLDialect.POSTGRES) {
            dsl.select(DSL.function("pg_notify", Object.class, DSL.val(CHANNEL), DSL.val(Long.toString(last))))
                    .fetch();
        }
        if (last / PRUNE_EVERY != (last - events.size()) / PRUNE_EVERY) {
            prune(last);
        }
    }

    /** The seq of the newest change recorded (0 before the first). */
    public long lastSeq() {
        return dsl.select(CHANGE_FEED_HEAD.LAST_SEQ).from(CHANGE_FEED_HEAD).where(CHANGE_FEED_HEAD.ID.eq(1))
                .fetchOptional(CHANGE_FEED_HEAD.LAST_SEQ).orElse(0L);
    }

    /** The seq of the oldest change still kept, or empty when the table holds none. */
    public Optional<Long> firstKeptSeq() {
        return Optional.ofNullable(dsl.select(DSL.min(CHANGE_FEED.SEQ)).from(CHANGE_FEED).fetchOne(0, Long.class));
    }

    /** Changes read after a seq: those this program understands, and the last seq read (to go on from). */
    public record Batch(List<Change> changes, long lastSeq) {
        public Batch {
            changes = List.copyOf(changes);
        }
    }

    /**
     * Up to {@code limit} rows after {@code seq}, oldest first. A row of a kind this program does not know (a
     * newer version wrote it) is logged and passed over, so one unknown change does not stop the feed.
     */
    public Batch after(long seq, int limit) {
        List<Change> changes = new ArrayList<>();
        long last = seq;
        for (var row : dsl.selectFrom(CHANGE_FEED).where(CHANGE_FEED.SEQ.gt(seq)).orderBy(CHANGE_FEED.SEQ)
                .limit(limit).fetch()) {
            last = row.getSeq();
            try {
                changes.add(new Change(row.getSeq(), EventJson.read(row.getEventKind(), row.getEventData()),
                        Times.instant(row.getChangedAt())));
            } catch (IllegalStateException unknown) {
                LOG.warn("change {} passed over: {}", row.getSeq(), unknown.getMessage());
            }
        }
        return new Batch(changes, last);
    }

    /** Keeps the table bounded: drops every row more than {@link #KEPT_ROWS} behind {@code lastSeq}. */
    int prune(long lastSeq) {
        return dsl.deleteFrom(CHANGE_FEED).where(CHANGE_FEED.SEQ.le(lastSeq - KEPT_ROWS)).execute();
    }
}
