package org.incidentdesk.ui.plan;

import org.incidentdesk.ui.common.Icons;
import org.incidentdesk.ui.shell.ViewModelWorkspace;
import org.incidentdesk.ui.shell.WorkspaceView;

/** The contingency plans (预案) in the navigation rail. */
public final class PlanWorkspace extends ViewModelWorkspace<PlanViewModel> {
    public static final String ID = "plans";
    private PlanView view;
    private String tabToReopen;

    public PlanWorkspace(PlanViewModel viewModel) {
        super(viewModel);
    }

    @Override
    public String id() {
        return ID;
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
    public void leaveUnsavedWork(Runnable next) {
        viewModel().leaveUnsavedEdits(next);
    }

    @Override
    protected WorkspaceView createView(PlanViewModel model) {
        view = new PlanView(model);
        if (tabToReopen != null) {
            view.reopenTab(tabToReopen);
        }
        return view;
    }

    /** The open tab's id, kept across a rebuild of the window (a language switch). */
    @Override
    public String openTab() {
        return view == null ? tabToReopen : view.openTab();
    }

    /** Opens the tab {@link #openTab()} named before a rebuild, now or when the view is first built. */
    @Override
    public void reopenTab(String tabId) {
        tabToReopen = tabId;
        if (view != null) {
            view.reopenTab(tabId);
        }
    }
}
