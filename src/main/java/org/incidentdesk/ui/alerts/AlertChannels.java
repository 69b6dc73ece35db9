package org.incidentdesk.ui.alerts;

import java.util.function.Supplier;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.escalation.DeadlineEventKind;
import org.incidentdesk.service.escalation.RaisedAlert;
import org.incidentdesk.ui.common.Icons;
import org.incidentdesk.ui.common.NotificationArea;

/**
 * How a new alert reaches the person at the workstation besides the list: a notification in the header's
 * notification area, which covers no input (a reminder plain for 10 s, an overdue alert or escalation red for
 * 30 s; a click dismisses it), a tone, and the window's attention when it
 * is behind others or minimised. An overdue alert or escalation brings an unfocused window to the front; a
 * minimised one is not restored (that would take the screen from whatever the person is doing), but its title,
 * which the taskbar shows, counts the alerts waiting until the window is used again.
 * <p>
 * No taskbar flash: {@code java.awt.Taskbar.requestWindowUserAttention} needs an AWT window, and a JavaFX stage
 * is none; the application-wide request needs Ubuntu Unity's launcher library on Linux ({@code
 * Taskbar.isTaskbarSupported()} is false under Xvfb/Openbox here), loading AWT beside the JavaFX toolkit only for
 * this is not worth the risk, and JavaFX offers no urgency hint of its own.
 */
public final class AlertChannels implements AutoCloseable {
    private final Stage stage;
    private final NotificationArea notifications;
    private final AlertsViewModel viewModel;
    private final Supplier<Messages> messages;
    private final AlertTone tone = new AlertTone();
    private String plainTitle;
    /** Held here, listened to weakly: the stage may outlive this window's services (tests reuse one stage). */
    private final javafx.beans.value.ChangeListener<Boolean> focusRegained = (obs, was, focused) -> {
        if (focused) {
            restoreTitle();
        }
    };
    private final javafx.beans.value.WeakChangeListener<Boolean> weakFocusRegained =
            new javafx.beans.value.WeakChangeListener<>(focusRegained);

    public AlertChannels(Stage stage, NotificationArea notifications, AlertsViewModel viewModel,
                         Supplier<Messages> messages) {
        this.stage = stage;
        this.notifications = notifications;
        this.viewModel = viewModel;
        this.messages = messages;
        viewModel.addNewAlertListener(this::announce);
        stage.focusedProperty().addListener(weakFocusRegained);
    }

    private void announce(RaisedAlert alert) {
        boolean urgent = alert.kind() != DeadlineEventKind.REMINDED;
        Messages words = messages.get();
        if (stage.isShowing() && !stage.isIconified()) {
            popup(alert, urgent, words);
        }
        if (viewModel.soundOnProperty().get()) {
            tone.play(urgent);
        }
        if (!stage.isFocused() || stage.isIconified()) {
            callAttention(urgent, words);
        }
    }

    private void popup(RaisedAlert alert, boolean urgent, Messages words) {
        notifications.show(words.get("alerts.notify.title", viewModel.kindText(alert), alert.incidentNumber()),
                words.get("alerts.notify.text", alert.incidentTitle(), viewModel.detailText(alert)),
                urgent ? Icons.WARNING.node() : Icons.BELL.node(), urgent, Duration.seconds(urgent ? 30 : 10));
    }

    private void callAttention(boolean urgent, Messages words) {
        if (plainTitle == null) {
            plainTitle = stage.getTitle();
        }
        stage.setTitle(words.get("alerts.windowTitle", viewModel.unacknowledgedProperty().get(), plainTitle));
        if (urgent && !stage.isIconified()) {
            stage.toFront();
            stage.requestFocus();
        }
    }

    private void restoreTitle() {
        if (plainTitle != null) {
            stage.setTitle(plainTitle);
            plainTitle = null;
        }
    }

    @Override
    public void close() {
        stage.focusedProperty().removeListener(weakFocusRegained);
        tone.close();
    }
}
