package org.incidentdesk.ui.warning;

import java.util.List;
import org.incidentdesk.ui.common.LevelColours;
import org.incidentdesk.domain.plan.WarningLevel;
import org.incidentdesk.domain.warning.UnitNotice;
import org.incidentdesk.domain.warning.Warning;
import org.incidentdesk.domain.warning.WarningStatus;

/**
 * One warning in force (or waiting for approval) as its colour block shows it: the warning, its level under the
 * plan version it was issued by (null when that version no longer has the level), the issuing role's name, the
 * incidents behind it and the units told to prepare.
 */
public record WarningCard(Warning warning, WarningLevel level, String issuerRoleName, List<IncidentRef> incidents,
                          List<UnitNotice> notices) {
    public WarningCard {
        incidents = List.copyOf(incidents);
        notices = List.copyOf(notices);
    }

    public long id() {
        return warning.id();
    }

    public boolean pendingApproval() {
        return warning.status() == WarningStatus.PENDING_APPROVAL;
    }

    public String colour() {
        return LevelColours.background(level);
    }

    public long acknowledgedCount() {
        return notices.stream().filter(UnitNotice::acknowledged).count();
    }
}
