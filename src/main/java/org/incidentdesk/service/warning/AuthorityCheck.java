package org.incidentdesk.service.warning;

import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.common.Violation;

/**
 * Whether a plan role may issue a level: {@code allowed} on its own authority, or through approval
 * ({@code needsApproval}, by {@code approverRole}, the role with that authority), or not at all. {@code problem}
 * says why not, or that approval is needed, as a message key the UI and the command line put in their language
 * ({@link #message(Messages)}); it is null when the role simply may.
 */
public record AuthorityCheck(boolean allowed, boolean needsApproval, String approverRole, Violation problem) {

    static AuthorityCheck may() {
        return new AuthorityCheck(true, false, null, null);
    }

    /** The check in words, empty when the role may issue the level on its own authority. */
    public String message(Messages messages) {
        return problem == null ? "" : messages.describe(problem);
    }
}
