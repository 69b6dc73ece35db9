package org.incidentdesk.ui.warning;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.warning.Warning;
import org.incidentdesk.service.warning.WarningService;
import org.incidentdesk.ui.common.DialogService;
import org.incidentdesk.ui.common.Failures;
import org.incidentdesk.ui.common.TaskRunner;

/**
 * Lifting a warning (解除预警): a reason is required, and the user confirms before it is lifted; a refusal (lifted
 * already elsewhere) shows as the form's error.
 */
public final class LiftViewModel {
    private final WarningService warnings;
    private final TaskRunner tasks;
    private final Failures failures;
    private final DialogService dialogs;
    private final Messages messages;
    private final WarningCard card;
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canSubmit = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    LiftViewModel(WarningService warnings, TaskRunner tasks, Failures failures, DialogService dialogs,
                  Messages messages, WarningCard card) {
        this.warnings = warnings;
        this.tasks = tasks;
        this.failures = failures;
        this.dialogs = dialogs;
        this.messages = messages;
        this.card = card;
        reason.addListener(o -> update());
        busy.addListener(o -> update());
    }

    private void update() {
        canSubmit.set(reason.get() != null && !reason.get().isBlank() && !busy.get());
    }

    /** Asks for confirmation, then lifts on the write lane; nothing happens when the user declines. */
    public void submit(Consumer<Warning> done) {
        if (!canSubmit.get()) {
            return;
        }
        if (!dialogs.confirm(messages.get("warningui.lift.title"), messages.get("warningui.lift.confirm",
                card.warning().number(), WarningTexts.level(messages, card.level(), card.warning().levelId())),
                messages.get("warningui.lift.ok"))) {
            return;
        }
        String why = reason.get().strip();
        busy.set(true);
        error.set("");
        tasks.write(() -> warnings.decisions().lift(card.id(), why), lifted -> {
            busy.set(false);
            done.accept(lifted);
        }, failure -> {
            busy.set(false);
            error.set(failures.describe(failure));
        });
    }

    public WarningCard card() {
        return card;
    }

    public Messages messages() {
        return messages;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSubmitProperty() {
        return canSubmit.getReadOnlyProperty();
    }
}
