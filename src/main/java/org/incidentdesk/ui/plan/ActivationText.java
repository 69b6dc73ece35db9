package org.incidentdesk.ui.plan;

import java.util.ArrayList;
import java.util.List;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.MappingCheck;
import org.incidentdesk.domain.plan.PlanRole;
import org.incidentdesk.domain.plan.PlanUnit;
import org.incidentdesk.service.plan.ActivationCheck;
import org.incidentdesk.service.plan.document.PlanTerms;

/**
 * The question 启用 asks: which plan the new one replaces, and what of it the roster does not cover — bodies
 * and roles not mapped, and the deadlines and warnings that would therefore reach nobody. Plain text, so the
 * dialog service can show it and a test can read it.
 */
final class ActivationText {
    /** Long lists are cut after this many names, with the count of the rest. */
    static final int MAX_NAMES = 8;

    private final Messages messages;
    private final PlanTerms terms;

    ActivationText(Messages messages) {
        this.messages = messages;
        this.terms = new PlanTerms(messages);
    }

    String title(ActivationCheck check) {
        return messages.get("planui.activate.title", check.plan().name());
    }

    /** 启用 when everything is mapped, 仍然启用 when the office activates a plan with gaps. */
    String confirmLabel(ActivationCheck check) {
        return messages.get(check.mapping().isComplete() ? "planui.activate.confirm" : "planui.activate.confirmAnyway");
    }

    String message(ActivationCheck check) {
        ContingencyPlan plan = check.content();
        MappingCheck mapping = check.mapping();
        List<String> lines = new ArrayList<>();
        lines.add(check.replaces().map(old -> messages.get("planui.activate.replaces", check.plan().name(),
                        check.plan().currentVersion(), old.name()))
                .orElse(messages.get("planui.activate.replacesNone", check.plan().name(), check.plan().currentVersion())));
        lines.add("");
        if (mapping.isComplete()) {
            lines.add(messages.get("planui.activate.allMapped"));
            return String.join("\n", lines);
        }
        if (!mapping.unmappedUnits().isEmpty()) {
            lines.add(messages.get("planui.activate.unmappedUnits", mapping.unmappedUnits().size(),
                    names(mapping.unmappedUnits().stream().map(PlanUnit::name).toList())));
        }
        if (!mapping.unmappedRoles().isEmpty()) {
            lines.add(messages.get("planui.activate.unmappedRoles", mapping.unmappedRoles().size(),
                    names(mapping.unmappedRoles().stream().map(PlanRole::name).toList())));
        }
        if (!mapping.unreachedDeadlines().isEmpty()) {
            lines.add(messages.get("planui.activate.unreachedDeadlines", mapping.unreachedDeadlines().size(),
                    names(mapping.unreachedDeadlines().stream().map(r -> terms.ruleName(plan, r)).toList())));
        }
        if (!mapping.unreachedWarnings().isEmpty()) {
            lines.add(messages.get("planui.activate.unreachedWarnings", names(mapping.unreachedWarnings().stream()
                    .map(a -> terms.levels(plan, a.levels())).toList())));
        }
        lines.add("");
        lines.add(messages.get("planui.activate.fixHint"));
        return String.join("\n", lines);
    }

    private String names(List<String> names) {
        if (names.size() <= MAX_NAMES) {
            return terms.list(names);
        }
        return messages.get("planui.activate.more", terms.list(names.subList(0, MAX_NAMES)), names.size() - MAX_NAMES);
    }
}
