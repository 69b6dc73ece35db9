package org.incidentdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code restore} and {@code drill run} sign in like every command once the office has accounts: restoring is the
 * system administrator's, a drill the office's or a leader's; refused, they exit 2 naming the roles needed and do
 * nothing.
 */
class SignedInRestoreAndDrillTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneOffset.UTC);
    private static final String SECURITY = "Shouhu#2026";
    private static final String SYSTEM = "Huifu#2026";
    private static final String OFFICE = "Yanlian#2026";
    private static final Path DRILL = Path.of("assets", "drills", "college.yaml");

    @TempDir
    Path dir;
    private Path dataDir;
    private Path backup;

    private CliRun run(String input, String... args) {
        return CliRun.withInput(dataDir, CLOCK, Map.of(), input, args);
    }

    private CliRun as(String user, String password, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--user";
        all[1] = user;
        all[2] = "--password-stdin";
        System.arraycopy(args, 0, all, 3, args.length);
        return run(password + "\n", all);
    }

    @BeforeEach
    void anOfficeWithAccountsAndABackup() {
        dataDir = dir.resolve("office");
        backup = dir.resolve("office.idbackup");
        assertEquals(0, run("", "incident", "new", "--title", "网传停水", "--category", "inquiry").exit());
        assertEquals(0, run("", "backup", "--out", backup.toString()).exit(), "set-up mode backs up");
        CliRun admin = run(SECURITY + "\n", "--password-stdin", "account", "create-admin", "--name", "anquan",
                "--person", "1");
        assertEquals(0, admin.exit(), admin.err());
        for (String[] account : List.of(new String[] {"xitong", "2", "SYSTEM_ADMIN", SYSTEM},
                new String[] {"bangong", "3", "OFFICE_STAFF", OFFICE})) {
            CliRun added = run(SECURITY + "\n" + account[3] + "\n", "--user", "anquan", "--password-stdin", "account",
                    "add", account[0], "--person", account[1], "--roles", account[2]);
            assertEquals(0, added.exit(), added.err());
        }
    }

    @Test
    void onlyTheSystemAdministratorRestores() {
        CliRun office = as("bangong", OFFICE, "restore", backup.toString());
        assertEquals(2, office.exit());
        assertEquals(1, office.errLines().size(), office.err());
        assertTrue(office.err().contains("（办公室）无权恢复数据") && office.err().contains("系统管理员"), office.err());
        assertTrue(office.out().isEmpty(), "nothing was restored: " + office.out());

        CliRun nobody = run("", "restore", backup.toString());
        assertEquals(2, nobody.exit());
        assertTrue(nobody.err().contains("--user"), nobody.err());

        CliRun wrong = as("xitong", "Huifu#2025", "restore", backup.toString());
        assertEquals(2, wrong.exit());
        assertTrue(wrong.err().contains("登录失败"), wrong.err());

        CliRun system = as("xitong", SYSTEM, "restore", backup.toString());
        assertEquals(0, system.exit(), system.err());
        assertTrue(system.out().contains(backup.toString()), system.out());
        // the backup was taken before the accounts existed: the office is in set-up mode again
        CliRun list = run("", "incident", "list");
        assertEquals(0, list.exit(), list.err());
        assertTrue(list.out().contains("网传停水"), list.out());
    }

    @Test
    void theOfficeRunsADrillAndTheSystemAdministratorMayNot() {
        CliRun system = as("xitong", SYSTEM, "drill", "run", DRILL.toString());
        assertEquals(2, system.exit());
        assertTrue(system.err().contains("（系统管理员）无权运行演练") && system.err().contains("领导、办公室"),
                system.err());

        CliRun office = as("bangong", OFFICE, "drill", "run", DRILL.toString());
        assertEquals(0, office.exit(), office.err());
        assertTrue(office.out().contains("2026-"), office.out());
    }

    @Test
    void aRestoreIntoADataDirectoryWithNoDatabaseYetRunsInSetUpMode() {
        dataDir = dir.resolve("empty");
        CliRun restored = run("", "restore", backup.toString());
        assertEquals(0, restored.exit(), restored.err());
        assertTrue(run("", "incident", "list").out().contains("网传停水"));
    }
}
