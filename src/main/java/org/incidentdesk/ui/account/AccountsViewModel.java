package org.incidentdesk.ui.account;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.domain.roster.Person;
import org.incidentdesk.domain.roster.Roster;
import org.incidentdesk.domain.security.Account;
import org.incidentdesk.domain.security.Role;
import org.incidentdesk.domain.security.Secrecy;
import org.incidentdesk.service.account.AccountService;
import org.incidentdesk.service.account.PasswordHasher;
import org.incidentdesk.service.roster.RosterService;
import org.incidentdesk.ui.common.DialogService;
import org.incidentdesk.ui.common.Failures;
import org.incidentdesk.ui.common.TaskRunner;
import org.incidentdesk.ui.shell.ViewModelWorkspace;

/**
 * The security administrator's accounts (账户管理): every account with its person, roles, clearance and state, and
 * the changes the account service allows (add, roles and clearance, new password, disable, enable). The service
 * checks the role; this only asks and shows. Every call runs on the task runner, off the JavaFX thread; typed
 * passwords are wiped once used.
 */
public final class AccountsViewModel implements ViewModelWorkspace.Activatable {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** One account as the table shows it. */
    public record Row(Account account, String person, String roles, String clearance, String state,
                      String lastSignIn) {
        public String name() {
            return account.name();
        }
    }

    /** What the add dialog hands over (the password travels beside it). */
    public record NewAccount(String name, SessionViewModel.PersonChoice person, Set<Role> roles, Secrecy clearance) {
    }

    private final AccountService accounts;
    private final RosterService roster;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Failures failures;
    private final Messages messages;
    private final Clock clock;
    private final ZoneId zone;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<SessionViewModel.PersonChoice> people = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public AccountsViewModel(AccountService accounts, RosterService roster, TaskRunner tasks, DialogService dialogs,
                             Messages messages, Clock clock, ZoneId zone) {
        this.accounts = accounts;
        this.roster = roster;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.failures = new Failures(messages, dialogs, "validation.stale", zone);
        this.messages = messages;
        this.clock = clock;
        this.zone = zone;
    }

    public Messages messages() {
        return messages;
    }

    @Override
    public void activate() {
        reload();
    }

    @Override
    public void deactivate() {
        // nothing listens: the list is read when shown and after each change
    }

    private record Loaded(List<Account> accounts, Roster roster) {
    }

    /** Reads the accounts and the roster again; the selection stays on the same account. */
    public void reload() {
        reload(null);
    }

    /** As {@link #reload()}; the status line then says {@code done} (what was just done) instead of the count. */
    private void reload(String done) {
        tasks.refresh("accounts", () -> new Loaded(accounts.list(), roster.load()), loaded -> {
            String wasSelected = selected.get() == null ? null : selected.get().name();
            rows.setAll(loaded.accounts().stream().map(a -> row(a, loaded.roster())).toList());
            people.setAll(loaded.roster().people().stream()
                    .map(p -> new SessionViewModel.PersonChoice(p, unitName(loaded.roster(), p))).toList());
            selected.set(rows.stream().filter(r -> r.name().equals(wasSelected)).findFirst().orElse(null));
            status.set(done != null ? done : messages.get("accountui.admin.count", rows.size()));
        }, failures::show);
    }

    private Row row(Account account, Roster loaded) {
        String person = account.personId() == null ? "" : loaded.people().stream()
                .filter(p -> p.id() == account.personId()).findFirst()
                .map(p -> p.name() + "（" + unitName(loaded, p) + "）").orElse("");
        String roles = String.join(messages.get("list.separator"),
                account.roles().stream().sorted().map(messages::name).toList());
        String state = account.disabled() ? messages.get("account.cli.stateDisabled")
                : account.lockedAt(clock.instant())
                        ? messages.get("account.cli.stateLocked", account.lockedUntil().atZone(zone).format(TIME))
                        : messages.get("account.cli.stateActive");
        String last = account.lastSignInAt() == null ? "" : account.lastSignInAt().atZone(zone).format(TIME);
        return new Row(account, person, roles, messages.name(account.clearance()), state, last);
    }

    private static String unitName(Roster loaded, Person person) {
        return loaded.units().stream().filter(u -> u.id() == person.unitId()).map(OrgUnit::name).findFirst()
                .orElse("");
    }

    /**
     * Makes the account; {@code done} runs (on the JavaFX thread) once it exists, {@code refused} gets the reason
     * in words when the service refuses (the dialog stays open to correct it).
     */
    public void add(NewAccount account, char[] password, char[] repeat, Runnable done, Consumer<String> refused) {
        // no person: the service names it together with every other problem of the form
        long personId = account.person() == null ? AccountService.NO_PERSON : account.person().person().id();
        change(() -> accounts.create(new AccountService.NewAccount(account.name(), null, personId, account.roles(),
                        account.clearance()), password, repeat),
                "accountui.admin.added", account.name(), done, refused, password, repeat);
    }

    /** New roles and clearance for the selected account (effective at its next sign-in). */
    public void changeRoles(Row row, Set<Role> roles, Secrecy clearance, Runnable done, Consumer<String> refused) {
        change(() -> accounts.changeRoles(row.name(), roles, clearance), "accountui.admin.rolesChanged",
                row.name(), done, refused);
    }

    /** Gives the account a new password (it also lifts a lock). */
    public void resetPassword(Row row, char[] password, char[] repeat, Runnable done, Consumer<String> refused) {
        change(() -> {
            accounts.resetPassword(row.name(), password, repeat);
            return null;
        }, "accountui.admin.passwordReset", row.name(), done, refused, password, repeat);
    }

    /** Asks first, then disables the account: it can no longer sign in (it stays in the record). */
    public void disable(Row row) {
        if (dialogs.confirm(messages.get("accountui.admin.disable.title"),
                messages.get("accountui.admin.disable.question", row.name(), row.person()),
                messages.get("accountui.admin.disable.ok"))) {
            change(() -> accounts.disable(row.name()), "accountui.admin.disabled", row.name(), () -> { },
                    this::showRefusal);
        }
    }

    /** Asks first, then lets the account sign in again. */
    public void enable(Row row) {
        if (dialogs.confirm(messages.get("accountui.admin.enable.title"),
                messages.get("accountui.admin.enable.question", row.name(), row.person()),
                messages.get("accountui.admin.enable.ok"))) {
            change(() -> accounts.enable(row.name()), "accountui.admin.enabled", row.name(), () -> { },
                    this::showRefusal);
        }
    }

    private void showRefusal(String why) {
        dialogs.showError(messages.get("accountui.admin.title"), why);
    }

    private void change(Callable<?> work, String doneKey, String name, Runnable done, Consumer<String> refused,
                        char[]... wipe) {
        tasks.write(() -> {
            try {
                return work.call();
            } finally {
                for (char[] typed : wipe) {
                    PasswordHasher.wipe(typed);
                }
            }
        }, result -> {
            done.run();
            reload(messages.get(doneKey, name));
        }, failure -> refused.accept(failures.describe(failure)));
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** The roster's people, for the add dialog. */
    public ObservableList<SessionViewModel.PersonChoice> people() {
        return people;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    /** What was done last, or how many accounts there are. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
