package org.incidentdesk.ui.plan;

import org.incidentdesk.ui.common.Icons;
import org.incidentdesk.ui.shell.ViewModelWorkspace;
import org.incidentdesk.ui.shell.WorkspaceView;

/** The contingency plans (预案) in the navigation rail. */
public final class PlanWorkspace extends ViewModelWorkspace<PlanViewModel> {

    public PlanWorkspace(PlanViewModel viewModel) {
        super(viewModel);
    }

    @Override
    public String id() {
        return "plans";
    }

    @Override
    public String title() {
        return viewModel().messages().get("planui.title");
    }

    @Override
    public Icons icon() {
        return Icons.PLAN;
    }

    @Override
    public boolean hasUnsavedWork() {
        return viewModel().hasUnsavedWork();
    }

    @Override
    protected WorkspaceView createView(PlanViewModel model) {
        return new PlanView(model);
    }
}
