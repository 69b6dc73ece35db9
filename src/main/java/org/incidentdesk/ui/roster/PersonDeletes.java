package org.incidentdesk.ui.roster;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.service.roster.DeletedPerson;
import org.incidentdesk.service.roster.RosterService;
import org.incidentdesk.ui.common.DialogService;
import org.incidentdesk.ui.common.TaskRunner;

/**
 * Deleting a person from the roster, after asking; every delete can be undone, the latest first, from the notice
 * that offers it or with Ctrl+Z (the person comes back with their posts and shifts).
 */
public final class PersonDeletes {
    private final RosterService service;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Consumer<Throwable> showFailure;
    private final Deque<DeletedPerson> undoable = new ArrayDeque<>();

    PersonDeletes(RosterService service, TaskRunner tasks, DialogService dialogs, Messages messages,
                  Consumer<Throwable> showFailure) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.showFailure = showFailure;
    }

    public void deletePerson(PersonRow row) {
        if (row == null) {
            return;
        }
        boolean sure = dialogs.confirm(messages.get("roster.delete.title"),
                messages.get("roster.delete.person", row.name(), row.unitName()), messages.get("common.delete"));
        if (!sure) {
            return;
        }
        tasks.write(() -> service.deletePerson(row.person()), deleted -> {
            undoable.push(deleted);
            offerUndo("");
        }, showFailure);
    }

    /** The notice offers to undo the latest delete; after an undo, the one before it is offered again. */
    private void offerUndo(String prefix) {
        DeletedPerson latest = undoable.peek();
        if (latest == null) {
            return;
        }
        String name = latest.person().name();
        String text = prefix + (undoable.size() == 1 ? messages.get("roster.notice.deleted", name)
                : messages.get("roster.notice.deletedMore", name, undoable.size() - 1));
        dialogs.notify(text, messages.get("common.undo"), this::undoLastDelete);
    }

    /** Puts back the person deleted last (Ctrl+Z); does nothing when there is nothing to undo. */
    public void undoLastDelete() {
        DeletedPerson latest = undoable.poll();
        if (latest == null) {
            return;
        }
        String name = latest.person().name();
        tasks.write(() -> {
            service.restore(latest);
            return latest;
        }, restored -> {
            String done = messages.get("roster.notice.restored", name);
            if (undoable.isEmpty()) {
                dialogs.notify(done, null, null);
            } else {
                offerUndo(done + messages.get("common.sentenceSeparator"));
            }
        }, showFailure);
    }

    public boolean canUndo() {
        return !undoable.isEmpty();
    }
}
