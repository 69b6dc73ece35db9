package org.incidentdesk.service.common;

import org.incidentdesk.store.ChangeFeedRepository;
import org.incidentdesk.store.DatabaseLink;
import org.incidentdesk.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the other workstations' changes on a shared database to this one's {@link EventBus}: each time the
 * {@link DatabaseLink} wakes it (a notification, the slow poll, a reconnect) it reads the change feed after the last
 * seq it saw and announces every change another workstation made, in order, as if made here — so the board, the
 * alerts and the warnings refresh as they do for a local change. Its own changes it passes over (the store
 * announced them at commit).
 */
public final class ChangeFeedFollower implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeedFollower.class);
    /** Rows read in one go; more are read at once after it. */
    static final int BATCH = 500;

    private final Store store;
    private final DatabaseLink link;
    private final EventBus events;
    private long lastSeq = -1;
    private volatile boolean stopped;

    public ChangeFeedFollower(Store store, DatabaseLink link, EventBus events) {
        this.store = store;
        this.link = link;
        this.events = events;
    }

    /** Follows the feed from its present end (what came before, the window loads when it opens). */
    public synchronized void start() {
        if (lastSeq < 0) {
            beginAtEnd();
            link.onWake(this::fetch);
            link.start();
            LOG.info("following the changes of other workstations on {} from change {}", link.description(), lastSeq);
        }
    }

    /** Takes the feed's present end as the last seq read, without starting the link (tests fetch themselves). */
    synchronized void beginAtEnd() {
        lastSeq = store.inTransaction(s -> s.changes().lastSeq());
    }

    /** The seq of the last change read. */
    public synchronized long lastSeq() {
        return lastSeq;
    }

    /** Reads and announces everything after the last seq read; returns how many changes it announced. */
    public synchronized int fetch() {
        if (stopped || lastSeq < 0) {
            return 0;
        }
        int announced = 0;
        boolean more;
        do {
            long from = lastSeq;
            ChangeFeedRepository.Batch batch = store.inTransaction(s -> s.changes().after(from, BATCH));
            if (from > 0 && !batch.changes().isEmpty() && batch.changes().getFirst().seq() > from + 1) {
                LOG.warn("changes {} to {} were pruned before this workstation read them; reopen a workspace to "
                        + "reload it", from + 1, batch.changes().getFirst().seq() - 1);
            }
            for (ChangeFeedRepository.Change change : batch.changes()) {
                if (!change.event().origin().equals(events.origin())) {
                    events.publish(change.event());
                    announced++;
                }
            }
            lastSeq = batch.lastSeq();
            more = batch.lastSeq() - from == BATCH;
        } while (more && !stopped);
        return announced;
    }

    @Override
    public void close() {
        stopped = true;
    }
}
