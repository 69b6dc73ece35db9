package org.incidentdesk.store;

import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * How the program connects to a PostgreSQL server: pooled connections (H2's small pool works with any
 * {@link javax.sql.ConnectionPoolDataSource}) with bounded waits, so a server that does not answer is reported
 * instead of hanging the caller. A timeout given in the URL wins over these defaults.
 */
final class ServerConnections {
    /** Connections one workstation keeps at most: the window, its alert lane and background work. */
    static final int MAX_CONNECTIONS = 10;
    /** Seconds to open a TCP connection and to sign in: an office network answers in well under this. */
    static final int CONNECT_SECONDS = 10;
    /**
     * Seconds a call may wait for the server's answer before its connection counts as lost (rel-pglive): no
     * statement of the workstation runs near this, and without it a call on a cut network waits for TCP's own
     * timeout, minutes or hours.
     */
    static final int SOCKET_SECONDS = 30;

    private ServerConnections() {
    }

    static PGConnectionPoolDataSource dataSource(ServerAddress address) {
        PGConnectionPoolDataSource source = new PGConnectionPoolDataSource();
        source.setConnectTimeout(CONNECT_SECONDS);
        source.setLoginTimeout(CONNECT_SECONDS);
        source.setSocketTimeout(SOCKET_SECONDS);
        source.setTcpKeepAlive(true);
        source.setApplicationName("IncidentDesk");
        source.setURL(address.url()); // after the defaults: what the URL says overrides them
        if (!address.user().isEmpty()) {
            source.setUser(address.user());
        }
        if (!address.password().isEmpty()) {
            source.setPassword(address.password());
        }
        return source;
    }
}
