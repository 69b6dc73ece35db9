package org.incidentdesk.archfixture.service;

import org.incidentdesk.ui.shell.Workspace;

/** Planted violation for ArchitectureTest: a "service" class that depends on the ui layer. */
public final class ServiceThatOpensTheUi {
    public String title(Workspace workspace) {
        return workspace.title();
    }
}
