package org.incidentdesk.store;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.incidentdesk.domain.common.ConnectionState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workstation's own line to a shared office database, off every user-facing thread: one dedicated connection
 * that listens for other workstations' changes and proves, about once a second, that the server still answers.
 * It keeps the {@linkplain ConnectionState state} the window's header shows and the {@link Store} consults (a lost
 * link refuses calls at once instead of letting them hang), reconnects by itself, and wakes its listeners after a
 * notification, after each slow poll (the fallback for a notification lost with the connection) and after a
 * reconnect (to fetch what was missed).
 *
 * <p>An embedded database has no such line: its link is always connected and only polls.
 */
public final class DatabaseLink implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseLink.class);
    /** How long one wait on the channel lasts, and so how soon a silent server is noticed. */
    static final Duration BEAT = Duration.ofSeconds(1);
    /** How often the listeners are woken without a notification. */
    public static final Duration POLL = Duration.ofSeconds(10);
    /** How long to wait between attempts to reconnect. */
    static final Duration RETRY = Duration.ofSeconds(2);

    /** The connection the link listens on: PostgreSQL's LISTEN, or nothing (embedded). */
    interface Channel {
        /** Connects and starts listening. */
        void open() throws SQLException;

        /** Proves the server answers, then waits up to {@code max} for a notification: true when one came. */
        boolean await(Duration max) throws SQLException, InterruptedException;

        void close();
    }

    private final Channel channel;
    private final boolean shared;
    private final String description;
    private final Duration beat;
    private final int beatsPerPoll;
    private final Duration retry;
    private final List<Consumer<ConnectionState>> stateListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> wakeListeners = new CopyOnWriteArrayList<>();
    private volatile ConnectionState state = ConnectionState.CONNECTED;
    private volatile boolean reopen;
    private final java.util.concurrent.atomic.AtomicLong notified = new java.util.concurrent.atomic.AtomicLong();
    private volatile Thread thread;
    /**
     * Released by {@link #close()}; the pause between reconnect attempts waits on it. This pacing is the network's,
     * in real time, not business time: the scheduler's (simulated in tests and drills) must not hold up a reconnect.
     */
    private final CountDownLatch closed = new CountDownLatch(1);

    DatabaseLink(Channel channel, String description, Duration beat, Duration poll, Duration retry) {
        this(channel, true, description, beat, poll, retry);
    }

    private DatabaseLink(Channel channel, boolean shared, String description, Duration beat, Duration poll,
                         Duration retry) {
        this.channel = channel;
        this.shared = shared;
        this.description = description;
        this.beat = beat;
        this.beatsPerPoll = (int) Math.max(1, poll.toMillis() / Math.max(1, beat.toMillis()));
        this.retry = retry;
    }

    /** The link of an embedded database: always connected; it only polls. */
    static DatabaseLink embedded(String description) {
        CountDownLatch never = new CountDownLatch(1);
        return new DatabaseLink(new Channel() {
            @Override
            public void open() {
            }

            @Override
            public boolean await(Duration max) throws InterruptedException {
                return never.await(max.toNanos(), TimeUnit.NANOSECONDS); // no notifications: only the poll's pace
            }

            @Override
            public void close() {
            }
        }, false, description, POLL, POLL, RETRY);
    }

    /**
     * The link of a PostgreSQL database: {@code connector} opens a connection of the link's own, outside the pool,
     * with the URL's time bounds (a connection that cannot be made or read must fail, not wait).
     */
    static DatabaseLink postgres(String description, PgChannel.Connector connector) {
        return new DatabaseLink(new PgChannel(connector), description, BEAT, POLL, RETRY);
    }

    /** True for the link to a server other workstations share; false for an embedded database's. */
    public boolean isShared() {
        return shared;
    }

    /** The database it links to, as the status bar names it. */
    public String description() {
        return description;
    }

    public ConnectionState state() {
        return state;
    }

    /** {@code listener} hears every change of state, on the link's thread (or the thread that saw a call fail). */
    public void onStateChange(Consumer<ConnectionState> listener) {
        stateListeners.add(listener);
    }

    /** {@code listener} runs on the link's thread after a notification, a poll, or a reconnect. */
    public void onWake(Runnable listener) {
        wakeListeners.add(listener);
    }

    /** How many notifications of other workstations' commits the link has received (for tests and the log). */
    public long notificationsReceived() {
        return notified.get();
    }

    /** Starts listening (once): the window and the follower of the change feed do; a one-shot command does not. */
    public synchronized void start() {
        if (thread == null) {
            thread = Thread.ofPlatform().daemon().name("database-link").start(this::run);
        }
    }

    /**
     * A call on another connection failed because the server could not be reached: the link is lost now (calls
     * are refused from here on) and re-established by the link's thread.
     */
    public void reportLost(Throwable cause) {
        LOG.warn("{}: a call failed on a lost connection: {}", description, String.valueOf(cause));
        reopen = true;
        moveTo(ConnectionState.LOST);
    }

    private void run() {
        boolean open = false;
        int beats = 0;
        while (!Thread.currentThread().isInterrupted()) {
            try {
                if (!open) {
                    open = connect();
                    if (!open) {
                        if (closed.await(retry.toNanos(), TimeUnit.NANOSECONDS)) {
                            break;
                        }
                        continue;
                    }
                    beats = 0;
                    wake(); // fetch what was missed while the link was down
                }
                boolean notified = channel.await(beat);
                if (reopen) {
                    reopen = false;
                    channel.close();
                    open = false;
                    continue;
                }
                if (notified) {
                    this.notified.incrementAndGet();
                }
                if (notified || ++beats >= beatsPerPoll) {
                    beats = 0;
                    wake();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (SQLException | RuntimeException e) {
                LOG.warn("{}: connection lost: {}", description, String.valueOf(e));
                channel.close();
                open = false;
                moveTo(ConnectionState.LOST);
            }
        }
        channel.close();
    }

    private boolean connect() {
        if (state != ConnectionState.CONNECTED) {
            moveTo(ConnectionState.RECONNECTING);
        }
        try {
            channel.open();
            reopen = false;
            moveTo(ConnectionState.CONNECTED);
            return true;
        } catch (SQLException | RuntimeException e) {
            LOG.debug("{}: reconnect failed: {}", description, String.valueOf(e));
            channel.close();
            moveTo(ConnectionState.LOST);
            return false;
        }
    }

    private void wake() {
        for (Runnable listener : wakeListeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.warn("{}: a change-feed listener failed", description, e);
            }
        }
    }

    private synchronized void moveTo(ConnectionState next) {
        if (state == next) {
            return;
        }
        LOG.info("{}: {} -> {}", description, state, next);
        state = next;
        stateListeners.forEach(l -> l.accept(next));
    }

    @Override
    public void close() {
        closed.countDown();
        Thread running;
        synchronized (this) {
            running = thread;
            thread = null;
        }
        if (running != null) {
            running.interrupt();
            try {
                running.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
