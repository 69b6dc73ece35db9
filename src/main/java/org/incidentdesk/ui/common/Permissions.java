package org.incidentdesk.ui.common;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.domain.security.Principal;
import org.incidentdesk.domain.security.RolePolicy;

/**
 * The window hides what the service would refuse. A view marks a control with the action it starts
 * ({@link #needs}); once the control is in a window whose scene carries a {@code Permissions} ({@link #install}), it
 * is shown only while the acting account's roles allow one of the actions, by the same {@link RolePolicy} the service
 * guard reads (there is no second table here). Hiding is a courtesy: the service refuses whatever slips through.
 */
public final class Permissions {
    private static final String NEEDS = "incidentdesk.needs";
    private static final String INSTALLED = "incidentdesk.permissions";

    private final Supplier<Principal> acting;

    /** {@code acting}: whoever acts now (the signed-in account, or the workstation itself). */
    public Permissions(Supplier<Principal> acting) {
        this.acting = acting;
    }

    public boolean allows(Permission permission) {
        return RolePolicy.allows(acting.get(), permission);
    }

    /**
     * Marks {@code node} as starting one of {@code actions}: it is hidden (and takes no room) in a window where the
     * acting account may do none of them. Returns the node.
     */
    public static <N extends Node> N needs(N node, Permission... actions) {
        node.getProperties().put(NEEDS, List.of(actions));
        node.sceneProperty().addListener((observed, before, scene) -> showIfAllowed(scene, node));
        showIfAllowed(node.getScene(), node);
        return node;
    }

    /** Makes the marked controls of {@code scene} follow this account's roles, now and as controls are added. */
    public void install(Scene scene) {
        scene.getProperties().put(INSTALLED, this);
        refresh(scene);
    }

    /** Shows and hides the marked controls again: after another account signed in on the same window. */
    public static void refresh(Scene scene) {
        if (scene.getRoot() != null) {
            walk(scene, scene.getRoot());
        }
    }

    private static void walk(Scene scene, Node node) {
        if (node.getProperties().containsKey(NEEDS)) {
            showIfAllowed(scene, node);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> walk(scene, child));
        }
    }

    private static void showIfAllowed(Scene scene, Node node) {
        if (scene == null || !(scene.getProperties().get(INSTALLED) instanceof Permissions permissions)
                || !(node.getProperties().get(NEEDS) instanceof List<?> actions)) {
            return;
        }
        boolean allowed = actions.stream().anyMatch(a -> permissions.allows((Permission) a));
        if (!node.visibleProperty().isBound()) {
            node.setVisible(allowed);
        }
        if (!node.managedProperty().isBound()) {
            node.setManaged(allowed);
        }
    }
}
