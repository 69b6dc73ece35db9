import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Minimal reproduction of an H2 MVStore file left by SIGKILL in which reads work but any write that updates the
 * schema metadata (an identity or sequence value, CREATE) never returns, spinning at 100 % CPU in
 * MVMap.operate → CursorPos.traverseDown. Needs only the H2 jar:
 *
 *   java -cp h2-2.5.252.jar StuckWrite.java incidentdesk.mv.db [URL settings, e.g. ";MAX_COMPACT_TIME=0"]
 *
 * It copies the file to a temporary folder (never opens the original), runs each statement with a 10-second
 * bound on its own connection and prints ok / FAILED / HUNG for each. Exits 0 when nothing hung.
 */
public class StuckWrite {
    private static final String[] STATEMENTS = {
            "SELECT COUNT(*) FROM AUDIT_LOG",
            "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES",
            "UPDATE NUMBER_SERIES SET LAST_NUMBER = LAST_NUMBER WHERE 1 = 0",
            "CREATE SEQUENCE PROBE_SEQ NO CACHE",
            "INSERT INTO AUDIT_LOG(OCCURRED_AT, ACTOR, ACTION, ENTITY, ENTITY_ID) VALUES (CURRENT_TIMESTAMP, 'p', 'p', 'p', '1')",
            "INSERT INTO PERSON_POST(PERSON_ID, UNIT_ID, TITLE) VALUES (-1, -1, 'p')",
    };

    public static void main(String[] args) throws Exception {
        Path copy = Files.createTempDirectory("h2-stuck");
        Files.copy(Path.of(args[0]), copy.resolve("db.mv.db"), StandardCopyOption.COPY_ATTRIBUTES);
        copy.resolve("db.mv.db").toFile().setWritable(true);
        String url = "jdbc:h2:file:" + copy.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE" + (args.length > 1 ? args[1] : "");
        System.out.println("H2 " + new org.h2.Driver().getMajorVersion() + "." + new org.h2.Driver().getMinorVersion()
                + " (jar " + org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation() + "), " + url);
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        });
        boolean hung = false;
        for (String sql : STATEMENTS) {
            Future<String> run = pool.submit(() -> {
                try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
                    c.setAutoCommit(false);
                    s.execute(sql);
                    c.rollback();
                    return "ok";
                } catch (Exception e) {
                    return "FAILED " + e.getMessage().lines().findFirst().orElse("");
                }
            });
            String result;
            try {
                result = run.get(10, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                result = "HUNG (no answer in 10 s)";
                hung = true;
            }
            System.out.println(result + "  <-  " + sql);
        }
        Runtime.getRuntime().halt(hung ? 1 : 0); // a hung H2 thread cannot be stopped; exit would wait for it
    }
}
