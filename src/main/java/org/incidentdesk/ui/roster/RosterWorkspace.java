package org.incidentdesk.ui.roster;

import org.incidentdesk.ui.common.Icons;
import org.incidentdesk.ui.shell.ViewModelWorkspace;
import org.incidentdesk.ui.shell.WorkspaceView;

/** The contact roster (通讯录) in the navigation rail. */
public final class RosterWorkspace extends ViewModelWorkspace<RosterViewModel> {
    public static final String ID = "roster";

    public RosterWorkspace(RosterViewModel viewModel) {
        super(viewModel);
    }

    @Override
    public String id() {
        return ID;
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
    public String openTab() {
        return viewModel().openTabProperty().get();
    }

    @Override
    public void reopenTab(String tabId) {
        viewModel().openTabProperty().set(tabId);
    }

    @Override
    protected WorkspaceView createView(RosterViewModel model) {
        return new RosterView(model);
    }
}
