package org.incidentdesk.ui.account;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.domain.roster.Person;
import org.incidentdesk.service.account.AccountService;
import org.incidentdesk.service.account.AccountSession;
import org.incidentdesk.service.account.PasswordHasher;
import org.incidentdesk.service.account.PasswordRules;
import org.incidentdesk.service.roster.RosterService;
import org.incidentdesk.ui.common.TaskRunner;

/**
 * Who is signed in at this window, and the gate in front of the workspaces: the first-run wizard while the office
 * has no account, the sign-in, and the screen lock. App-lifetime; every service call runs on the task runner.
 */
public final class SessionViewModel {
    /** What covers the workspaces now. */
    public enum Gate {
        /** Nothing: the workspaces are in use. */
        OPEN,
        /** Finding out whether the office has accounts. */
        CHECKING,
        /** The office has no account: the wizard creates the administrator (not skippable). */
        SET_UP,
        /** Somebody signs in. */
        SIGN_IN,
        /** The signed-in person's screen is locked: their password opens it, or they sign out. */
        LOCKED
    }

    /** A roster person and their unit, as the wizard offers them. */
    public record PersonChoice(Person person, String unitName) {
        @Override
        public String toString() {
            return person.name() + "（" + unitName + "）";
        }
    }

    private final AccountService accounts;
    private final RosterService roster;
    private final TaskRunner tasks;
    private final Function<Throwable, String> describe;
    private final ReadOnlyObjectWrapper<Gate> gate = new ReadOnlyObjectWrapper<>(Gate.CHECKING);
    private final ReadOnlyObjectWrapper<AccountSession> session = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper();
    private final ObservableList<PersonChoice> people = FXCollections.observableArrayList();
    private final ObservableList<OrgUnit> units = FXCollections.observableArrayList();
    private Runnable whenSignedIn = () -> { };

    /** {@code describe}: a refusal in the window's language at the time it happens. */
    public SessionViewModel(AccountService accounts, RosterService roster, TaskRunner tasks,
                            Function<Throwable, String> describe) {
        this.accounts = accounts;
        this.roster = roster;
        this.tasks = tasks;
        this.describe = describe;
    }

    /**
     * Puts up the gate: the wizard when the office has no account, else the sign-in; {@code signedIn} runs each
     * time somebody has signed in (or the wizard's administrator was made and signed in).
     */
    public void start(Runnable signedIn) {
        this.whenSignedIn = signedIn;
        gate.set(Gate.CHECKING);
        tasks.read(accounts::setUpMode, setUp -> {
            if (setUp) {
                loadRoster();
            }
            gate.set(setUp ? Gate.SET_UP : Gate.SIGN_IN);
        }, this::failed);
    }

    private void loadRoster() {
        tasks.read(roster::load, loaded -> {
            people.setAll(loaded.people().stream().map(p -> new PersonChoice(p, loaded.units().stream()
                    .filter(u -> u.id() == p.unitId()).map(OrgUnit::name).findFirst().orElse(""))).toList());
            units.setAll(loaded.units());
        }, this::failed);
    }

    /** Signs {@code name} in; the password array is wiped once used. */
    public void signIn(String name, char[] password) {
        run(() -> accounts.signIn(name, password), password, signedIn -> {
            session.set(signedIn);
            gate.set(Gate.OPEN);
            whenSignedIn.run();
        });
    }

    /**
     * The wizard: makes {@code name} the office's administrator, for {@code person} (an existing roster person)
     * or, when it is null, for a new roster person {@code newPersonName} in {@code newPersonUnit}; then signs in.
     */
    public void createAdministrator(PersonChoice person, String newPersonName, OrgUnit newPersonUnit, String name,
                                    char[] password, char[] repeat) {
        run(() -> {
            List<Violation> problems = new java.util.ArrayList<>(PasswordRules.check(name, password, repeat));
            if (person == null && (newPersonName == null || newPersonName.isBlank() || newPersonUnit == null)) {
                problems.add(Violation.of("account.person", "validation.required"));
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            long personId = person != null ? person.person().id() : roster.savePerson(new Person(null,
                    newPersonName.strip(), newPersonUnit.id(), null, null, null, null, null, List.of(), 0)).id();
            accounts.createAdministrator(name, personId, password, repeat);
            return accounts.signIn(name, password);
        }, repeat, signedIn -> {
            session.set(signedIn);
            gate.set(Gate.OPEN);
            whenSignedIn.run();
        });
    }

    /** Locks the screen of the signed-in person ({@code idle}: after idle time); nothing when nobody is. */
    public void lock(boolean idle) {
        AccountSession now = session.get();
        if (now == null || gate.get() != Gate.OPEN) {
            return;
        }
        problem.set("");
        gate.set(Gate.LOCKED);
        tasks.write(() -> {
            accounts.screenLocked(now, idle);
            return null;
        }, done -> { }, this::failed);
    }

    /** Opens the locked screen with the same person's password. */
    public void unlock(char[] password) {
        AccountSession now = session.get();
        run(() -> {
            accounts.unlock(now, password);
            return now;
        }, password, same -> gate.set(Gate.OPEN));
    }

    /** Signs the person out (the audit checkpoint is written) and puts the sign-in up for the next person. */
    public void signOut() {
        AccountSession ended = session.get();
        problem.set("");
        session.set(null);
        gate.set(Gate.SIGN_IN);
        if (ended != null) {
            tasks.write(() -> {
                accounts.signOut(ended);
                return null;
            }, done -> { }, this::failed);
        }
    }

    /**
     * The signed-in person changes their own password (the present one, the new one twice; the service's rules
     * and messages); {@code done} runs once it is changed, {@code refused} gets why not. The arrays are wiped.
     */
    public void changePassword(char[] present, char[] password, char[] repeat, Runnable done,
                               java.util.function.Consumer<String> refused) {
        tasks.write(() -> {
            try {
                accounts.changePassword(present, password, repeat);
                return null;
            } finally {
                PasswordHasher.wipe(present);
                PasswordHasher.wipe(password);
                PasswordHasher.wipe(repeat);
            }
        }, changed -> done.run(), failure -> refused.accept(describe.apply(failure)));
    }

    /** Somebody signed in elsewhere in the window (the successor confirming a handover). */
    public void signedInElsewhere(AccountSession signedIn) {
        session.set(signedIn);
    }

    private <T> void run(java.util.concurrent.Callable<T> work, char[] wipe, java.util.function.Consumer<T> done) {
        problem.set("");
        working.set(true);
        tasks.write(() -> {
            try {
                return work.call();
            } finally {
                PasswordHasher.wipe(wipe);
            }
        }, result -> {
            working.set(false);
            done.accept(result);
        }, failure -> {
            working.set(false);
            failed(failure);
        });
    }

    private void failed(Throwable failure) {
        problem.set(describe.apply(failure));
    }

    public ReadOnlyObjectProperty<Gate> gateProperty() {
        return gate.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AccountSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public Optional<AccountSession> session() {
        return Optional.ofNullable(session.get());
    }

    /** Why the last sign-in, unlock or set-up was refused, in the window's language; empty when it was not. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** True while a sign-in or set-up runs (hashing takes a moment): the buttons wait. */
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** The roster's people, for the wizard to choose the administrator from. */
    public ObservableList<PersonChoice> people() {
        return people;
    }

    /** The roster's units, for the wizard's new person. */
    public ObservableList<OrgUnit> units() {
        return units;
    }
}
