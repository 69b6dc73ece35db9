package org.incidentdesk.domain.plan;

import java.util.List;

/** A report form the plan uses, with the contents it must hold. */
public record ReportForm(String id, FormKind kind, String name, List<FormField> contents, Origin origin) {
    public ReportForm {
        contents = Lists.copy(contents);
        origin = origin == null ? Origin.PLAN_TEXT : origin;
    }
}
