package org.incidentdesk.cli;

import java.util.List;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentNumber;
import org.incidentdesk.service.incident.IncidentDetail;

/**
 * The one reading of an incident named on the command line: its number as the board shows it (2026-001). A bare
 * internal id ("7") is refused with a hint, because ids and numbers drift apart (a failed intake uses an id,
 * never a number) and a command must never act on another incident than the one the clerk read off the screen.
 */
final class IncidentArgument {
    private IncidentArgument() {
    }

    /** The incident {@code text} names, with its record, or refused naming {@code option} and the text. */
    static IncidentDetail detail(CliServices services, String option, String text) {
        if (IncidentNumber.parse(text).isEmpty()) {
            throw new ValidationException(List.of(Violation.of(option, "incident.cli.notANumber",
                    String.valueOf(text))));
        }
        return services.incidents().detail(text);
    }

    /** The incident {@code text} names; see {@link #detail}. */
    static Incident resolve(CliServices services, String option, String text) {
        return detail(services, option, text).incident();
    }

    /** The internal id of the incident {@code text} names; see {@link #detail}. */
    static long id(CliServices services, String option, String text) {
        return resolve(services, option, text).id();
    }
}
