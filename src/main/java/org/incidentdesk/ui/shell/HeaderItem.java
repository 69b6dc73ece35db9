package org.incidentdesk.ui.shell;

import javafx.scene.Node;
import javafx.scene.Scene;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.ui.common.DialogService;

/**
 * What an app-lifetime ViewModel shows in the window's header on every workspace (the alert button, a level
 * badge). Built again after each language switch, with that language's dialogs; it may show a panel over the
 * workspace's right edge and add its keys to the scene.
 */
public interface HeaderItem {
    Node build(Messages messages, DialogService dialogs, SidePanel side, Scene scene);

    /** The panel laid over the right edge of the workspaces (they keep their size): one at a time. */
    interface SidePanel {
        void show(Node panel);

        void hide();

        /** The panel shown now, or null. */
        Node shown();
    }
}
