package org.incidentdesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * PostgreSQL's side of the {@link DatabaseLink}: a connection of its own that LISTENs on the change feed's channel.
 * Each wait first sends {@code SELECT 1}, so a server that stopped answering is noticed within the socket timeout
 * of the URL even when the connection is not closed (a notification wait alone would wait on a dead line).
 */
final class PgChannel implements DatabaseLink.Channel {
    /** Opens a new connection, outside the pool, with the program's time bounds. */
    @FunctionalInterface
    interface Connector {
        Connection connect() throws SQLException;
    }

    private final Connector connector;
    private Connection connection;

    PgChannel(Connector connector) {
        this.connector = connector;
    }

    @Override
    public void open() throws SQLException {
        close();
        Connection opened = connector.connect();
        try (Statement s = opened.createStatement()) {
            s.execute("LISTEN " + ChangeFeedRepository.CHANNEL);
        } catch (SQLException e) {
            opened.close();
            throw e;
        }
        connection = opened;
    }

    @Override
    public boolean await(Duration max) throws SQLException {
        if (connection == null) {
            throw new SQLException("not connected", "08003");
        }
        try (Statement s = connection.createStatement()) {
            s.execute("SELECT 1");
        }
        PGNotification[] received = connection.unwrap(PGConnection.class)
                .getNotifications((int) Math.max(1, max.toMillis()));
        return received != null && received.length > 0;
    }

    @Override
    public void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the connection is gone already; a new one will be opened
            }
            connection = null;
        }
    }
}
