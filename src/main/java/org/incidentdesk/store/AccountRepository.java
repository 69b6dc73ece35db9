package org.incidentdesk.store;

import static org.incidentdesk.store.generated.Tables.ACCOUNT;
import static org.incidentdesk.store.generated.Tables.ACCOUNT_ROLE;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.incidentdesk.domain.security.Account;
import org.incidentdesk.domain.security.Role;
import org.incidentdesk.domain.security.Secrecy;
import org.incidentdesk.store.generated.tables.records.AccountRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** Local accounts and their roles. The password hash is read and written only by its own methods. */
public final class AccountRepository {
    private final DSLContext dsl;

    AccountRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** What a new account is made of; {@code passwordHash} is already hashed. */
    public record NewAccount(String name, String displayName, Long personId, Long unitId, Set<Role> roles,
                             Secrecy clearance, String passwordHash) {
    }

    public long insert(NewAccount account, Stamp stamp) {
        AccountRecord row = dsl.newRecord(ACCOUNT);
        row.setName(account.name());
        row.setDisplayName(account.displayName());
        row.setPersonId(account.personId());
        row.setUnitId(account.unitId());
        row.setClearance(account.clearance().name());
        row.setPasswordHash(account.passwordHash());
        row.setPasswordSetAt(stamp.time());
        row.setFailedAttempts(0);
        row.setDisabled(false);
        long id = GeneratedId.insert(dsl, dsl.insertInto(ACCOUNT).set(RowStamps.created(row, stamp)));
        insertRoles(id, account.roles());
        return id;
    }

    private void insertRoles(long accountId, Set<Role> roles) {
        for (Role role : roles) {
            dsl.insertInto(ACCOUNT_ROLE).set(ACCOUNT_ROLE.ACCOUNT_ID, accountId).set(ACCOUNT_ROLE.ROLE, role.name())
                    .execute();
        }
    }

    /** How many accounts exist, disabled ones included: none means the office is still being set up. */
    public int count() {
        return dsl.fetchCount(ACCOUNT);
    }

    public Optional<Account> find(long id) {
        return one(ACCOUNT.ID.eq(id));
    }

    public Optional<Account> findByName(String name) {
        return one(ACCOUNT.NAME.eq(name));
    }

    /** Every account, by name. */
    public List<Account> all() {
        Map<Long, Set<Role>> roles = roles(null);
        return dsl.selectFrom(ACCOUNT).orderBy(ACCOUNT.NAME).fetch(r -> toAccount(r, roles));
    }

    public String passwordHash(long id) {
        return dsl.select(ACCOUNT.PASSWORD_HASH).from(ACCOUNT).where(ACCOUNT.ID.eq(id)).fetchOne(ACCOUNT.PASSWORD_HASH);
    }

    /** A new password hash; clears failures and any lock (a reset is how an administrator unlocks). */
    public void setPassword(Account account, String passwordHash, Stamp stamp) {
        AccountRecord changes = dsl.newRecord(ACCOUNT);
        changes.setPasswordHash(passwordHash);
        changes.setPasswordSetAt(stamp.time());
        changes.setFailedAttempts(0);
        changes.setLockedUntil(null);
        update(account, changes, stamp);
    }

    public void setDisabled(Account account, boolean disabled, Stamp stamp) {
        AccountRecord changes = dsl.newRecord(ACCOUNT);
        changes.setDisabled(disabled);
        update(account, changes, stamp);
    }

    /** New roles and clearance (the account's other fields stay). */
    public void setRolesAndClearance(Account account, Set<Role> roles, Secrecy clearance, Stamp stamp) {
        AccountRecord changes = dsl.newRecord(ACCOUNT);
        changes.setClearance(clearance.name());
        update(account, changes, stamp);
        dsl.deleteFrom(ACCOUNT_ROLE).where(ACCOUNT_ROLE.ACCOUNT_ID.eq(account.id())).execute();
        insertRoles(account.id(), roles);
    }

    /**
     * Records a wrong password: the count goes up by one, unless it reaches {@code lockAfter}, when the account
     * is locked until {@code lockUntil} and the count starts again. Counted in the database (no version check),
     * so two workstations guessing at once both count. Returns the account as it is now.
     */
    public Account recordFailure(long id, int lockAfter, Instant lockUntil, Stamp stamp) {
        dsl.update(ACCOUNT)
                .set(ACCOUNT.FAILED_ATTEMPTS, ACCOUNT.FAILED_ATTEMPTS.plus(1))
                .set(ACCOUNT.VERSION, ACCOUNT.VERSION.plus(1))
                .set(ACCOUNT.UPDATED_AT, stamp.time())
                .set(ACCOUNT.UPDATED_BY, stamp.who())
                .where(ACCOUNT.ID.eq(id)).execute();
        dsl.update(ACCOUNT)
                .set(ACCOUNT.FAILED_ATTEMPTS, 0)
                .set(ACCOUNT.LOCKED_UNTIL, Times.utc(lockUntil))
                .where(ACCOUNT.ID.eq(id).and(ACCOUNT.FAILED_ATTEMPTS.ge(lockAfter))).execute();
        return find(id).orElseThrow();
    }

    /** A sign-in succeeded: failures and an expired lock are cleared. */
    public void recordSignIn(long id, Stamp stamp) {
        dsl.update(ACCOUNT)
                .set(ACCOUNT.FAILED_ATTEMPTS, 0)
                .set(ACCOUNT.LOCKED_UNTIL, (OffsetDateTime) null)
                .set(ACCOUNT.LAST_SIGN_IN_AT, stamp.time())
                .set(ACCOUNT.VERSION, ACCOUNT.VERSION.plus(1))
                .where(ACCOUNT.ID.eq(id)).execute();
    }

    private void update(Account account, AccountRecord changes, Stamp stamp) {
        RowStamps.update(dsl, changes, ACCOUNT.ID.eq(account.id()), account.version(), stamp, "account",
                account.name());
    }

    private Optional<Account> one(Condition where) {
        return dsl.selectFrom(ACCOUNT).where(where).fetchOptional()
                .map(r -> toAccount(r, roles(r.getId())));
    }

    private Map<Long, Set<Role>> roles(Long accountId) {
        var query = dsl.select(ACCOUNT_ROLE.ACCOUNT_ID, ACCOUNT_ROLE.ROLE).from(ACCOUNT_ROLE);
        var rows = accountId == null ? query.fetch() : query.where(ACCOUNT_ROLE.ACCOUNT_ID.eq(accountId)).fetch();
        return rows.stream().collect(Collectors.groupingBy(r -> r.value1(),
                Collectors.mapping(r -> Role.valueOf(r.value2()),
                        Collectors.toCollection(() -> EnumSet.noneOf(Role.class)))));
    }

    private static Account toAccount(AccountRecord r, Map<Long, Set<Role>> roles) {
        return new Account(r.getId(), r.getName(), r.getDisplayName(), r.getPersonId(), r.getUnitId(),
                roles.getOrDefault(r.getId(), Set.of()), Secrecy.valueOf(r.getClearance()), r.getFailedAttempts(),
                Times.instant(r.getLockedUntil()), r.getDisabled(), Times.instant(r.getLastSignInAt()),
                r.getVersion());
    }
}
