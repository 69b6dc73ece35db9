package org.incidentdesk.store;

import java.util.Objects;

/**
 * Where a shared office database is: a PostgreSQL JDBC URL ({@code jdbc:postgresql://host:port/database}) and the
 * account the workstation signs in with. The password never appears in {@link #toString()} or {@link #display()}.
 */
public record ServerAddress(String url, String user, String password) {
    public static final String POSTGRESQL_PREFIX = "jdbc:postgresql:";

    public ServerAddress {
        Objects.requireNonNull(url, "url");
        if (!isPostgresql(url)) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL (jdbc:postgresql://host/database): " + url);
        }
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    /** True when {@code url} names a PostgreSQL server, the only server the program connects to. */
    public static boolean isPostgresql(String url) {
        return url != null && url.startsWith(POSTGRESQL_PREFIX);
    }

    /** The URL without its parameters (which may carry a password), for messages and the status bar. */
    public String display() {
        int query = url.indexOf('?');
        return (query < 0 ? url : url.substring(0, query)) + (user.isEmpty() ? "" : " (" + user + ")");
    }

    @Override
    public String toString() {
        return display();
    }
}
