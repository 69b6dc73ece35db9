package org.incidentdesk.app;

import java.time.ZoneId;
import javafx.scene.Node;
import org.incidentdesk.service.account.AccountSession;
import org.incidentdesk.service.settings.WorkstationPreferences;
import org.incidentdesk.ui.account.AccountHeader;
import org.incidentdesk.ui.account.IdleLock;
import org.incidentdesk.ui.account.SessionGateView;
import org.incidentdesk.ui.account.SessionViewModel;
import org.incidentdesk.ui.common.Failures;
import org.incidentdesk.ui.common.FxTaskRunner;
import org.incidentdesk.ui.common.Permissions;
import org.incidentdesk.ui.shell.MainWindow;
import org.incidentdesk.ui.shell.ShellViewModel;

/**
 * The gate in front of the workspaces of the real program: the first-run wizard (an office without accounts) or
 * the sign-in, then the screen lock (Ctrl+L, the header's menu, idle time) and sign-out. From the first sign-in
 * on, the header names the person; a later sign-in (after a sign-out) builds the workspaces again for that person.
 */
final class SignInGate {
    private final MainWindow window;
    private final ShellViewModel shell;
    private final WorkstationPreferences preferences;
    private final SessionViewModel session;
    private IdleLock idleLock;
    private boolean first = true;

    SignInGate(AppContext opened, MainWindow window, ShellViewModel shell, FxTaskRunner tasks,
               WorkstationPreferences preferences) {
        this.window = window;
        this.shell = shell;
        this.preferences = preferences;
        ZoneId zone = opened.zone();
        this.session = new SessionViewModel(opened.accounts(), opened.roster(), tasks,
                failure -> new Failures(shell.messages(), null, "validation.stale", zone).describe(failure));
    }

    /** Puts the gate up; {@code firstSignIn} runs once somebody is in for the first time. */
    void open(Runnable firstSignIn) {
        session.gateProperty().addListener((obs, old, gate) -> show());
        shell.localeProperty().addListener((obs, old, locale) -> show());
        session.start(() -> {
            if (first) {
                first = false;
                window.addHeaderItem((messages, dialogs, side, scene) -> AccountHeader.menu(session, messages, dialogs));
                idleLock = IdleLock.install(window.scene(),
                        IdleLock.minutes(preferences.get(IdleLock.PREFERENCE).orElse(null)), () -> session.lock(true));
                firstSignIn.run();
            } else {
                window.rebuildWorkspaces();
            }
        });
        show();
    }

    /** Somebody signed in from a view of the window (the successor confirming a handover): the header names them. */
    void signedInElsewhere(AccountSession signedIn) {
        session.signedInElsewhere(signedIn);
        Permissions.refresh(window.scene());
    }

    private void show() {
        Node pane = SessionGateView.of(session, shell.messages());
        if (pane == null) {
            window.uncover();
            Permissions.refresh(window.scene()); // what the controls offer follows the person now signed in
        } else {
            window.cover(pane);
        }
    }

    void close() {
        if (idleLock != null) {
            idleLock.stop();
        }
    }
}
