package org.incidentdesk.ui.shell;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;
import org.incidentdesk.ui.common.Icons;

/** One screen of the workstation reached from the navigation rail (通讯录, 预案, …). */
public interface Workspace {
    String id();

    /** Already translated title shown in the rail and the window title. */
    String title();

    Icons icon();

    Node view();

    /** The workspace became visible: start listening and refresh. */
    void activate();

    /** The workspace was hidden: stop listeners and timers. */
    void deactivate();

    /** The actions the workspace is for: its rail button shows only when the acting account may do one of them. */
    default java.util.List<org.incidentdesk.domain.security.Permission> needs() {
        return java.util.List.of();
    }

    /** The id of the tab open in this workspace, so a rebuild (language switch) can reopen it; null if none. */
    default String openTab() {
        return null;
    }

    /** Opens the tab {@link #openTab()} named before a rebuild; unknown ids are ignored. */
    default void reopenTab(String tabId) {
    }

    /**
     * The workspace's own keys (Ctrl+D, Ctrl+S …): the window adds them while the workspace is shown and
     * removes them when it hides, so a key never acts on a workspace the user cannot see.
     */
    default Map<KeyCombination, Runnable> shortcuts() {
        return Map.of();
    }

    /** True while the workspace holds edits that are not stored yet (closing would lose them). */
    default boolean hasUnsavedWork() {
        return false;
    }

    /**
     * Asks the user to save or drop the unsaved edits, then runs {@code next}; it does not run when the user
     * keeps editing or the save fails.
     */
    default void leaveUnsavedWork(Runnable next) {
        next.run();
    }
}
