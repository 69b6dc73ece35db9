package org.incidentdesk.archfixture.ui;

import javafx.application.Platform;

/** Planted violation for ArchitectureTest: a ui class outside ui.common that hops to the FX thread itself. */
public final class ViewModelThatQueuesItself {
    public void onEvent(Runnable refresh) {
        Platform.runLater(refresh);
    }
}
