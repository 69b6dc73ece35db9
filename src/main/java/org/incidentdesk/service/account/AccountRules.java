package org.incidentdesk.service.account;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.domain.security.Account;
import org.incidentdesk.domain.security.Role;
import org.incidentdesk.domain.security.Secrecy;

/** What an account's name, roles and clearance must meet, and the rule that an office keeps a security admin. */
final class AccountRules {
    private static final int NAME_MAX = 40;
    private static final Set<Role> ADMINISTRATORS = EnumSet.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN);

    private AccountRules() {
    }

    static List<Violation> nameProblems(String name) {
        if (name.isEmpty()) {
            return List.of(Violation.of(AccountService.NAME_FIELD, "validation.required"));
        }
        if (name.length() > NAME_MAX || name.length() < 2
                || !name.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-')) {
            return List.of(Violation.of(AccountService.NAME_FIELD, "account.nameRule", NAME_MAX));
        }
        return List.of();
    }

    /** At least one role, at most one of the three administrators (三权分立), and a clearance. */
    static List<Violation> roleProblems(Set<Role> roles, Secrecy clearance) {
        List<Violation> problems = new ArrayList<>();
        if (roles == null || roles.isEmpty()) {
            problems.add(Violation.of("account.roles", "account.noRole"));
        } else if (roles.stream().filter(ADMINISTRATORS::contains).count() > 1) {
            problems.add(Violation.of("account.roles", "account.administratorsApart"));
        }
        if (clearance == null) {
            problems.add(Violation.of("account.clearance", "validation.required"));
        }
        return problems;
    }

    /**
     * Refuses to disable or demote {@code account} when it is the office's last active (not disabled) security
     * administrator: nobody could make, unlock or repair an account afterwards. A locked one still counts (its
     * lock ends by itself).
     */
    static void refuseIfLastSecurityAdmin(List<Account> all, Account account) {
        if (account.disabled() || !account.roles().contains(Role.SECURITY_ADMIN)) {
            return;
        }
        boolean another = all.stream().anyMatch(a -> a.id() != account.id() && !a.disabled()
                && a.roles().contains(Role.SECURITY_ADMIN));
        if (!another) {
            throw AccountService.refused("account.roles", "account.lastSecurityAdmin", account.name());
        }
    }
}
