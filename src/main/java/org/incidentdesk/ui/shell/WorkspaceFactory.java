package org.incidentdesk.ui.shell;

import java.util.List;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.ui.common.DialogService;

/** Builds the workspaces for one language; the composition root supplies it. */
@FunctionalInterface
public interface WorkspaceFactory {
    List<Workspace> create(Messages messages, DialogService dialogs);
}
