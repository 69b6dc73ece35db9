package org.incidentdesk.service.review;

import java.util.List;
import org.incidentdesk.domain.common.FieldChange;
import org.incidentdesk.domain.escalation.Deadline;
import org.incidentdesk.domain.event.ReviewWrittenChanged.Part;
import org.incidentdesk.domain.review.Accountability;
import org.incidentdesk.store.Stamp;
import org.incidentdesk.store.StoreSession;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.service.security.Access;

/**
 * The accountability records (责任追究) of an incident's review: who, what, which deadline of the incident they
 * missed (a row of the scored table) and the decision. Each write is one transaction with its audit row; a stale
 * edit is refused. Who may see these is for the security work to restrict. Thread-safe; never call it on the
 * JavaFX thread.
 */
public final class AccountabilityService {
    static final int MAX_PERSON = 100;
    static final int MAX_TEXT = 1000;
    private final ReviewWriting writing;

    AccountabilityService(ReviewWriting writing) {
        this.writing = writing;
    }

    public List<Accountability> records(long incidentId) {
        return writing.store.inTransaction(s -> s.accountability().forIncident(incidentId));
    }

    /** Adds a record; {@code deadlineId} a deadline of this incident or null. */
    public Accountability add(long incidentId, String person, String conduct, Long deadlineId, String decision) {
        Access.require(writing.actors(), Permission.REVIEW_WRITE);
        return writing.store.inTransaction(s -> {
            ReviewWriting.editable(s, incidentId);
            Checked c = checked(s, incidentId, person, conduct, deadlineId, decision);
            Stamp stamp = writing.stamp();
            long id = s.accountability().insert(incidentId, c.person, c.conduct, deadlineId, c.decision, stamp);
            s.audit().append(stamp, "create", "reviewAccountability", id,
                    FieldChange.set("incident", String.valueOf(incidentId)), FieldChange.set("person", c.person),
                    FieldChange.set("conduct", c.conduct),
                    FieldChange.set("deadline", deadlineId == null ? null : String.valueOf(deadlineId)),
                    FieldChange.set("decision", c.decision));
            writing.changed(s, incidentId, Part.ACCOUNTABILITY, id);
            return s.accountability().find(id).orElseThrow();
        });
    }

    public Accountability update(long id, int version, String person, String conduct, Long deadlineId,
                                 String decision) {
        Access.require(writing.actors(), Permission.REVIEW_WRITE);
        return writing.store.inTransaction(s -> {
            Accountability before = find(s, id);
            ReviewWriting.editable(s, before.incidentId());
            Checked c = checked(s, before.incidentId(), person, conduct, deadlineId, decision);
            Stamp stamp = writing.stamp();
            s.accountability().update(at(before, version), c.person, c.conduct, deadlineId, c.decision, stamp);
            s.audit().append(stamp, "update", "reviewAccountability", id,
                    new FieldChange("person", before.person(), c.person),
                    new FieldChange("conduct", before.conduct(), c.conduct),
                    new FieldChange("deadline", text(before.deadlineId()), text(deadlineId)),
                    new FieldChange("decision", before.decision(), c.decision));
            writing.changed(s, before.incidentId(), Part.ACCOUNTABILITY, id);
            return s.accountability().find(id).orElseThrow();
        });
    }

    public void delete(long id, int version) {
        Access.require(writing.actors(), Permission.REVIEW_WRITE);
        writing.store.inTransaction(s -> {
            Accountability before = find(s, id);
            ReviewWriting.editable(s, before.incidentId());
            Stamp stamp = writing.stamp();
            s.accountability().delete(at(before, version));
            s.audit().append(stamp, "delete", "reviewAccountability", id,
                    new FieldChange("person", before.person(), null));
            writing.changed(s, before.incidentId(), Part.ACCOUNTABILITY, id);
            return null;
        });
    }

    private record Checked(String person, String conduct, String decision) {
    }

    private static Checked checked(StoreSession s, long incidentId, String person, String conduct, Long deadlineId,
                                   String decision) {
        String who = ReviewWriting.text("accountabilityPerson", person, MAX_PERSON);
        String what = ReviewWriting.text("accountabilityConduct", conduct, MAX_TEXT);
        String decided = ReviewWriting.text("accountabilityDecision", decision, MAX_TEXT);
        if (deadlineId != null && s.deadlines().find(deadlineId).map(Deadline::incidentId)
                .filter(owner -> owner == incidentId).isEmpty()) {
            throw ReviewWriting.refused("accountabilityDeadline", "review.accountability.unknownDeadline", deadlineId);
        }
        return new Checked(who, what, decided);
    }

    private static Accountability find(StoreSession s, long id) {
        return s.accountability().find(id).orElseThrow(() -> ReviewWriting.refused("accountability",
                "review.accountability.unknown", id));
    }

    private static Accountability at(Accountability a, int version) {
        return new Accountability(a.id(), a.incidentId(), a.person(), a.conduct(), a.deadlineId(), a.decision(),
                a.updatedAt(), a.updatedBy(), version);
    }

    private static String text(Long id) {
        return id == null ? null : String.valueOf(id);
    }
}
