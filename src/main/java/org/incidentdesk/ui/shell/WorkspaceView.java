package org.incidentdesk.ui.shell;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;

/** What a workspace shows: its root node, and the keys that act on it while it is shown. */
public interface WorkspaceView {
    Node root();

    default Map<KeyCombination, Runnable> shortcuts() {
        return Map.of();
    }
}
