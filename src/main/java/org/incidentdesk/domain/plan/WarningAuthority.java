package org.incidentdesk.domain.plan;

import java.util.List;

/** The role that issues, adjusts and lifts warnings of the given levels (按照事件级别及处置权限, R7). */
public record WarningAuthority(List<String> levels, String role, Origin origin) {
    public WarningAuthority {
        levels = Lists.copy(levels);
        origin = origin == null ? Origin.PLAN_TEXT : origin;
    }
}
