package org.incidentdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.incidentdesk.domain.common.ConnectionLostException;
import org.incidentdesk.domain.common.ConnectionState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The link's states as the server goes away and comes back (a channel the test switches off and on), and the
 * store's refusal of calls while it is lost.
 */
class DatabaseLinkTest {
    /** A server the test can take away: while down, connecting and waiting fail as a cut network does. */
    private static final class SwitchedChannel implements DatabaseLink.Channel {
        volatile boolean up = true;
        final AtomicInteger opened = new AtomicInteger();

        @Override
        public void open() throws SQLException {
            if (!up) {
                throw new SQLException("Connection refused", "08001");
            }
            opened.incrementAndGet();
        }

        @Override
        public boolean await(Duration max) throws SQLException, InterruptedException {
            Thread.sleep(max);
            if (!up) {
                throw new SQLException("An I/O error occurred while sending to the backend", "08006");
            }
            return false;
        }

        @Override
        public void close() {
        }
    }

    private final SwitchedChannel channel = new SwitchedChannel();
    private final DatabaseLink link = new DatabaseLink(channel, "PostgreSQL test", Duration.ofMillis(5),
            Duration.ofMillis(5), Duration.ofMillis(5));
    private final BlockingQueue<ConnectionState> states = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> wakes = new LinkedBlockingQueue<>();

    @AfterEach
    void close() {
        link.close();
    }

    @Test
    void aLostServerIsSaidAndTheLinkReconnectsByItselfAndWakesItsListenersToFetch() throws Exception {
        link.onStateChange(states::add);
        link.onWake(() -> wakes.add("wake"));
        link.start();
        assertEquals("wake", wakes.poll(10, TimeUnit.SECONDS), "woken once connected, to fetch what it missed");

        channel.up = false;
        assertEquals(ConnectionState.LOST, states.poll(10, TimeUnit.SECONDS));
        assertEquals(ConnectionState.RECONNECTING, states.poll(10, TimeUnit.SECONDS));
        assertEquals(ConnectionState.LOST, states.poll(10, TimeUnit.SECONDS), "still down: lost again");
        wakes.clear();

        channel.up = true;
        ConnectionState state;
        do {
            state = states.poll(10, TimeUnit.SECONDS);
        } while (state != null && state != ConnectionState.CONNECTED);
        assertEquals(ConnectionState.CONNECTED, state);
        assertEquals("wake", wakes.poll(10, TimeUnit.SECONDS), "after the reconnect it fetches");
        assertTrue(channel.opened.get() >= 2, "a new connection was opened");
    }

    @Test
    void aCallOnALostLinkIsRefusedAtOnceNamingTheDatabaseAndWritesNothing() {
        Database database = TestDatabase.open("link-" + UUID.randomUUID());
        try {
            Store store = new Store(database, e -> { });
            database.link().reportLost(new SQLException("cut", "08006"));

            ConnectionLostException refused = assertThrows(ConnectionLostException.class,
                    () -> store.run(s -> s.numbers().take(NumberSeries.Series.INCIDENTS, 2026)));

            assertEquals(database.description(), refused.database());
            assertTrue(refused.getMessage().contains(database.description()), refused.getMessage());
        } finally {
            database.close();
        }
    }

    @Test
    void aCallThatFailsOnADeadConnectionBecomesALostConnectionAndLosesTheLink() {
        Database database = TestDatabase.open("link-" + UUID.randomUUID());
        try {
            Store store = new Store(database, e -> { });

            ConnectionLostException refused = assertThrows(ConnectionLostException.class, () -> store.run(s -> {
                throw new org.jooq.exception.DataAccessException("socket read",
                        new SQLException("An I/O error occurred while sending to the backend", "08006"));
            }));

            assertEquals(ConnectionState.LOST, database.link().state());
            assertTrue(refused.getCause() != null);
        } finally {
            database.close();
        }
    }
}
