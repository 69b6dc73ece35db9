package org.incidentdesk.ui.account;

import java.util.List;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.ui.common.Icons;
import org.incidentdesk.ui.shell.ViewModelWorkspace;
import org.incidentdesk.ui.shell.WorkspaceView;

/** The accounts (账户管理) in the navigation rail, beside the audit: the security administrator's screen. */
public final class AccountsWorkspace extends ViewModelWorkspace<AccountsViewModel> {
    public static final String ID = "accounts";

    public AccountsWorkspace(AccountsViewModel viewModel) {
        super(viewModel);
    }

    @Override
    public String id() {
        return ID;
    }

    /** Only the security administrator manages accounts (三权分立). */
    @Override
    public List<Permission> needs() {
        return List.of(Permission.ACCOUNTS_MANAGE);
    }

    @Override
    public String title() {
        return viewModel().messages().get("accountui.admin.title");
    }

    @Override
    public Icons icon() {
        return Icons.ACCOUNTS;
    }

    @Override
    protected WorkspaceView createView(AccountsViewModel model) {
        return new AccountsView(model);
    }
}
