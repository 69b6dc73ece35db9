package org.incidentdesk.service.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.incidentdesk.app.AppContext;
import org.incidentdesk.domain.audit.AuditQuery;
import org.incidentdesk.domain.audit.ChainedEntry;
import org.incidentdesk.domain.common.Actor;
import org.incidentdesk.domain.common.FieldChange;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.domain.security.AccessDenied;
import org.incidentdesk.domain.security.Account;
import org.incidentdesk.domain.security.Role;
import org.incidentdesk.domain.security.Secrecy;
import org.incidentdesk.service.common.SimulatedClock;
import org.incidentdesk.service.common.SystemScheduler;
import org.incidentdesk.service.security.RefusalAudit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the security administrator's screen relies on: roles and clearance changed (audited before and after),
 * the office never left without an active security administrator, and every refusal of the role guard and every
 * failed sign-in written to the audit chain once, with no password in it.
 */
class AccountAdministrationTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final char[] ADMIN = "Shouhu#2026".toCharArray();
    private static final char[] AUDITOR = "Jiancha#2026".toCharArray();
    private static final char[] STAFF = "Zhiban#2026".toCharArray();

    @TempDir
    Path dataDir;

    private final SimulatedClock clock = new SimulatedClock(Instant.parse("2026-03-02T02:00:00Z"), SHANGHAI);

    private AppContext open() {
        AppContext office = AppContext.openEmbedded(dataDir, SHANGHAI, new SystemScheduler(clock),
                () -> new Actor("值班电脑"), new PasswordHasher(1_000));
        long first = office.roster().load().people().get(0).id();
        office.accounts().createAdministrator("anquan", first, ADMIN, ADMIN);
        office.accounts().signIn("anquan", ADMIN);
        make(office, "shenji", 3, EnumSet.of(Role.AUDIT_ADMIN), AUDITOR);
        make(office, "duty1", 1, EnumSet.of(Role.OFFICE_STAFF), STAFF);
        return office;
    }

    private static void make(AppContext office, String name, int person, EnumSet<Role> roles, char[] password) {
        office.accounts().create(new AccountService.NewAccount(name, null,
                office.roster().load().people().get(person).id(), roles, Secrecy.NONE), password, null);
    }

    /** Every entry, newest first, read by the audit administrator on a thread of its own. */
    private static List<ChainedEntry> audit(AppContext office) {
        List<ChainedEntry> read = new ArrayList<>();
        Thread auditor = Thread.ofPlatform().start(() -> {
            office.accounts().signInOnThisThread("shenji", AUDITOR.clone());
            read.addAll(office.audit().read(new AuditQuery(null, null, null, null), 1000));
            assertTrue(office.audit().verify(List.of()).intact(), "the chain verifies");
            office.accounts().signOutThisThread();
        });
        try {
            auditor.join();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        return read;
    }

    private static List<ChainedEntry> actions(List<ChainedEntry> entries, String action) {
        return entries.stream().filter(e -> e.entry().action().equals(action)).toList();
    }

    private static Map<String, FieldChange> fields(ChainedEntry entry) {
        return entry.entry().changes().stream().collect(Collectors.toMap(FieldChange::field, c -> c));
    }

    private static Violation refusal(Runnable action) {
        return assertThrows(ValidationException.class, action::run).violations().getFirst();
    }

    @Test
    void rolesAndClearanceChangeAtTheNextSignInAndTheAuditHoldsBeforeAndAfter() {
        try (AppContext office = open()) {
            Account changed = office.accounts().changeRoles("DUTY1", EnumSet.of(Role.LEADER, Role.OFFICE_STAFF),
                    Secrecy.CONFIDENTIAL);

            assertEquals(EnumSet.of(Role.LEADER, Role.OFFICE_STAFF), changed.roles());
            assertEquals(Secrecy.CONFIDENTIAL, changed.clearance());
            assertEquals(Secrecy.CONFIDENTIAL, office.accounts().signInOnThisThread("duty1", STAFF.clone())
                    .principal().clearance());
            office.accounts().signOutThisThread();
            ChainedEntry entry = actions(audit(office), "changeRoles").getFirst();
            assertEquals("OFFICE_STAFF", fields(entry).get("roles").before());
            assertEquals("LEADER,OFFICE_STAFF", fields(entry).get("roles").after());
            assertEquals("NONE", fields(entry).get("clearance").before());
            assertEquals("CONFIDENTIAL", fields(entry).get("clearance").after());
            assertEquals("account.administratorsApart", refusal(() -> office.accounts().changeRoles("duty1",
                    EnumSet.of(Role.SECURITY_ADMIN, Role.SYSTEM_ADMIN), Secrecy.NONE)).messageKey());
            assertEquals("account.noRole",
                    refusal(() -> office.accounts().changeRoles("duty1", EnumSet.noneOf(Role.class), Secrecy.NONE))
                            .messageKey());
        }
    }

    @Test
    void theLastActiveSecurityAdministratorCannotBeDisabledOrDemoted() {
        try (AppContext office = open()) {
            Violation demoted = refusal(() -> office.accounts().changeRoles("anquan", EnumSet.of(Role.OBSERVER),
                    Secrecy.NONE));
            assertEquals("account.lastSecurityAdmin", demoted.messageKey());
            assertTrue(new Messages(Locale.SIMPLIFIED_CHINESE).describe(demoted).contains("最后一个在用的安全管理员"),
                    new Messages(Locale.SIMPLIFIED_CHINESE).describe(demoted));

            make(office, "anquan2", 2, EnumSet.of(Role.SECURITY_ADMIN), "Anquan#2027".toCharArray());
            office.accounts().disable("anquan2");
            assertEquals("account.lastSecurityAdmin", refusal(() -> office.accounts().changeRoles("anquan",
                    EnumSet.of(Role.OBSERVER), Secrecy.NONE)).messageKey(), "a disabled one does not count");

            office.accounts().enable("anquan2");
            office.accounts().changeRoles("anquan2", EnumSet.of(Role.SECURITY_ADMIN), Secrecy.SECRET);
            office.accounts().signIn("anquan2", "Anquan#2027".toCharArray());
            office.accounts().changeRoles("anquan", EnumSet.of(Role.OBSERVER), Secrecy.NONE);
            assertEquals(EnumSet.of(Role.OBSERVER), office.accounts().find("anquan").orElseThrow().roles(),
                    "with another active one, demoting is allowed");

            office.accounts().signOut(office.accounts().current().orElseThrow());
            Violation disabled = refusal(() -> office.accounts().disable("anquan2"));
            assertEquals("account.lastSecurityAdmin", disabled.messageKey(),
                    "not even the workstation acting on its own disables the last one");
            assertFalse(office.accounts().find("anquan2").orElseThrow().disabled());
        }
    }

    @Test
    void aDeniedCallLeavesOneAuditEntryNamingActorActionAndMissingPermissionAndNoPassword() {
        try (AppContext office = open()) {
            office.accounts().signIn("duty1", STAFF);
            int before = actions(audit(office), RefusalAudit.ACTION).size();

            assertThrows(AccessDenied.class, () -> office.accounts().resetPassword("anquan",
                    "Geheim#Wort9".toCharArray(), "Geheim#Wort9".toCharArray()));

            List<ChainedEntry> entries = audit(office);
            List<ChainedEntry> refusals = actions(entries, RefusalAudit.ACTION);
            assertEquals(before + 1, refusals.size());
            ChainedEntry refusal = refusals.getFirst();
            String person = office.roster().load().people().get(1).name();
            assertEquals(person, refusal.entry().actor());
            Map<String, FieldChange> fields = fields(refusal);
            assertEquals("AccountService.resetPassword", fields.get("attempted").after());
            assertEquals("ACCOUNTS_MANAGE", fields.get("permission").after());
            assertEquals("SECURITY_ADMIN", fields.get("rolesNeeded").after());
            assertEquals("OFFICE_STAFF", fields.get("rolesHeld").after());
            assertEquals("refused", fields.get("outcome").after());
            assertTrue(entries.stream().flatMap(e -> e.entry().changes().stream())
                    .noneMatch(c -> String.valueOf(c.after()).contains("Geheim") || String.valueOf(c.before())
                            .contains("Geheim")), "no password in the audit");
        }
    }

    @Test
    void aFailedSignInLeavesOneEntryWithItsOutcome() {
        try (AppContext office = open()) {
            int before = actions(audit(office), "signInFailed").size();

            refusal(() -> office.accounts().signIn("duty1", "Falsch#2026".toCharArray()));

            List<ChainedEntry> failures = actions(audit(office), "signInFailed");
            assertEquals(before + 1, failures.size());
            assertEquals("wrongPassword", fields(failures.getFirst()).get("outcome").after());
            assertTrue(failures.getFirst().entry().changes().stream()
                    .noneMatch(c -> String.valueOf(c.after()).contains("Falsch")));
        }
    }

    @Test
    void aWrongPresentPasswordIsCountedAndAuditedLikeAWrongSignIn() {
        try (AppContext office = open()) {
            office.accounts().signIn("duty1", STAFF);

            Violation wrong = refusal(() -> office.accounts().changePassword("Falsch#2026".toCharArray(),
                    "Neu#Mima2026".toCharArray(), "Neu#Mima2026".toCharArray()));

            assertEquals("account.presentPasswordWrong", wrong.messageKey());
            assertEquals(1, office.accounts().find("duty1").orElseThrow().failedAttempts());
            ChainedEntry failed = actions(audit(office), "changePasswordFailed").getFirst();
            assertEquals("wrongPassword", failed.entry().outcome());
            assertEquals(org.incidentdesk.domain.common.AuditEntry.SUCCEEDED, actions(audit(office), "createAccount").getFirst().entry().outcome());
        }
    }

    @Test
    void aNewAccountWithoutPersonIsRefusedNamingEveryProblemAtOnce() {
        try (AppContext office = open()) {
            ValidationException refused = assertThrows(ValidationException.class, () -> office.accounts().create(
                    new AccountService.NewAccount("zhang3", null, AccountService.NO_PERSON, EnumSet.noneOf(Role.class),
                            Secrecy.NONE), "short".toCharArray(), "short".toCharArray()));

            assertEquals(List.of("account.person", "account.roles", "account.password"),
                    refused.violations().stream().map(Violation::field).toList());
            assertTrue(office.accounts().find("zhang3").isEmpty());
        }
    }

    @Test
    void theAuditExportHasAnOutcomeColumnThatShowsTheRefusal() throws Exception {
        try (AppContext office = open()) {
            office.accounts().signIn("duty1", STAFF);
            assertThrows(AccessDenied.class, () -> office.accounts().disable("anquan"));
            Path csv = dataDir.resolve("audit-export.csv");
            Thread auditor = Thread.ofPlatform().start(() -> {
                office.accounts().signInOnThisThread("shenji", AUDITOR.clone());
                office.audit().exportCsv(new AuditQuery(null, null, null, null), csv, SHANGHAI);
                office.accounts().signOutThisThread();
            });
            auditor.join();

            List<String> lines = java.nio.file.Files.readAllLines(csv);
            assertTrue(lines.getFirst().contains("操作,结果,对象"), lines.getFirst());
            assertTrue(lines.stream().anyMatch(l -> l.contains(",accessDenied,refused,account,")), lines.toString());
            assertTrue(lines.stream().anyMatch(l -> l.contains(",createAccount,succeeded,account,")));
        }
    }
}
