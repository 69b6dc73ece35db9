package org.incidentdesk.ui.documents;

import org.incidentdesk.ui.common.DialogService;
import org.incidentdesk.ui.common.Icons;
import org.incidentdesk.ui.shell.ViewModelWorkspace;
import org.incidentdesk.ui.shell.WorkspaceView;

/** The official forms (文书) in the navigation rail. */
public final class DocumentsWorkspace extends ViewModelWorkspace<DocumentsViewModel> {
    public static final String ID = "reports";

    private final DialogService dialogs;

    public DocumentsWorkspace(DocumentsViewModel viewModel, DialogService dialogs) {
        super(viewModel);
        this.dialogs = dialogs;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return viewModel().messages().get("reportui.title");
    }

    @Override
    public Icons icon() {
        return Icons.DOCUMENT;
    }

    @Override
    protected WorkspaceView createView(DocumentsViewModel model) {
        return new DocumentsView(model, dialogs);
    }
}
