package org.incidentdesk.service.incident;

import java.util.ArrayList;
import java.util.List;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.domain.incident.IncidentRules;
import org.incidentdesk.domain.incident.Statement;
import org.incidentdesk.domain.incident.StatementStatus;
import org.incidentdesk.domain.incident.TimelineFact;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.service.security.Access;

/**
 * An incident's outward statements: drafted, made the agreed wording (统一口径, one at a time) and released to the
 * public, which is the public response the plan's deadlines ask for (met in the same transaction).
 */
public final class IncidentStatements {
    static final int MAX_STATEMENT = 8000;

    private final IncidentChanges changes;

    IncidentStatements(IncidentChanges changes) {
        this.changes = changes;
    }

    /** Drafts a statement for release. */
    public Statement draft(long incidentId, String text) {
        Access.require(changes.actors(), Permission.STATEMENT_DRAFT);
        List<Violation> problems = new ArrayList<>();
        IncidentRules.requiredText("statement.text", text, MAX_STATEMENT, problems);
        IncidentService.refuseIfAny(problems);
        return changes.change(incidentId, (s, incident, stamp) -> {
            long id = s.statements().insert(incidentId, text.strip(), stamp);
            return new IncidentChanges.Outcome<>(s.statements().find(id).orElseThrow(),
                    new TimelineFact.StatementDrafted(id), text.strip());
        });
    }

    /** Makes the statement the agreed wording (统一口径); a wording agreed earlier goes back to draft. */
    public Statement agree(long statementId) {
        Access.require(changes.actors(), Permission.STATEMENT_APPROVE);
        Statement statement = changes.read(s -> s.statements().find(statementId))
                .orElseThrow(() -> IncidentService.refused("statement", "incident.unknownStatement", String.valueOf(statementId)));
        return changes.change(statement.incidentId(), (s, incident, stamp) -> {
            for (Statement other : s.statements().forIncident(incident.id())) {
                if (other.status() == StatementStatus.AGREED && other.id() != statementId) {
                    s.statements().updateStatus(other, StatementStatus.DRAFT, stamp);
                }
            }
            s.statements().updateStatus(statement, StatementStatus.AGREED, stamp);
            return new IncidentChanges.Outcome<>(s.statements().find(statementId).orElseThrow(),
                    new TimelineFact.StatementAgreed(statementId), statement.text());
        });
    }

    /**
     * Releases the statement to the public (对外发布): the public response the plan's deadlines ask for, which the
     * deadline service meets in the same transaction. A statement released already is refused.
     */
    public Statement release(long statementId) {
        Access.require(changes.actors(), Permission.STATEMENT_RELEASE);
        Statement statement = changes.read(s -> s.statements().find(statementId))
                .orElseThrow(() -> IncidentService.refused("statement", "incident.unknownStatement", String.valueOf(statementId)));
        return changes.change(statement.incidentId(), (s, incident, stamp) -> {
            Statement current = s.statements().find(statementId).orElseThrow();
            if (current.status() == StatementStatus.RELEASED) {
                throw IncidentService.refused("statement", "incident.statementReleased", String.valueOf(statementId));
            }
            s.statements().updateStatus(current, StatementStatus.RELEASED, stamp);
            return new IncidentChanges.Outcome<>(s.statements().find(statementId).orElseThrow(),
                    new TimelineFact.StatementReleased(statementId), statement.text());
        });
    }
}
