package org.incidentdesk.ui.roster;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;
import org.incidentdesk.ui.common.Icons;
import org.incidentdesk.ui.shell.ViewModelWorkspace;

/** The contact roster (通讯录) in the navigation rail. */
public final class RosterWorkspace extends ViewModelWorkspace<RosterViewModel> {

    private RosterView view;

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
    protected Node createView(RosterViewModel model) {
        view = new RosterView(model);
        return view.root();
    }

    @Override
    public Map<KeyCombination, Runnable> shortcuts() {
        view();
        return view.shortcuts();
    }
}
