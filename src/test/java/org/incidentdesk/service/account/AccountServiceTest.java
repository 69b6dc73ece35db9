package org.incidentdesk.service.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.incidentdesk.app.AppContext;
import org.incidentdesk.domain.audit.AuditQuery;
import org.incidentdesk.domain.audit.ChainedEntry;
import org.incidentdesk.domain.common.Actor;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.domain.incident.Intake;
import org.incidentdesk.domain.roster.Person;
import org.incidentdesk.domain.security.Account;
import org.incidentdesk.domain.security.Principal;
import org.incidentdesk.domain.security.Role;
import org.incidentdesk.domain.security.Secrecy;
import org.incidentdesk.service.common.SimulatedClock;
import org.incidentdesk.service.common.SystemScheduler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Accounts on a real office (the demo roster) with a cheap hasher and a test clock. */
class AccountServiceTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant START = Instant.parse("2026-03-02T02:00:00Z");
    private static final char[] ADMIN_PASSWORD = "Shouhu#2026".toCharArray();
    private static final char[] AUDITOR_PASSWORD = "Jiancha#2026".toCharArray();

    @TempDir
    Path dataDir;

    private final SimulatedClock clock = new SimulatedClock(START, SHANGHAI);

    private AppContext open() {
        return AppContext.openEmbedded(dataDir, SHANGHAI, new SystemScheduler(clock), () -> new Actor("值班电脑"),
                new PasswordHasher(1_000));
    }

    private static Person person(AppContext office, int index) {
        return office.roster().load().people().get(index);
    }

    /**
     * The office's administrator (the first person of the demo roster), then signed in as it; it makes the audit
     * administrator the tests read the audit as.
     */
    private static AccountSession administrator(AppContext office) {
        office.accounts().createAdministrator("anquan", person(office, 0).id(), ADMIN_PASSWORD, ADMIN_PASSWORD);
        AccountSession admin = office.accounts().signIn("anquan", ADMIN_PASSWORD);
        office.accounts().create(new AccountService.NewAccount("shenji", null, person(office, 3).id(),
                EnumSet.of(Role.AUDIT_ADMIN), Secrecy.NONE), AUDITOR_PASSWORD, null);
        return admin;
    }

    /** The audit entries about account {@code name}, newest first, read by the audit administrator on its own thread. */
    private static List<ChainedEntry> audit(AppContext office, String name) {
        List<ChainedEntry> read = new ArrayList<>();
        Thread auditor = Thread.ofPlatform().start(() -> {
            if (!office.accounts().setUpMode()) {
                office.accounts().signInOnThisThread("shenji", AUDITOR_PASSWORD.clone());
            }
            read.addAll(office.audit().read(new AuditQuery(null, null, null, null), 300));
            office.accounts().signOutThisThread();
        });
        try {
            auditor.join();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        return read.stream()
                .filter(e -> e.entry().changes().stream().anyMatch(c -> c.field().equals("name") && name.equals(c.after())))
                .toList();
    }

    private static String outcome(ChainedEntry entry) {
        return entry.entry().changes().stream().filter(c -> c.field().equals("outcome")).findFirst()
                .map(c -> c.after()).orElse(null);
    }

    private static Violation refusal(Runnable action) {
        return assertThrows(ValidationException.class, action::run).violations().getFirst();
    }

    @Test
    void anOfficeWithoutAccountsIsInSetUpModeAndTheWorkstationActs() {
        try (AppContext office = open()) {
            assertTrue(office.accounts().setUpMode());
            Violation notAnAdministrator = refusal(() -> office.accounts().create(new AccountService.NewAccount(
                    "duty1", null, person(office, 1).id(), EnumSet.of(Role.OFFICE_STAFF), Secrecy.NONE),
                    "Zhiban#2026".toCharArray(), null));
            assertEquals("account.firstIsSecurityAdmin", notAnAdministrator.messageKey(),
                    "a first account that cannot manage accounts would leave the office without one who can");
            assertTrue(office.accounts().setUpMode(), "nothing was created");
            Principal before = office.accounts().current().map(AccountSession::principal).orElse(null);
            assertEquals(null, before);

            AccountSession admin = administrator(office);

            assertFalse(office.accounts().setUpMode());
            assertEquals(EnumSet.of(Role.SECURITY_ADMIN), admin.principal().roles());
            assertFalse(admin.principal().workstation());
            assertEquals(person(office, 0).id(), admin.principal().personId());
            assertEquals(person(office, 0).unitId(), admin.principal().unitId().longValue());
            assertEquals(person(office, 0).name(), admin.current().name(), "changes are written in the person's name");
            Violation second = refusal(() -> office.accounts().createAdministrator("zweiter", person(office, 1).id(),
                    ADMIN_PASSWORD, ADMIN_PASSWORD));
            assertEquals("account.notInSetUp", second.messageKey());
        }
    }

    @Test
    void everyServiceActsAsTheSignedInAccountUntilItSignsOut() {
        try (AppContext office = open()) {
            AccountSession admin = administrator(office);
            office.accounts().create(new AccountService.NewAccount("duty1", null, person(office, 1).id(),
                    EnumSet.of(Role.OFFICE_STAFF), Secrecy.SECRET), "Zhiban#2026".toCharArray(), null);
            AccountSession staff = office.accounts().signIn("duty1", "Zhiban#2026".toCharArray());

            var incident = office.incidents().intake(Intake.quick("网传城东小区停水", "inquiry"));

            assertEquals(person(office, 1).name(), incident.createdBy());
            assertEquals(List.of("signOut"), audit(office, "anquan").stream().map(e -> e.entry().action())
                    .filter("signOut"::equals).toList(), "the administrator was signed out when duty1 signed in");
            office.accounts().signOut(staff);
            assertTrue(office.accounts().current().isEmpty());
            assertEquals("值班电脑", office.incidents().intake(Intake.quick("网传城西小区停电", "inquiry")).createdBy());
            assertNotEquals(admin.accountId(), staff.accountId());
        }
    }

    @Test
    void aCommandSignedInOnItsThreadLeavesTheWindowsPersonAsItWas() throws Exception {
        try (AppContext office = open()) {
            administrator(office);
            for (int i = 1; i <= 2; i++) {
                office.accounts().create(new AccountService.NewAccount("duty" + i, null, person(office, i).id(),
                        EnumSet.of(Role.OFFICE_STAFF), Secrecy.NONE), "Zhiban#2026".toCharArray(), null);
            }
            AccountSession window = office.accounts().signIn("duty2", "Zhiban#2026".toCharArray());
            String[] commandCreatedBy = new String[2];
            Thread command = Thread.ofPlatform().start(() -> {
                office.accounts().signInOnThisThread("duty1", "Zhiban#2026".toCharArray());
                commandCreatedBy[0] = office.incidents().intake(Intake.quick("网传城东小区停水", "inquiry")).createdBy();
                office.accounts().signOutThisThread();
                commandCreatedBy[1] = office.incidents().intake(Intake.quick("网传城西小区停电", "inquiry")).createdBy();
            });
            command.join();

            assertEquals(person(office, 1).name(), commandCreatedBy[0]);
            assertEquals(person(office, 2).name(), commandCreatedBy[1], "after its sign-out the window's person acts");
            assertEquals(window, office.accounts().current().orElseThrow(), "the window's person never changed");
            assertEquals(List.of("signIn", "signOut"), audit(office, "duty1").stream()
                    .map(e -> e.entry().action()).filter(a -> a.startsWith("sign")).toList().reversed());
        }
    }

    @Test
    void aWrongPasswordIsRefusedCountedAndAudited() {
        try (AppContext office = open()) {
            AccountSession admin = administrator(office);
            office.accounts().signOut(admin);

            Violation refused = refusal(() -> office.accounts().signIn("anquan", "Anquan#2025".toCharArray()));

            assertEquals("account.wrongPasswordLeft", refused.messageKey());
            assertEquals(List.of(4), refused.args());
            assertEquals(1, office.accounts().find("anquan").orElseThrow().failedAttempts());
            assertTrue(office.accounts().current().isEmpty(), "nobody is signed in after a wrong password");
            ChainedEntry failure = audit(office, "anquan").stream()
                    .filter(e -> e.entry().action().equals("signInFailed")).findFirst().orElseThrow();
            assertEquals("wrongPassword", outcome(failure));
            assertEquals("值班电脑", failure.entry().actor(), "the failure is the workstation's, not the account's");
            Messages chinese = new Messages(Locale.SIMPLIFIED_CHINESE);
            assertEquals("登录失败：账户名或密码错误（再错 4 次账户将被锁定）", chinese.describe(refused));

            Violation unknown = refusal(() -> office.accounts().signIn("nobody", ADMIN_PASSWORD));
            assertEquals("account.wrongPassword", unknown.messageKey(), "an unknown name reads as a wrong password");
            office.accounts().signIn("ANQUAN ", ADMIN_PASSWORD);
            assertEquals(0, office.accounts().find("anquan").orElseThrow().failedAttempts(), "a sign-in clears the count");
        }
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutesOnTheClock() {
        try (AppContext office = open()) {
            office.accounts().signOut(administrator(office));
            List<String> refusals = new ArrayList<>();
            for (int i = 0; i < AccountService.LOCK_AFTER; i++) {
                refusals.add(refusal(() -> office.accounts().signIn("anquan", "wrong".toCharArray())).messageKey());
            }
            assertEquals(List.of("account.wrongPasswordLeft", "account.wrongPasswordLeft", "account.wrongPasswordLeft",
                    "account.wrongPasswordLeft", "account.lockedNow"), refusals);
            Account locked = office.accounts().find("anquan").orElseThrow();
            assertEquals(START.plus(Duration.ofMinutes(15)), locked.lockedUntil());

            Violation stillLocked = refusal(() -> office.accounts().signIn("anquan", ADMIN_PASSWORD));
            assertEquals("account.locked", stillLocked.messageKey(), "the right password does not open a locked account");
            assertEquals(List.of("10:15"), stillLocked.args(), "the lock's end in the office's time");

            clock.advance(Duration.ofMinutes(15).minusSeconds(1));
            assertEquals("account.locked", refusal(() -> office.accounts().signIn("anquan", ADMIN_PASSWORD)).messageKey());
            clock.advance(Duration.ofSeconds(1));
            AccountSession again = office.accounts().signIn("anquan", ADMIN_PASSWORD);

            assertEquals("anquan", again.accountName());
            Account after = office.accounts().find("anquan").orElseThrow();
            assertEquals(0, after.failedAttempts());
            assertEquals(null, after.lockedUntil());
            List<String> actions = audit(office, "anquan").stream().map(e -> e.entry().action()).toList();
            assertEquals(1, actions.stream().filter("lockAccount"::equals).count(), actions.toString());
            assertEquals(2, audit(office, "anquan").stream().filter(e -> "locked".equals(outcome(e))).count());
        }
    }

    @Test
    void storedHashesAreNotThePasswordsAndDifferForEqualPasswords() throws Exception {
        try (AppContext office = open()) {
            administrator(office);
            office.accounts().create(new AccountService.NewAccount("duty1", null, person(office, 1).id(),
                    EnumSet.of(Role.OFFICE_STAFF), Secrecy.NONE), ADMIN_PASSWORD, ADMIN_PASSWORD);
        }
        List<String> hashes = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("incidentdesk"), "sa", "");
             Statement s = c.createStatement();
             ResultSet rows = s.executeQuery(
                     "SELECT password_hash FROM account WHERE name IN ('anquan', 'duty1') ORDER BY name")) {
            while (rows.next()) {
                hashes.add(rows.getString(1));
            }
        }
        assertEquals(2, hashes.size());
        for (String hash : hashes) {
            assertFalse(hash.contains(new String(ADMIN_PASSWORD)), hash);
            assertTrue(hash.startsWith("pbkdf2-sha256$1000$"), hash);
            assertTrue(new PasswordHasher(1_000).matches(ADMIN_PASSWORD, hash));
        }
        assertNotEquals(hashes.get(0), hashes.get(1), "each hash has its own salt");
        try (var files = Files.walk(dataDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1)
                        .contains(new String(ADMIN_PASSWORD)), "no file of the data directory holds the password: " + file);
            }
        }
    }

    @Test
    void theProductionHasherStatesItsIterationCount() {
        String hash = new PasswordHasher().hash("Anquan#2026".toCharArray());
        assertEquals(PasswordHasher.ITERATIONS, PasswordHasher.iterationsOf(hash));
        assertTrue(new PasswordHasher(1).matches("Anquan#2026".toCharArray(), hash), "a hash verifies with its own count");
        assertFalse(new PasswordHasher().matches("anquan#2026".toCharArray(), hash));
    }

    @Test
    void weakPasswordsAreRefusedWithTheRuleTheyBreak() {
        try (AppContext office = open()) {
            long person = person(office, 0).id();
            Messages chinese = new Messages(Locale.SIMPLIFIED_CHINESE);
            ValidationException shortOne = assertThrows(ValidationException.class,
                    () -> office.accounts().createAdministrator("anquan", person, "Ab1#".toCharArray(), "Ab1#".toCharArray()));
            assertEquals("密码至少需要 8 个字符", chinese.describe(shortOne.violations().getFirst()));
            ValidationException simple = assertThrows(ValidationException.class,
                    () -> office.accounts().createAdministrator("anquan", person, "abcdefgh1".toCharArray(),
                            "abcdefgh2".toCharArray()));
            assertEquals(List.of("account.passwordTooSimple", "account.passwordsDiffer"),
                    simple.violations().stream().map(Violation::messageKey).toList());
            ValidationException withName = assertThrows(ValidationException.class,
                    () -> office.accounts().createAdministrator("anquan", person, "Anquan2026".toCharArray(), null));
            assertEquals("Password must not contain the account name",
                    new Messages(Locale.ENGLISH).describe(withName.violations().getFirst()));
            assertTrue(office.accounts().setUpMode(), "nothing was created");
        }
    }

    @Test
    void onlyTheSecurityAdministratorMakesAccountsAndAdministratorsStayApart() {
        try (AppContext office = open()) {
            administrator(office);
            office.accounts().create(new AccountService.NewAccount("duty1", null, person(office, 1).id(),
                    EnumSet.of(Role.OFFICE_STAFF), Secrecy.NONE), "Zhiban#2026".toCharArray(), null);
            Violation together = refusal(() -> office.accounts().create(new AccountService.NewAccount("root", null,
                    person(office, 2).id(), EnumSet.of(Role.SYSTEM_ADMIN, Role.AUDIT_ADMIN), Secrecy.NONE),
                    "Xitong#2026".toCharArray(), null));
            assertEquals("account.administratorsApart", together.messageKey());

            office.accounts().signIn("duty1", "Zhiban#2026".toCharArray());
            Violation denied = refusal(() -> office.accounts().disable("anquan"));

            assertEquals("access.denied", denied.messageKey());
            assertTrue(new Messages(Locale.SIMPLIFIED_CHINESE).describe(denied).contains("安全管理员"),
                    new Messages(Locale.SIMPLIFIED_CHINESE).describe(denied));
            assertFalse(office.accounts().find("anquan").orElseThrow().disabled());
        }
    }

    @Test
    void aDisabledAccountCannotSignInAndAResetLiftsALock() {
        try (AppContext office = open()) {
            administrator(office);
            office.accounts().create(new AccountService.NewAccount("duty1", null, person(office, 1).id(),
                    EnumSet.of(Role.OFFICE_STAFF), Secrecy.NONE), "Zhiban#2026".toCharArray(), null);
            office.accounts().disable("duty1");
            assertEquals("account.disabled",
                    refusal(() -> office.accounts().signIn("duty1", "Zhiban#2026".toCharArray())).messageKey());
            office.accounts().signIn("anquan", ADMIN_PASSWORD);
            office.accounts().enable("duty1");
            for (int i = 0; i < AccountService.LOCK_AFTER; i++) {
                refusal(() -> office.accounts().signIn("duty1", "wrong".toCharArray()));
            }
            office.accounts().signIn("anquan", ADMIN_PASSWORD);
            office.accounts().resetPassword("duty1", "Neu#Passwort1".toCharArray(), "Neu#Passwort1".toCharArray());

            assertEquals("duty1", office.accounts().signIn("duty1", "Neu#Passwort1".toCharArray()).accountName());
        }
    }

    @Test
    void theScreenUnlocksOnlyWithTheSameAccountsPasswordAndAWrongOneCounts() {
        try (AppContext office = open()) {
            AccountSession admin = administrator(office);
            office.accounts().screenLocked(admin, true);
            assertEquals("account.wrongPasswordLeft",
                    refusal(() -> office.accounts().unlock(admin, "Zhiban#2026".toCharArray())).messageKey());
            office.accounts().unlock(admin, ADMIN_PASSWORD);

            List<String> actions = audit(office, "anquan").stream().map(e -> e.entry().action()).toList();
            assertTrue(actions.containsAll(List.of("lockScreen", "unlockFailed", "unlockScreen")), actions.toString());
        }
    }

    @Test
    void everySignOutWritesTheAuditCheckpointOutOfTheDatabase() throws Exception {
        Path log;
        try (AppContext office = open()) {
            log = office.audit().checkpointLog();
            AccountSession admin = administrator(office);
            long before = Files.readAllLines(log).stream().filter(l -> l.startsWith("checkpoint ")).count();

            office.accounts().signOut(admin);

            List<String> lines = Files.readAllLines(log).stream().filter(l -> l.startsWith("checkpoint ")).toList();
            assertEquals(before + 1, lines.size());
            ChainedEntry newest = office.audit().read(AuditQuery.ALL, 1).getFirst(); // read before it records itself
            assertEquals("signOut", newest.entry().action());
            assertTrue(lines.getLast().contains("seq=" + newest.seq() + " ") && lines.getLast().contains(newest.hash()),
                    "the checkpoint's head is the sign-out: " + lines.getLast());
        }
    }
}
