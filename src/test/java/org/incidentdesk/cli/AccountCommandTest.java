package org.incidentdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line signs in once the office has accounts; before that it runs as the workstation and says so. */
class AccountCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneOffset.UTC);
    private static final String ADMIN = "Shouhu#2026";

    @TempDir
    Path dataDir;

    private CliRun run(Map<String, String> variables, String input, String... args) {
        return CliRun.withInput(dataDir, CLOCK, variables, input, args);
    }

    private void createAdministrator() {
        CliRun created = run(Map.of(), ADMIN + "\n", "--password-stdin", "account", "create-admin", "--name", "anquan",
                "--person", "1");
        assertEquals(0, created.exit(), created.err());
        assertTrue(created.out().startsWith("已创建账户 anquan（"), created.out());
    }

    @Test
    void anOfficeWithoutAccountsRunsAsTheWorkstationAndSaysSoOnce() {
        CliRun first = run(Map.of(), "", "incident", "list");
        CliRun second = run(Map.of(), "", "incident", "list");

        assertEquals(0, first.exit(), first.err());
        assertEquals(1, first.errLines().size(), first.err());
        assertTrue(first.err().contains("设置模式") && first.err().contains("account create-admin"), first.err());
        assertEquals(0, second.exit());
        assertEquals("", second.err(), "said once per data directory");
    }

    @Test
    void onceThereIsAnAccountEveryCommandSignsIn() {
        createAdministrator();

        CliRun nobody = run(Map.of(), "", "incident", "list");
        assertEquals(2, nobody.exit());
        assertEquals(List.of("本单位已启用账户：请用 --user 指定账户名（或设置环境变量 INCIDENTDESK_USER）"),
                nobody.errLines());

        CliRun noPassword = run(Map.of("INCIDENTDESK_USER", "anquan"), "", "incident", "list");
        assertEquals(2, noPassword.exit());
        assertTrue(noPassword.err().contains("INCIDENTDESK_PASSWORD"), noPassword.err());

        CliRun fromEnvironment = run(Map.of("INCIDENTDESK_USER", "anquan", "INCIDENTDESK_PASSWORD", ADMIN),
                "", "account", "list");
        assertEquals(0, fromEnvironment.exit(), fromEnvironment.err());
        assertTrue(fromEnvironment.out().startsWith("anquan\t"), fromEnvironment.out());
        assertTrue(fromEnvironment.out().contains("安全管理员") && fromEnvironment.out().contains("正常"),
                fromEnvironment.out());
        assertEquals("", fromEnvironment.err());
    }

    @Test
    void aWrongPasswordExitsTwoAndCountsAsAFailure() {
        createAdministrator();

        CliRun wrong = run(Map.of(), "Shouhu#2025\n", "--user", "anquan", "--password-stdin", "incident", "list");
        CliRun wrongAgain = run(Map.of("INCIDENTDESK_PASSWORD", "nope"), "", "--user", "anquan", "incident", "list");

        assertEquals(2, wrong.exit());
        assertEquals(List.of("登录失败：账户名或密码错误（再错 4 次账户将被锁定）"), wrong.errLines());
        assertEquals(2, wrongAgain.exit());
        assertEquals(List.of("登录失败：账户名或密码错误（再错 3 次账户将被锁定）"), wrongAgain.errLines(), "counted");
        CliRun third = run(Map.of("INCIDENTDESK_PASSWORD", "nope"), "", "--lang", "en", "--user", "anquan", "incident",
                "list");
        assertEquals(List.of("Sign-in failed: wrong account name or password (2 more and the account is locked)"),
                third.errLines());
        assertEquals("", wrong.out());
    }

    @Test
    void theSecurityAdministratorAddsAnAccountThatThenSignsIn() {
        createAdministrator();

        CliRun added = run(Map.of(), ADMIN + "\nZhiban#2026\n", "--user", "anquan", "--password-stdin", "account",
                "add", "duty1", "--person", "2", "--roles", "办公室,领导", "--clearance", "秘密");
        assertEquals(0, added.exit(), added.err());

        CliRun asDuty = run(Map.of("INCIDENTDESK_PASSWORD", "Zhiban#2026"), "", "--user", "duty1", "incident", "new",
                "--title", "网传城东小区停水", "--category", "inquiry");
        assertEquals(0, asDuty.exit(), asDuty.err());
        CliRun denied = run(Map.of("INCIDENTDESK_PASSWORD", "Zhiban#2026", "INCIDENTDESK_NEW_PASSWORD", "Xin#Mima2026"),
                "", "--user", "duty1", "account", "reset-password", "anquan");
        assertEquals(2, denied.exit());
        assertEquals(1, denied.errLines().size(), denied.err());
        assertTrue(denied.err().contains("安全管理员"), denied.err());

        CliRun listed = run(Map.of("INCIDENTDESK_PASSWORD", ADMIN), "", "--user", "anquan", "account", "list");
        String duty = listed.out().lines().filter(l -> l.startsWith("duty1\t")).findFirst().orElseThrow();
        assertTrue(duty.contains("领导") && duty.contains("办公室") && duty.contains("秘密"), duty);
        assertFalse(listed.out().contains("Zhiban"), "no password is ever shown");
    }
}
