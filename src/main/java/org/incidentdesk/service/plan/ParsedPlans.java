package org.incidentdesk.service.plan;

import java.util.LinkedHashMap;
import java.util.Map;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.service.plan.format.PlanReader;

/**
 * The plans last read from their stored text, by that text: a saved version never changes, so parsing it again
 * gives the same plan. The board's reads ask for the active plan's categories twice on every load, and parsing the
 * YAML was a third of a full board load on a thousand incidents (JFR, BENCHMARKS.md's board figure).
 */
final class ParsedPlans {
    private static final int KEPT = 16;

    private final Map<String, ContingencyPlan> byText = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ContingencyPlan> eldest) {
            return size() > KEPT;
        }
    };

    synchronized ContingencyPlan read(String sourceName, String text) {
        ContingencyPlan plan = byText.get(text);
        if (plan == null) {
            plan = PlanReader.read(sourceName, text);
            byText.put(text, plan);
        }
        return plan;
    }
}
