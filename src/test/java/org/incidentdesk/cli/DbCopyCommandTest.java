package org.incidentdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.incidentdesk.store.ServerAddress;
import org.incidentdesk.store.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code db copy --to URL} (issue 19.7) on a real PostgreSQL server (skipped saying why without one; CI has one):
 * an office's embedded database goes into a new database, every table proven, and the program then works on the
 * copy; a non-empty target or a URL that is not PostgreSQL's is refused.
 */
class DbCopyCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataDir;

    private CliRun run(String... args) {
        return CliRun.of(dataDir, CLOCK, args);
    }

    /** The URL with the password as a parameter, as a script that cannot answer a prompt would give it. */
    private static String withPassword(ServerAddress target) {
        return target.url() + (target.url().contains("?") ? "&" : "?") + "password=" + target.password();
    }

    @Test
    void copiesEveryTableProvesItAndTheProgramRunsOnTheCopy() throws Exception {
        assertEquals("2026-001", run("incident", "new", "--title", "城东小区停水舆情", "--category", "inquiry").lastLine());
        assertEquals("2026-002", run("incident", "new", "--title", "网传某校食堂问题", "--category", "hype").lastLine());
        assertEquals(0, run("warning", "issue", "--incident", "2026-001", "--level", "较大", "--scope", "全县中小学校",
                "--items", "话题可能跨平台传播", "--measures", "24小时值班", "--reason", "值班会商").exit());
        List<String> sourceUnits = query(embedded(), "SELECT id, parent_id, name FROM org_unit ORDER BY id");
        List<String> sourceTitles = query(embedded(), "SELECT id, title FROM incident ORDER BY id");
        ServerAddress target = TestDatabase.emptyServerDatabase("dbcopy");

        CliRun copy = run("db", "copy", "--to", withPassword(target), "--user", target.user());

        assertEquals(0, copy.exit(), copy.err());
        List<String> rows = copy.out().lines().filter(l -> l.matches("^[a-z_0-9]+ +\\d+ +\\d+ .*")).toList();
        assertTrue(rows.size() >= 40, "a line per table: " + copy.out());
        assertTrue(rows.stream().allMatch(l -> l.endsWith("一致")), copy.out());
        assertTrue(rows.stream().anyMatch(l -> l.matches("^incident +2 +2 .*")), copy.out());
        assertTrue(copy.lastLine().startsWith("复制完成并已核对"), copy.lastLine());

        // read back on the server, not through the proof: the rows, the units' parent links, the incidents
        assertEquals(sourceUnits, query(server(target), "SELECT id, parent_id, name FROM org_unit ORDER BY id"));
        assertEquals(sourceTitles, query(server(target), "SELECT id, title FROM incident ORDER BY id"));

        // the program works on the copy: numbers and ids go on after the copied ones
        CliRun next = run("--db-url", withPassword(target), "--db-user", target.user(),
                "incident", "new", "--title", "第三起事件", "--category", "inquiry");
        assertEquals(0, next.exit(), next.err());
        assertEquals("2026-003", next.lastLine());
        assertEquals(3, query(server(target), "SELECT id FROM incident").size());
        CliRun list = run("--db-url", withPassword(target), "--db-user", target.user(), "warning", "list");
        assertTrue(list.out().contains("2026-Y001"), list.out());
    }

    @Test
    void aTargetThatHoldsTablesIsRefusedAndLeftAsItWas() throws Exception {
        ServerAddress target = TestDatabase.emptyServerDatabase("dbcopy-full");
        try (Connection c = server(target); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE someone_elses (id INT)");
            s.execute("INSERT INTO someone_elses VALUES (7)");
        }
        run("incident", "new", "--title", "城东小区停水舆情", "--category", "inquiry");

        CliRun refused = run("db", "copy", "--to", withPassword(target), "--user", target.user());

        assertEquals(2, refused.exit(), refused.out());
        assertTrue(refused.err().contains("不是空的") && refused.err().contains("someone_elses"), refused.err());
        assertEquals(List.of("someone_elses"), query(server(target),
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema"));
        assertEquals(List.of("7"), query(server(target), "SELECT id FROM someone_elses"));
    }

    @Test
    void aUrlThatIsNotPostgresqlIsRefusedInWords() {
        run("incident", "new", "--title", "城东小区停水舆情", "--category", "inquiry");
        CliRun refused = run("--lang", "en", "db", "copy", "--to", "jdbc:h2:mem:elsewhere");
        assertEquals(2, refused.exit());
        assertTrue(refused.err().contains("is not a PostgreSQL database address"), refused.err());
    }

    @Test
    void aDbUrlThatIsNotPostgresqlIsRefusedBeforeAnythingOpens() {
        CliRun refused = run("--db-url", "jdbc:h2:file:/tmp/elsewhere", "incident", "list");
        assertEquals(2, refused.exit());
        assertTrue(refused.err().contains("--db-url") && refused.err().contains("not a PostgreSQL database address"),
                refused.err());
    }

    private Connection embedded() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("incidentdesk") + ";IFEXISTS=TRUE",
                "sa", "");
    }

    private static Connection server(ServerAddress target) throws SQLException {
        return DriverManager.getConnection(target.url(), target.user(), target.password());
    }

    /** Each row as its columns' text joined by '|'. */
    private static List<String> query(Connection connection, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = connection; Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(String.valueOf(r.getString(i)));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }
}
