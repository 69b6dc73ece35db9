package org.incidentdesk.ui.review;

import org.incidentdesk.ui.common.Icons;
import org.incidentdesk.ui.shell.ViewModelWorkspace;
import org.incidentdesk.ui.shell.WorkspaceView;

/** The after-action review (总结评估) in the navigation rail. */
public final class ReviewWorkspace extends ViewModelWorkspace<ReviewViewModel> {
    public static final String ID = "review";

    public ReviewWorkspace(ReviewViewModel viewModel) {
        super(viewModel);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return viewModel().texts().messages().get("reviewui.title");
    }

    @Override
    public Icons icon() {
        return Icons.REVIEW;
    }

    /** The page shown and the incident whose review is open (TIMELINE:7), so a language switch keeps both. */
    @Override
    public String openTab() {
        Long shown = viewModel().detail().shownId();
        return viewModel().pageProperty().get().name() + (shown == null ? "" : ":" + shown);
    }

    @Override
    public void reopenTab(String tabId) {
        String[] parts = tabId.split(":", 2);
        if (parts.length == 2 && parts[1].matches("\\d+")) {
            viewModel().open(Long.parseLong(parts[1]));
        }
        for (ReviewViewModel.Page p : ReviewViewModel.Page.values()) {
            if (p.name().equals(parts[0])) {
                viewModel().pageProperty().set(p);
            }
        }
    }

    @Override
    protected WorkspaceView createView(ReviewViewModel model) {
        return new ReviewView(model);
    }
}
