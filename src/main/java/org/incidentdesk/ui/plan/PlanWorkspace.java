package org.incidentdesk.ui.plan;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;
import org.incidentdesk.ui.common.Icons;
import org.incidentdesk.ui.shell.ViewModelWorkspace;

/** The contingency plans (预案) in the navigation rail. */
public final class PlanWorkspace extends ViewModelWorkspace<PlanViewModel> {

    private PlanView view;

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
    protected Node createView(PlanViewModel model) {
        view = new PlanView(model);
        return view.root();
    }

    @Override
    public Map<KeyCombination, Runnable> shortcuts() {
        view();
        return view.shortcuts();
    }
}
