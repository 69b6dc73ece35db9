package org.incidentdesk.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;

/**
 * The one factory of the databases the store and service tests run on. By default a private in-memory H2
 * database. In the test run on PostgreSQL (the surefire execution {@code postgresql}, which sets
 * {@value #VENDOR_PROPERTY}=postgresql) each call gives a fresh database on the server that {@value #URL_PROPERTY}
 * names, copied from a template migrated once per run ({@code CREATE DATABASE … TEMPLATE}: far quicker than running
 * every migration for every test). When that server cannot be reached, the test is skipped saying why; with
 * {@value #REQUIRED_PROPERTY}=true (CI) it fails instead.
 */
public final class TestDatabase {
    /** "postgresql" runs the tests on the server; anything else (or nothing) on H2. */
    public static final String VENDOR_PROPERTY = "incidentdesk.test.database";
    /** The server, as a JDBC URL of a database the test account may connect to (e.g. .../postgres). */
    public static final String URL_PROPERTY = "incidentdesk.test.pg";
    public static final String USER_PROPERTY = "incidentdesk.test.pg.user";
    public static final String PASSWORD_PROPERTY = "incidentdesk.test.pg.password";
    /** "true" in CI: a server that cannot be reached fails the run instead of skipping. */
    public static final String REQUIRED_PROPERTY = "incidentdesk.test.pg.required";
    static final String DEFAULT_URL = "jdbc:postgresql://localhost:5432/postgres";

    private TestDatabase() {
    }

    /** True in the run on PostgreSQL. */
    public static boolean onPostgresql() {
        return "postgresql".equalsIgnoreCase(System.getProperty(VENDOR_PROPERTY, ""));
    }

    /** A fresh, migrated database of its own for one test; {@code name} only makes it recognisable. */
    public static Database open(String name) {
        if (!onPostgresql()) {
            return Database.openInMemory(name);
        }
        return Server.INSTANCE.fresh(name);
    }

    /** Why the test server cannot be used (it did not answer), or empty when it can. Connects once per run. */
    public static java.util.Optional<String> serverProblem() {
        return java.util.Optional.ofNullable(Server.INSTANCE.unreachable);
    }

    /** A plain JDBC connection to {@code database}, for a test that changes rows behind the program's back. */
    public static Connection connect(Database database) throws SQLException {
        return database.dataSource().getConnection();
    }

    /** The server's address of a fresh database of its own, migrated (for a test that opens it itself). */
    public static ServerAddress freshServerDatabase(String name) {
        return Server.INSTANCE.freshAddress(name);
    }

    /**
     * The address of a new, empty database on the test server (no schema), or the test is skipped (failed in CI)
     * when there is none. Whether or not the run is on PostgreSQL: {@code db copy} tests need a target.
     */
    public static ServerAddress emptyServerDatabase(String name) {
        return Server.INSTANCE.emptyAddress(name);
    }

    /**
     * The test server, reached once per run. Creating a database from the template takes a second or two (the
     * copy of its files), emptying one a tenth of that: a database whose test closed it (no connection left) is
     * emptied to the template's rows and handed to the next test. Every database it created is dropped at exit.
     */
    private static final class Server {
        static final Server INSTANCE = new Server();

        private final String adminUrl = System.getProperty(URL_PROPERTY, DEFAULT_URL);
        private final String user = System.getProperty(USER_PROPERTY, "incidentdesk");
        private final String password = System.getProperty(PASSWORD_PROPERTY, "incidentdesk");
        private final String prefix = "idt_" + ProcessHandle.current().pid() + "_";
        private final AtomicInteger counter = new AtomicInteger();
        /** The migrated databases made from the template, each given to one test at a time. */
        private final List<String> migrated = new ArrayList<>();
        private final List<String> toDrop = new ArrayList<>();
        private String unreachable;
        private String template;
        private TemplateRows templateRows;

        private Server() {
            try (Connection ignored = admin()) {
                Runtime.getRuntime().addShutdownHook(new Thread(this::dropAll, "drop-test-databases"));
            } catch (SQLException e) {
                unreachable = "no PostgreSQL server for the tests at " + adminUrl + " as " + user + " ("
                        + e.getMessage() + "): start one as .ci/run does, or name one with -D" + URL_PROPERTY
                        + "=jdbc:postgresql://host:port/db (-D" + USER_PROPERTY + ", -D" + PASSWORD_PROPERTY + ")";
            }
        }

        synchronized Database fresh(String name) {
            return Database.openServer(freshAddress(name));
        }

        synchronized ServerAddress freshAddress(String name) {
            requireServer();
            if (template == null) {
                template = prefix + "template";
                execute("CREATE DATABASE " + template);
                toDrop.add(template);
                Database.openServer(address(template)).close();
                templateRows = TemplateRows.read(address(template));
            }
            for (var databases = migrated.iterator(); databases.hasNext(); ) {
                String database = databases.next();
                if (inUse(database)) {
                    continue;
                }
                if (templateRows.resetTo(address(database))) {
                    return address(database);
                }
                databases.remove(); // its test changed the schema: never handed out again, dropped at exit
            }
            ServerAddress created = create(name, " TEMPLATE " + template);
            migrated.add(created.url().substring(created.url().lastIndexOf('/') + 1).replaceAll("\\?.*", ""));
            return created;
        }

        synchronized ServerAddress emptyAddress(String name) {
            requireServer();
            return create(name, " TEMPLATE template0");
        }

        private ServerAddress create(String name, String clause) {
            String database = prefix + counter.incrementAndGet() + "_" + name.replaceAll("[^A-Za-z0-9]", "")
                    .toLowerCase(java.util.Locale.ROOT);
            database = database.substring(0, Math.min(database.length(), 60));
            execute("CREATE DATABASE " + database + clause);
            toDrop.add(database);
            return address(database);
        }

        private boolean inUse(String database) {
            try (Connection c = admin(); var s = c.prepareStatement(
                    "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = ?")) {
                s.setString(1, database);
                try (var r = s.executeQuery()) {
                    r.next();
                    return r.getInt(1) > 0;
                }
            } catch (SQLException e) {
                throw new IllegalStateException("asking " + adminUrl + " who uses " + database, e);
            }
        }

        private void requireServer() {
            if (unreachable == null) {
                return;
            }
            if (Boolean.getBoolean(REQUIRED_PROPERTY)) {
                throw new IllegalStateException(unreachable + " — and " + REQUIRED_PROPERTY + "=true");
            }
            Assumptions.abort(unreachable);
        }

        private ServerAddress address(String database) {
            int slash = adminUrl.indexOf('/', "jdbc:postgresql://".length());
            int query = adminUrl.indexOf('?');
            String url = adminUrl.substring(0, slash + 1) + database + (query < 0 ? "" : adminUrl.substring(query));
            return new ServerAddress(url, user, password);
        }

        private void dropAll() {
            for (String database : toDrop) {
                try (Connection c = admin(); Statement s = c.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
                } catch (SQLException ignored) {
                    // the server went away first: a throw-away cluster (CI) goes with it
                }
            }
        }

        private void execute(String sql) {
            try (Connection c = admin(); Statement s = c.createStatement()) {
                s.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(sql + " on " + adminUrl, e);
            }
        }

        private Connection admin() throws SQLException {
            return DriverManager.getConnection(adminUrl, user, password);
        }
    }
}
