package org.incidentdesk.store;

import java.sql.SQLException;
import java.util.Set;

/** Tells a failure because the server could not be reached from one the server gave (a constraint, a lock). */
final class ConnectionFailures {
    /** PostgreSQL's server shutting down (57P01 admin, 57P02 crash, 57P03 cannot connect now). */
    private static final Set<String> SERVER_GONE = Set.of("57P01", "57P02", "57P03");

    private ConnectionFailures() {
    }

    /** True when a cause is an SQL connection exception (SQLSTATE class 08) or the server going down. */
    static boolean isConnectionLost(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || SERVER_GONE.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
