package org.incidentdesk.service.escalation;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.incidentdesk.domain.common.DurationText;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.escalation.Deadline;
import org.incidentdesk.domain.escalation.DeadlineEventKind;
import org.incidentdesk.domain.escalation.EscalationChain;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.PlanRole;

/**
 * The timeline text of a deadline event, written into the record in the office's document language (Chinese),
 * with times in the office's zone and roles by the names the plan gives them.
 */
final class DeadlineTexts {
    private static final Messages RECORD = new Messages(Locale.SIMPLIFIED_CHINESE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ZoneId zone;

    DeadlineTexts(ZoneId zone) {
        this.zone = zone;
    }

    String describe(DeadlineEventKind kind, Deadline d, ContingencyPlan plan, String detail, boolean late,
                    Instant alertAt) {
        String text = switch (kind) {
            case CREATED -> RECORD.get("deadline.timeline.CREATED", rule(d), d.actionText(), role(plan, d.ownerRole()),
                    time(d.startedAt()), time(d.dueAt()));
            case RETIMED -> RECORD.get("deadline.timeline.RETIMED", rule(d), time(d.startedAt()), time(d.dueAt()));
            case REMINDED -> RECORD.get("deadline.timeline.REMINDED", rule(d), time(d.dueAt()),
                    role(plan, d.ownerRole()));
            case OVERDUE -> RECORD.get("deadline.timeline.OVERDUE", rule(d), time(d.dueAt()),
                    role(plan, d.ownerRole()));
            case ESCALATED -> escalated(d, plan, detail);
            case ACKNOWLEDGED -> RECORD.get("deadline.timeline.ACKNOWLEDGED", rule(d));
            case MET -> d.metInTime() ? RECORD.get("deadline.timeline.MET", rule(d), time(d.metAt()))
                    : RECORD.get("deadline.timeline.METLATE", rule(d), time(d.metAt()),
                    DurationText.format(Duration.between(d.dueAt(), d.metAt()), RECORD));
            case MISSED -> RECORD.get("deadline.timeline.MISSED", rule(d), time(d.dueAt()),
                    RECORD.get("deadline.reason." + detail));
            case SUPERSEDED -> RECORD.get("deadline.timeline.SUPERSEDED", rule(d), RECORD.get("deadline.reason." + detail));
        };
        return late ? text + RECORD.get("deadline.timeline.late", time(alertAt)) : text;
    }

    /**
     * One step up the chain; the step that reaches the top says that from now on the top is reminded at the
     * plan's longer interval, and each such reminder says it is one.
     */
    private static String escalated(Deadline d, ContingencyPlan plan, String toRole) {
        EscalationChain chain = EscalationChain.of(plan, d);
        String interval = DurationText.format(plan.responseTimes().remindAfterTop(), RECORD);
        if (chain.isEmpty() || d.escalations() < chain.length()) {
            return RECORD.get("deadline.timeline.ESCALATED", rule(d), d.escalations(), role(plan, toRole));
        }
        String key = d.escalations() == chain.length() ? "deadline.timeline.ESCALATED.top"
                : "deadline.timeline.ESCALATED.remindTop";
        return RECORD.get(key, rule(d), d.escalations(), role(plan, toRole), interval);
    }

    static String rule(Deadline d) {
        return d.occurrence() == 1 ? d.ruleId() : d.ruleId() + " #" + d.occurrence();
    }

    private String time(Instant instant) {
        return TIME.format(instant.atZone(zone));
    }

    static String role(ContingencyPlan plan, String roleId) {
        if (roleId == null) {
            return "—";
        }
        return plan.organisation().role(roleId).map(PlanRole::name).orElse(roleId);
    }
}
