package org.incidentdesk.ui.roster;

import javafx.scene.Node;
import org.incidentdesk.ui.common.Icons;
import org.incidentdesk.ui.shell.Workspace;

/** The contact roster (通讯录) in the navigation rail. */
public final class RosterWorkspace implements Workspace {
    private final RosterViewModel viewModel;
    private RosterView view;

    public RosterWorkspace(RosterViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public RosterViewModel viewModel() {
        return viewModel;
    }

    @Override
    public String id() {
        return "roster";
    }

    @Override
    public String title() {
        return viewModel.messages().get("roster.title");
    }

    @Override
    public Icons icon() {
        return Icons.ROSTER;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new RosterView(viewModel);
        }
        return view.root();
    }

    @Override
    public void activate() {
        viewModel.activate();
    }

    @Override
    public void deactivate() {
        viewModel.deactivate();
    }
}
