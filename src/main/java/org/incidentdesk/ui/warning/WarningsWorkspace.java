package org.incidentdesk.ui.warning;

import org.incidentdesk.ui.common.Icons;
import org.incidentdesk.ui.shell.ViewModelWorkspace;
import org.incidentdesk.ui.shell.WorkspaceView;

/** The warnings (预警) in the navigation rail: the office's warnings in force, assessment, issue, history. */
public final class WarningsWorkspace extends ViewModelWorkspace<WarningsViewModel> {
    public static final String ID = "warnings";

    public WarningsWorkspace(WarningsViewModel viewModel) {
        super(viewModel);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return viewModel().messages().get("warningui.title");
    }

    @Override
    public Icons icon() {
        return Icons.WARNING;
    }

    @Override
    protected WorkspaceView createView(WarningsViewModel model) {
        return new WarningsView(model);
    }
}
