package org.incidentdesk.service.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.incidentdesk.domain.common.FieldChange;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.domain.event.HandoverChanged;
import org.incidentdesk.domain.incident.Handover;
import org.incidentdesk.domain.incident.IncidentRules;
import org.incidentdesk.store.Stamp;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.service.security.Access;

/**
 * The shift handover (交接班): the person on duty writes what is open and what to watch, for the successor the duty
 * roster names; the next person confirms having read it, and its writer cannot.
 */
public final class ShiftHandovers {
    private final IncidentChanges changes;

    ShiftHandovers(IncidentChanges changes) {
        this.changes = changes;
    }

    /** The latest handover, confirmed or not. */
    public Optional<Handover> latest() {
        return changes.read(s -> s.handovers().latest());
    }

    /** The person on duty writes what is open and what to watch. */
    public Handover write(String openItems, String watchItems) {
        return write(openItems, watchItems, null);
    }

    /** As {@link #write(String, String)}, for {@code successor} (a name from the duty roster; null: none). */
    public Handover write(String openItems, String watchItems, String successor) {
        Access.require(changes.actors(), Permission.HANDOVER);
        List<Violation> problems = new ArrayList<>();
        IncidentRules.requiredText("handover.openItems", openItems, 8000, problems);
        if (watchItems != null && watchItems.strip().length() > 8000) {
            problems.add(Violation.of("handover.watchItems", "validation.tooLong", 8000));
        }
        IncidentService.refuseIfAny(problems);
        return changes.read(s -> {
            Stamp stamp = changes.stamp();
            long id = s.handovers().insert(openItems.strip(), watchItems == null ? "" : watchItems.strip(),
                    successor == null || successor.isBlank() ? null : successor.strip(), stamp);
            s.audit().append(stamp, "writeHandover", "handover", id, FieldChange.set("openItems", openItems.strip()));
            s.raise(new HandoverChanged(changes.origin(), id, false));
            return s.handovers().find(id).orElseThrow();
        });
    }

    /** The next person on duty confirms they have read the handover; its writer cannot. */
    public Handover confirm(long handoverId) {
        return confirm(handoverId, null);
    }

    /**
     * {@code reader} (a name the person picked from the roster; null: the workstation's account) confirms they have
     * read the handover; its writer cannot, and a name not in the roster is refused. With {@code reader} null and
     * an account signed in (the successor signed in to confirm), the confirmation names that account: the person
     * who proved who they are, recorded as such.
     */
    public Handover confirm(long handoverId, String reader) {
        Access.require(changes.actors(), Permission.HANDOVER);
        Long account = reader == null || reader.isBlank() ? changes.actors().principal().accountId() : null;
        return changes.read(s -> {
            Handover handover = s.handovers().find(handoverId).orElseThrow(
                    () -> IncidentService.refused("handover", "handover.unknown", String.valueOf(handoverId)));
            Stamp stamp = changes.stamp();
            if (handover.confirmed()) {
                throw IncidentService.refused("handover", "handover.alreadyConfirmed", handover.confirmedBy());
            }
            String by = reader == null || reader.isBlank() ? stamp.actor().name() : reader.strip();
            if (reader != null && !reader.isBlank()
                    && s.roster().people().stream().noneMatch(p -> p.name().equals(by))) {
                throw IncidentService.refused("handover.reader", "handover.notInRoster", by);
            }
            if (handover.writtenBy().equals(by)) {
                throw IncidentService.refused("handover", "handover.ownHandover");
            }
            s.handovers().confirm(handover, by, account, stamp);
            if (account == null) {
                s.audit().append(stamp, "confirmHandover", "handover", handoverId, FieldChange.set("confirmedBy", by));
            } else {
                s.audit().append(stamp, "confirmHandover", "handover", handoverId, FieldChange.set("confirmedBy", by),
                        FieldChange.set("signedInAccount", String.valueOf(account)));
            }
            s.raise(new HandoverChanged(changes.origin(), handoverId, true));
            return s.handovers().find(handoverId).orElseThrow();
        });
    }
}
