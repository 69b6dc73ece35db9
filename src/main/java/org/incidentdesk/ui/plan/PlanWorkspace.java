package org.incidentdesk.ui.plan;

import javafx.scene.Node;
import org.incidentdesk.ui.common.Icons;
import org.incidentdesk.ui.shell.Workspace;

/** The contingency plans (预案) in the navigation rail. */
public final class PlanWorkspace implements Workspace {
    private final PlanViewModel viewModel;
    private PlanView view;

    public PlanWorkspace(PlanViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public PlanViewModel viewModel() {
        return viewModel;
    }

    @Override
    public String id() {
        return "plans";
    }

    @Override
    public String title() {
        return viewModel.messages().get("planui.title");
    }

    @Override
    public Icons icon() {
        return Icons.PLAN;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new PlanView(viewModel);
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
