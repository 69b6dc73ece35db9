package org.incidentdesk.service.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.incidentdesk.domain.common.FieldChange;
import org.incidentdesk.domain.event.ReviewWrittenChanged.Part;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.review.ActionOwner;
import org.incidentdesk.domain.review.FollowUpStage;
import org.incidentdesk.domain.review.FollowUps;
import org.incidentdesk.domain.review.ImprovementAction;
import org.incidentdesk.store.Stamp;
import org.incidentdesk.store.StoreSession;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.service.security.Access;

/**
 * The improvement actions (整改措施) of an incident's review: what, owned by a roster unit or a plan role, due on a
 * date, closed only with the evidence that it was done. Adding one or moving its date arms its reminders
 * ({@link FollowUpAlarms}). Each write is one transaction with its audit row; a stale edit is refused.
 * Thread-safe; never call it on the JavaFX thread.
 */
public final class ImprovementActionService {
    static final int MAX_TEXT = 1000;
    static final int MAX_EVIDENCE = 2000;
    private final ReviewWriting writing;
    private final ActionOwners owners;
    private final ZoneId zone;

    ImprovementActionService(ReviewWriting writing, ActionOwners owners, ZoneId zone) {
        this.writing = writing;
        this.owners = owners;
        this.zone = zone;
    }

    public List<ImprovementAction> actions(long incidentId) {
        return writing.store.inTransaction(s -> s.improvementActions().forIncident(incidentId));
    }

    /** Every open action of every review, oldest first: the follow-up backlog. */
    public List<ImprovementAction> backlog() {
        return writing.store.inTransaction(s -> s.improvementActions().open());
    }

    /** Who may own an action of the incident: the roster's units, then the roles of its plan. */
    public List<ActionOwner> ownerChoices(long incidentId) {
        return writing.store.inTransaction(s -> owners.choices(s, ReviewWriting.incident(s, incidentId)));
    }

    /** The liaisons an action's reminder goes to ("name mobile"); empty when the owning unit has none. */
    public List<String> liaisons(long actionId) {
        return writing.store.inTransaction(s -> {
            ImprovementAction action = find(s, actionId);
            return owners.liaisons(s, ReviewWriting.incident(s, action.incidentId()), action.owner());
        });
    }

    /** The instant an action due on {@code date} falls due: the end of that day in the office's zone. */
    public Instant dueAt(LocalDate date) {
        return date.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /**
     * Adds an action due at the end of {@code dueOn} (office's zone), answering lesson {@code lessonId} (null:
     * none); its reminder comes {@link FollowUps#REMIND_BEFORE} before.
     */
    public ImprovementAction add(long incidentId, Long lessonId, String text, ActionOwner owner, LocalDate dueOn) {
        Access.require(writing.actors(), Permission.REVIEW_WRITE);
        return writing.store.inTransaction(s -> {
            Incident incident = ReviewWriting.editable(s, incidentId);
            if (lessonId != null && LessonService.find(s, lessonId).incidentId() != incidentId) {
                throw ReviewWriting.refused("lesson", "review.lesson.unknown", lessonId);
            }
            String checked = ReviewWriting.text("actionText", text, MAX_TEXT);
            ActionOwner who = owners.checked(s, incident, owner);
            Instant due = checkedDue(dueOn);
            Stamp stamp = writing.stamp();
            FollowUpStage next = FollowUps.nextAlert(null);
            long id = s.improvementActions().insert(incidentId, lessonId, checked, who, due, next,
                    FollowUps.alertAt(next, due), stamp);
            s.audit().append(stamp, "create", "reviewAction", id, FieldChange.set("incident", String.valueOf(incidentId)),
                    FieldChange.set("text", checked), FieldChange.set("owner", who.kind() + " " + who.name()),
                    FieldChange.set("due", dueOn.toString()),
                    FieldChange.set("lesson", lessonId == null ? null : String.valueOf(lessonId)));
            writing.changed(s, incidentId, Part.ACTION, id);
            return s.improvementActions().find(id).orElseThrow();
        });
    }

    /** Changes an open action read at {@code version}; a new date starts its reminders over. */
    public ImprovementAction update(long actionId, int version, String text, ActionOwner owner, LocalDate dueOn) {
        Access.require(writing.actors(), Permission.REVIEW_WRITE);
        return writing.store.inTransaction(s -> {
            ImprovementAction before = openAction(s, actionId);
            Incident incident = ReviewWriting.editable(s, before.incidentId());
            String checked = ReviewWriting.text("actionText", text, MAX_TEXT);
            ActionOwner who = owners.checked(s, incident, owner);
            Instant due = before.dueAt().equals(dueAt(dueOn)) ? before.dueAt() : checkedDue(dueOn);
            boolean moved = !due.equals(before.dueAt());
            FollowUpStage raised = moved ? null : before.raised();
            FollowUpStage next = moved ? FollowUps.nextAlert(null) : before.nextAlert();
            Instant nextAt = moved ? FollowUps.alertAt(next, due) : before.nextAlertAt();
            Stamp stamp = writing.stamp();
            s.improvementActions().update(at(before, version), checked, who, due, raised, next, nextAt, stamp);
            s.audit().append(stamp, "update", "reviewAction", actionId, new FieldChange("text", before.text(), checked),
                    new FieldChange("owner", before.owner().kind() + " " + before.owner().name(),
                            who.kind() + " " + who.name()),
                    new FieldChange("due", before.dueAt().toString(), due.toString()));
            writing.changed(s, before.incidentId(), Part.ACTION, actionId);
            return s.improvementActions().find(actionId).orElseThrow();
        });
    }

    /**
     * Marks the action done with {@code evidence} (what shows it was done: a document number, a record, a
     * result). Refused without evidence, when already done, or when changed since read at {@code version}.
     */
    public ImprovementAction close(long actionId, int version, String evidence) {
        Access.require(writing.actors(), Permission.REVIEW_WRITE);
        return writing.store.inTransaction(s -> {
            ImprovementAction before = openAction(s, actionId);
            if (evidence == null || evidence.isBlank()) {
                throw ReviewWriting.refused("actionEvidence", "review.action.evidenceRequired", before.text());
            }
            String checked = ReviewWriting.text("actionEvidence", evidence, MAX_EVIDENCE);
            Stamp stamp = writing.stamp();
            s.improvementActions().close(at(before, version), checked, stamp);
            s.audit().append(stamp, "close", "reviewAction", actionId,
                    new FieldChange("state", before.state().name(), "DONE"), FieldChange.set("evidence", checked));
            writing.changed(s, before.incidentId(), Part.ACTION, actionId);
            return s.improvementActions().find(actionId).orElseThrow();
        });
    }

    public void delete(long actionId, int version) {
        Access.require(writing.actors(), Permission.REVIEW_WRITE);
        writing.store.inTransaction(s -> {
            ImprovementAction before = find(s, actionId);
            ReviewWriting.editable(s, before.incidentId());
            Stamp stamp = writing.stamp();
            s.improvementActions().delete(at(before, version));
            s.audit().append(stamp, "delete", "reviewAction", actionId, new FieldChange("text", before.text(), null));
            writing.changed(s, before.incidentId(), Part.ACTION, actionId);
            return null;
        });
    }

    private Instant checkedDue(LocalDate dueOn) {
        if (dueOn == null) {
            throw ReviewWriting.refused("actionDue", "validation.required");
        }
        LocalDate today = LocalDate.ofInstant(writing.clock().instant(), zone);
        if (dueOn.isBefore(today)) {
            throw ReviewWriting.refused("actionDue", "review.action.dueInPast", dueOn.toString(), today.toString());
        }
        return dueAt(dueOn);
    }

    static ImprovementAction find(StoreSession s, long actionId) {
        return s.improvementActions().find(actionId).orElseThrow(() -> ReviewWriting.refused("action",
                "review.action.unknown", actionId));
    }

    private static ImprovementAction openAction(StoreSession s, long actionId) {
        ImprovementAction action = find(s, actionId);
        if (!action.isOpen()) {
            throw ReviewWriting.refused("action", "review.action.alreadyDone", action.text(), action.doneBy());
        }
        return action;
    }

    private static ImprovementAction at(ImprovementAction a, int version) {
        return new ImprovementAction(a.id(), a.incidentId(), a.lessonId(), a.text(), a.owner(), a.dueAt(), a.state(),
                a.evidence(), a.doneAt(), a.doneBy(), a.nextAlert(), a.nextAlertAt(), a.raised(), a.raisedAt(),
                a.createdAt(), a.updatedAt(), a.updatedBy(), version);
    }
}
