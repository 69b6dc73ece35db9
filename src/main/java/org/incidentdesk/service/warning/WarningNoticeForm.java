package org.incidentdesk.service.warning;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.EventCategory;
import org.incidentdesk.domain.plan.WarningLevel;
import org.incidentdesk.domain.warning.Warning;
import org.incidentdesk.domain.warning.WarningChange;
import org.incidentdesk.domain.warning.WarningChangeKind;
import org.incidentdesk.report.forms.WarningNoticeData;

/**
 * Fills the 预警通知 from a stored warning: the category and level as the notice names them (橙色（II 级）, or
 * II 级（重大） where the plan has no colours), the post that decided (the plan role it was issued in the authority of), the incidents behind it as the situation, and for an adjustment the level
 * before and the reason, for a lifting its reason and time. What the warning does not know stays null and
 * prints as a blank to complete by hand.
 */
final class WarningNoticeForm {
    private final WarningService warnings;
    private final ZoneId zone;

    WarningNoticeForm(WarningService warnings, ZoneId zone) {
        this.warnings = warnings;
        this.zone = zone;
    }

    WarningNoticeData data(Warning warning, WarningNoticeData.Action action, List<WarningChange> history,
                           List<Incident> incidents) {
        ContingencyPlan plan = warnings.planOf(warning);
        String category = plan.category(warning.categoryId()).map(EventCategory::name).orElse(warning.categoryId());
        WarningLevel level = warnings.levelOf(warning);
        String situation = incidents.stream().map(Incident::title).collect(Collectors.joining("；"));
        String decidedBy = warning.issuerRole() == null ? null : new WarningAuthorities(plan).roleName(warning.issuerRole());
        Optional<WarningChange> adjusted = history.stream().filter(c -> c.kind() == WarningChangeKind.ADJUSTED)
                .reduce((a, b) -> b);
        Optional<WarningChange> issued = history.stream().filter(c -> c.kind() == WarningChangeKind.ISSUED
                || c.kind() == WarningChangeKind.PROPOSED).findFirst();
        return switch (action) {
            case ISSUE -> new WarningNoticeData(action, category, named(level), null, orNull(situation),
                    local(warning.startsAt()), warning.scope(), warning.items(), warning.measures(),
                    issued.map(WarningChange::reason).orElse(null), local(warning.issuedAt()), null, decidedBy);
            case ADJUST -> new WarningNoticeData(action, category, named(level),
                    adjusted.map(c -> plan.level(c.fromLevelId()).map(WarningNoticeForm::named).orElse(c.fromLevelId()))
                            .orElse(null),
                    orNull(situation), adjusted.map(c -> local(c.at())).orElse(null), warning.scope(), warning.items(),
                    warning.measures(), adjusted.map(WarningChange::reason).orElse(null),
                    adjusted.map(c -> local(c.at())).orElse(null), null, decidedBy);
            case LIFT -> new WarningNoticeData(action, category, named(level), null, orNull(situation),
                    local(warning.liftedAt()), warning.scope(), List.of(), warning.measures(), warning.liftReason(),
                    local(warning.liftedAt()), null, decidedBy);
        };
    }

    /** The level with its number: 黄色（III 级） where the plan gives a colour, otherwise III 级（一般）. */
    static String named(WarningLevel level) {
        return level.colour() != null ? level.colour().chineseName() + "（" + level.id() + " 级）"
                : level.id() + " 级（" + level.name() + "）";
    }

    private LocalDateTime local(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, zone).withNano(0);
    }

    private LocalDateTime local(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(zone).toLocalDateTime().withNano(0);
    }

    private static String orNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
