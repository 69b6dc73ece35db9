package org.incidentdesk.store;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.ConnectionPoolDataSource;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The pool of connections to a PostgreSQL server, renewable: H2's small pool hands a connection back to the pool
 * even when the server dropped it (it does not test them), so after the server was lost every pooled connection is
 * dead. Once the {@link DatabaseLink} is connected again, {@link #renew()} swaps in a fresh pool and closes the
 * old one's connections as they come back, so the first call after a reconnect does not fail on a dead line.
 */
final class ServerPool implements DataSource, AutoCloseable {
    private final ConnectionPoolDataSource source;
    private final int maxConnections;
    private volatile JdbcConnectionPool current;

    ServerPool(ConnectionPoolDataSource source, int maxConnections) {
        this.source = source;
        this.maxConnections = maxConnections;
        this.current = create();
    }

    private JdbcConnectionPool create() {
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
        pool.setMaxConnections(maxConnections);
        return pool;
    }

    /** Replaces the pool; connections of the old one still in use are closed when handed back. */
    synchronized void renew() {
        JdbcConnectionPool old = current;
        current = create();
        old.dispose();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return current.getConnection();
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return current.getConnection(user, password);
    }

    @Override
    public PrintWriter getLogWriter() {
        return current.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        current.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) {
        current.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return current.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() {
        return current.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return current.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return current.isWrapperFor(type);
    }

    @Override
    public void close() {
        current.dispose();
    }
}
