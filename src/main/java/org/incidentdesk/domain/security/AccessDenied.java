package org.incidentdesk.domain.security;

import java.util.List;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.common.Violation;

/**
 * An action the signed-in account's roles do not allow. Like every refusal it names what is wrong, for the window
 * and the command line (exit 2) to say in their language: the action, the roles that may do it, and the account's
 * own roles. Nothing was done.
 */
public final class AccessDenied extends ValidationException {
    private final Permission permission;

    public AccessDenied(Permission permission, Violation problem) {
        super(List.of(problem));
        this.permission = permission;
    }

    /** The action that was refused. */
    public Permission permission() {
        return permission;
    }
}
