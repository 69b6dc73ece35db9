package org.incidentdesk.ui.board;

import org.incidentdesk.ui.common.Icons;
import org.incidentdesk.ui.shell.ViewModelWorkspace;
import org.incidentdesk.ui.shell.WorkspaceView;

/** The live incident board (事件看板) in the navigation rail. */
public final class BoardWorkspace extends ViewModelWorkspace<BoardViewModel> {
    public static final String ID = "board";

    private final DeadlineOverviewViewModel deadlines;
    private final HandoverViewModel handover;

    public BoardWorkspace(BoardViewModel viewModel, DeadlineOverviewViewModel deadlines, HandoverViewModel handover) {
        super(viewModel);
        this.deadlines = deadlines;
        this.handover = handover;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return viewModel().messages().get("board.title");
    }

    @Override
    public Icons icon() {
        return Icons.ALARM;
    }

    @Override
    protected WorkspaceView createView(BoardViewModel model) {
        return new BoardView(model, deadlines, handover);
    }
}
