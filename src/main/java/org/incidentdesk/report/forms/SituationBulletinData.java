package org.incidentdesk.report.forms;

import java.util.List;

/** A 网络舆情通报 to the member units, numbered per incident (第N期). */
public record SituationBulletinData(int issue, String eventName, String overview, String progress,
                                    String assessment, List<String> requirements) {
    public SituationBulletinData {
        requirements = requirements == null ? List.of() : List.copyOf(requirements);
    }
}
