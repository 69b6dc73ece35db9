package org.incidentdesk.service.warning;

import java.util.List;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.common.Violation;

/**
 * A warning action the plan or the warning's state does not allow: a post without the authority for the level,
 * a warning lifted already. Like every refused input it names what is wrong ({@link #violations()}), for the UI
 * and the command line to say in their language; nothing was stored.
 */
public final class WarningRefusal extends ValidationException {
    public WarningRefusal(Violation problem) {
        super(List.of(problem));
    }

    static WarningRefusal of(String field, String key, Object... args) {
        return new WarningRefusal(Violation.of(field, key, args));
    }
}
