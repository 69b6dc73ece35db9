import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * H2 opens an older version than its last commit after the process is killed: a minimal reproduction, H2 only.
 * A SIGKILL leaves the file exactly as H2 wrote it at that instant, so a copy of the file taken right after each
 * commit (while the database stays open) is what a kill at that moment leaves. Each copy is opened and asked for
 * the row just committed. Run: java -cp h2-2.5.252.jar LostCommit.java [commits]
 */
public class LostCommit {
    public static void main(String[] args) throws Exception {
        int commits = args.length > 0 ? Integer.parseInt(args[0]) : 120;
        Path dir = Files.createTempDirectory("h2-lost-commit");
        String settings = ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;MAX_COMPACT_TIME=0";
        int missing = 0;
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("live") + settings, "sa", "");
             Statement s = c.createStatement()) {
            s.execute("SET RETENTION_TIME 0"); // reuse freed space at once, as a long-running database does
            s.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, pad VARCHAR(4000))");
            for (int i = 1; i <= commits; i++) {
                s.execute("INSERT INTO t VALUES (" + i + ", REPEAT('x', " + (i * 997 % 4000) + "))"); // autocommit
                if (i % 3 == 0) {
                    s.execute("UPDATE t SET pad = REPEAT('y', " + (i * 389 % 4000) + ") WHERE id < " + i / 2);
                }
                Path copy = dir.resolve("copy" + i);
                Files.copy(dir.resolve("live.mv.db"), Path.of(copy + ".mv.db"));
                try (Connection k = DriverManager.getConnection("jdbc:h2:file:" + copy + ";IFEXISTS=TRUE", "sa", "");
                     ResultSet r = k.createStatement().executeQuery("SELECT COUNT(*) FROM t WHERE id = " + i)) {
                    r.next();
                    if (r.getInt(1) != 1) {
                        missing++;
                        System.out.println("commit " + i + " is missing from the file a kill right after it leaves");
                    }
                }
                Files.delete(Path.of(copy + ".mv.db"));
            }
        }
        System.out.println(missing + " of " + commits + " commits missing (H2 "
                + org.h2.engine.Constants.FULL_VERSION + ")");
    }
}
