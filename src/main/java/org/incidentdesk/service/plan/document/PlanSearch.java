package org.incidentdesk.service.plan.document;

import java.util.List;
import java.util.Locale;
import org.incidentdesk.service.plan.document.PlanDocument.Located;

/**
 * Finds the entries of a plan document that mention a text: units (by the heading they stand under), duties,
 * criteria, rules, steps, categories and the rest, in reading order. Spaces and case do not matter, so
 * "县 政府办" finds 县政府办.
 */
public final class PlanSearch {
    private PlanSearch() {
    }

    public static List<Located> find(PlanDocument document, String query) {
        String wanted = normalized(query);
        if (wanted.isEmpty()) {
            return List.of();
        }
        return document.entries().stream().filter(l -> normalized(searchText(l)).contains(wanted)).toList();
    }

    /**
     * What an entry is found by: its own text, and for the first entry of an element (ref {@code units/office},
     * {@code levels/I}) also the heading that names the element.
     */
    static String searchText(Located located) {
        PlanDocument.Entry entry = located.entry();
        String text = entry.fullText(" ");
        boolean head = entry.ref() != null && entry.ref().split("/").length == 2 && !located.sections().isEmpty();
        return head ? located.sections().get(located.sections().size() - 1) + " " + text : text;
    }

    private static String normalized(String text) {
        return text == null ? "" : text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
