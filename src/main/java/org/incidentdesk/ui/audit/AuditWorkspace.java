package org.incidentdesk.ui.audit;

import org.incidentdesk.ui.common.Icons;
import org.incidentdesk.ui.shell.ViewModelWorkspace;
import org.incidentdesk.ui.shell.WorkspaceView;
import java.util.List;
import org.incidentdesk.domain.security.Permission;

/** The audit trail (审计日志) in the navigation rail. */
public final class AuditWorkspace extends ViewModelWorkspace<AuditViewModel> {
    public static final String ID = "audit";

    public AuditWorkspace(AuditViewModel viewModel) {
        super(viewModel);
    }

    @Override
    public String id() {
        return ID;
    }

    /** Only the audit administrator reads the audit (三权分立). */
    @Override
    public List<Permission> needs() {
        return List.of(Permission.AUDIT_READ);
    }

    @Override
    public String title() {
        return viewModel().messages().get("auditui.title");
    }

    @Override
    public Icons icon() {
        return Icons.AUDIT;
    }

    @Override
    protected WorkspaceView createView(AuditViewModel model) {
        return new AuditView(model);
    }
}
