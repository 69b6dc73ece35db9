package org.incidentdesk.service.warning;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.incidentdesk.service.common.ActorSource;
import org.incidentdesk.domain.common.FieldChange;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.domain.event.NoticeAcknowledged;
import org.incidentdesk.domain.incident.IncidentRules;
import org.incidentdesk.domain.warning.UnitNotice;
import org.incidentdesk.domain.warning.Warning;
import org.incidentdesk.service.common.EventBus;
import org.incidentdesk.store.Stamp;
import org.incidentdesk.store.Store;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.service.security.Access;

/** The units told to prepare for a warning and their acknowledgements of receipt (预警通知的签收). */
public final class WarningReceipts {
    private final Store store;
    private final EventBus events;
    private final Supplier<Stamp> stamps;
    private final ActorSource actors;

    WarningReceipts(Store store, EventBus events, Supplier<Stamp> stamps,
            ActorSource actors) {
        this.actors = actors;
        this.store = store;
        this.events = events;
        this.stamps = stamps;
    }

    /** The units told to prepare, with their liaisons and whether they acknowledged. */
    public List<UnitNotice> of(long warningId) {
        return store.inTransaction(s -> s.warnings().notices(warningId));
    }

    /**
     * Records that the unit received the warning: who confirmed it ({@code by}, required) and now. A unit liaison
     * confirms only their own unit's notice.
     */
    public UnitNotice acknowledge(long noticeId, String by) {
        Access.requireAny(actors, Permission.WARNING_RECEIPT, Permission.WARNING_RECEIPT_OWN_UNIT);
        List<Violation> problems = new ArrayList<>();
        IncidentRules.requiredText("warning.acknowledgedBy", by, WarningTextRules.MAX_NAME, problems);
        WarningTextRules.refuseIfAny(problems);
        return store.inTransaction(s -> {
            UnitNotice notice = s.warnings().notice(noticeId).orElseThrow(
                    () -> WarningRefusal.of("warning.notice", "warning.unknownNotice", String.valueOf(noticeId)));
            Access.requireForUnit(actors, Permission.WARNING_RECEIPT, Permission.WARNING_RECEIPT_OWN_UNIT,
                    notice.unitId());
            if (notice.acknowledged()) {
                throw WarningRefusal.of("warning.notice", "warning.alreadyAcknowledged", notice.unitName(),
                        notice.acknowledgedBy());
            }
            Stamp stamp = stamps.get();
            s.warnings().acknowledge(noticeId, by.strip(), stamp);
            Warning warning = s.warnings().find(notice.warningId()).orElseThrow();
            s.audit().append(stamp, "acknowledgeWarning", "warning", warning.number(),
                    FieldChange.set("unit", notice.unitName()), FieldChange.set("acknowledgedBy", by.strip()));
            s.raise(new NoticeAcknowledged(events.origin(), notice.warningId(), noticeId));
            return s.warnings().notice(noticeId).orElseThrow();
        });
    }
}
