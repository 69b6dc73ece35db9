package org.incidentdesk.service.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.domain.incident.IncidentRules;
import org.incidentdesk.domain.incident.Statement;
import org.incidentdesk.domain.incident.StatementReview;
import org.incidentdesk.domain.incident.StatementStatus;
import org.incidentdesk.domain.incident.TimelineFact;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.service.security.Access;
import org.incidentdesk.store.Stamp;
import org.incidentdesk.store.StoreSession;

/**
 * An incident's outward statements and their release approval (统一口径, R18: no unit releases on its own; one
 * agreed wording). A statement is drafted, submitted, approved or returned with comments by a leader, and only an
 * approved version is released, which is the public response the plan's deadlines ask for (met in the same
 * transaction). An approved or returned text is frozen: a change is a new version that needs approval again; every
 * version is kept. Only a leader approves or returns ({@link Permission#STATEMENT_APPROVE}); the leader is the
 * signed-in account ({@code actors.principal()}), never a name passed in.
 */
public final class IncidentStatements {
    static final int MAX_STATEMENT = 8000;
    static final int MAX_COMMENT = 4000;

    private final IncidentChanges changes;

    IncidentStatements(IncidentChanges changes) {
        this.changes = changes;
    }

    /** Drafts a new statement for release: its first version. */
    public Statement draft(long incidentId, String text) {
        Access.require(changes.actors(), Permission.STATEMENT_DRAFT);
        checkText(text);
        return changes.change(incidentId, (s, incident, stamp) -> {
            long id = s.statements().insert(incidentId, text.strip(), stamp);
            return new IncidentChanges.Outcome<>(s.statements().find(id).orElseThrow(),
                    new TimelineFact.StatementDrafted(id), text.strip());
        });
    }

    /**
     * Changes a statement's wording. A draft changes in place; a frozen version (approved, returned, released or
     * superseded) stays as it was and the change becomes the statement's next version, a draft that needs approval
     * again. Refused while the version is submitted, or while the statement already has a newer open version.
     */
    public Statement revise(long statementId, String text) {
        Access.require(changes.actors(), Permission.STATEMENT_DRAFT);
        checkText(text);
        Statement statement = find(statementId);
        return changes.change(statement.incidentId(), (s, incident, stamp) -> {
            Statement current = current(s, statementId);
            if (current.status() == StatementStatus.SUBMITTED) {
                throw refused("incident.statementAwaitsDecision", current);
            }
            if (current.status() == StatementStatus.DRAFT) {
                s.statements().updateText(current, text.strip(), stamp);
                return new IncidentChanges.Outcome<>(current(s, statementId),
                        new TimelineFact.StatementEdited(statementId, current.revision()), text.strip());
            }
            s.statements().versions(current.lineageId()).stream()
                    .filter(v -> !v.status().frozen()).findFirst().ifPresent(open -> {
                        throw refused("incident.statementOpenVersion", open);
                    });
            long id = s.statements().insertRevision(current, text.strip(), stamp);
            Statement next = current(s, id);
            return new IncidentChanges.Outcome<>(next,
                    new TimelineFact.StatementRevised(id, statementId, next.revision()), text.strip());
        });
    }

    /** Submits a draft to a leader for approval. */
    public Statement submit(long statementId) {
        Access.require(changes.actors(), Permission.STATEMENT_SUBMIT);
        return step(statementId, StatementStatus.DRAFT, "incident.statementNotDraft", (s, current, stamp) -> {
            s.statements().updateStatus(current, StatementStatus.SUBMITTED, stamp);
            return new TimelineFact.StatementSubmitted(statementId, current.revision());
        }, current -> null);
    }

    /**
     * A leader approves the submitted version as the incident's agreed wording (统一口径); an approved wording of the
     * incident from before is superseded, since there is one wording at a time. {@code comment} may be null.
     */
    public Statement approve(long statementId, String comment) {
        Access.require(changes.actors(), Permission.STATEMENT_APPROVE);
        String cleanComment = optionalComment(comment);
        return step(statementId, StatementStatus.SUBMITTED, "incident.statementNotSubmitted", (s, current, stamp) -> {
            for (Statement other : s.statements().forIncident(current.incidentId())) {
                if (other.status() == StatementStatus.APPROVED) {
                    s.statements().updateStatus(other, StatementStatus.SUPERSEDED, stamp);
                }
            }
            s.statements().updateStatus(current, StatementStatus.APPROVED, stamp);
            s.statements().insertReview(statementId, StatementReview.Decision.APPROVED, cleanComment, stamp);
            return new TimelineFact.StatementDecided(statementId, current.revision(), StatementReview.Decision.APPROVED);
        }, current -> cleanComment);
    }

    /** A leader returns the submitted version with comments (required); the version stays as it was, frozen. */
    public Statement returnForChanges(long statementId, String comment) {
        Access.require(changes.actors(), Permission.STATEMENT_APPROVE);
        List<Violation> problems = new ArrayList<>();
        IncidentRules.requiredText("statement.comment", comment, MAX_COMMENT, problems);
        IncidentService.refuseIfAny(problems);
        String cleanComment = comment.strip();
        return step(statementId, StatementStatus.SUBMITTED, "incident.statementNotSubmitted", (s, current, stamp) -> {
            s.statements().updateStatus(current, StatementStatus.RETURNED, stamp);
            s.statements().insertReview(statementId, StatementReview.Decision.RETURNED, cleanComment, stamp);
            return new TimelineFact.StatementDecided(statementId, current.revision(), StatementReview.Decision.RETURNED);
        }, current -> cleanComment);
    }

    /**
     * Releases the approved version to the public (对外发布): the public response the plan's deadlines ask for, which
     * the deadline service meets in the same transaction. Refused for any version that is not approved (a draft, one
     * waiting for or returned by a leader, one superseded or released already).
     */
    public Statement release(long statementId) {
        Access.require(changes.actors(), Permission.STATEMENT_RELEASE);
        return step(statementId, StatementStatus.APPROVED, "incident.statementNotApproved", (s, current, stamp) -> {
            s.statements().updateStatus(current, StatementStatus.RELEASED, stamp);
            return new TimelineFact.StatementReleased(statementId);
        }, Statement::text);
    }

    /** The leaders' decisions on the incident's statements (who, when, the comments), oldest first. */
    public List<StatementReview> reviews(long incidentId) {
        return changes.read(s -> s.statements().reviewsOfIncident(incidentId));
    }

    /** The versions of the statement {@code statementId} belongs to, first first. */
    public List<Statement> versions(long statementId) {
        Statement statement = find(statementId);
        return changes.read(s -> s.statements().versions(statement.lineageId()));
    }

    /** The statement version, refused when there is none. */
    public Statement find(long statementId) {
        return changes.read(s -> s.statements().find(statementId)).orElseThrow(() -> unknown(statementId));
    }

    @FunctionalInterface
    private interface Step {
        TimelineFact apply(StoreSession s, Statement current, Stamp stamp);
    }

    /**
     * One move of a version from {@code from}, checked against the row as it is in the transaction: refused with
     * {@code refusal} when the version stands elsewhere. The fact is recorded with the words {@code personText}
     * gives for the version (or none).
     */
    private Statement step(long statementId, StatementStatus from, String refusal, Step move,
                           Function<Statement, String> personText) {
        Statement statement = find(statementId);
        return changes.change(statement.incidentId(), (s, incident, stamp) -> {
            Statement current = current(s, statementId);
            if (current.status() != from) {
                throw refused(refusal, current);
            }
            TimelineFact fact = move.apply(s, current, stamp);
            return new IncidentChanges.Outcome<>(current(s, statementId), fact, personText.apply(current));
        });
    }

    private static void checkText(String text) {
        List<Violation> problems = new ArrayList<>();
        IncidentRules.requiredText("statement.text", text, MAX_STATEMENT, problems);
        IncidentService.refuseIfAny(problems);
    }

    private static String optionalComment(String comment) {
        if (comment == null || comment.isBlank()) {
            return null;
        }
        List<Violation> problems = new ArrayList<>();
        IncidentRules.requiredText("statement.comment", comment, MAX_COMMENT, problems);
        IncidentService.refuseIfAny(problems);
        return comment.strip();
    }

    private static Statement current(StoreSession s, long statementId) {
        return s.statements().find(statementId).orElseThrow(() -> unknown(statementId));
    }

    private static RuntimeException refused(String key, Statement statement) {
        return IncidentService.refused("statement", key, statement.revision(), statement.status());
    }

    private static RuntimeException unknown(long statementId) {
        return IncidentService.refused("statement", "incident.unknownStatement", String.valueOf(statementId));
    }
}
