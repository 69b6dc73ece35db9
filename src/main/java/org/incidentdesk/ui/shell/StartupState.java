package org.incidentdesk.ui.shell;

import java.util.List;

/** Where the workstation's start-up stands; the workspaces exist only once it is {@link Ready}. */
public sealed interface StartupState {
    StartupState OPENING = new Opening();
    StartupState READY = new Ready();

    /** The database is being opened, migrated and loaded behind the window. */
    record Opening() implements StartupState {
    }

    record Ready() implements StartupState {
    }

    /** Opening failed; the reason is a message key with its arguments, so a language switch rewords it. */
    record Failed(String messageKey, List<Object> args) implements StartupState {
        public Failed {
            args = List.copyOf(args);
        }
    }
}
