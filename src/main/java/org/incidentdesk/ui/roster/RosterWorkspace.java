package org.incidentdesk.ui.roster;

import org.incidentdesk.ui.common.Icons;
import org.incidentdesk.ui.shell.ViewModelWorkspace;
import org.incidentdesk.ui.shell.WorkspaceView;

/** The contact roster (通讯录) in the navigation rail. */
public final class RosterWorkspace extends ViewModelWorkspace<RosterViewModel> {

    public RosterWorkspace(RosterViewModel viewModel) {
        super(viewModel);
    }

    @Override
    public String id() {
        return "roster";
    }

    @Override
    public String title() {
        return viewModel().messages().get("roster.title");
    }

    @Override
    public Icons icon() {
        return Icons.ROSTER;
    }

    @Override
    protected WorkspaceView createView(RosterViewModel model) {
        return new RosterView(model);
    }
}
