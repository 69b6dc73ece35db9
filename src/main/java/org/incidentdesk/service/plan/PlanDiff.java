package org.incidentdesk.service.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.service.plan.format.PlanTree;

/**
 * Compares two plans field by field on their document trees. Lists whose items all carry an id are matched
 * by id, so adding a deadline rule shows as one addition rather than every later rule changing.
 */
public final class PlanDiff {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PlanDiff() {
    }

    public static List<PlanChange> between(ContingencyPlan before, ContingencyPlan after) {
        List<PlanChange> changes = new ArrayList<>();
        compare("", content(before), content(after), changes);
        return changes;
    }

    /**
     * The plan's tree without its bookkeeping: the file format version and the revision (which for an office
     * plan is its version number) are not changes the office made.
     */
    private static Map<String, Object> content(ContingencyPlan plan) {
        Map<String, Object> tree = new LinkedHashMap<>(PlanTree.of(plan));
        tree.remove("schemaVersion");
        tree.remove("revision");
        return tree;
    }

    private static void compare(String path, Object before, Object after, List<PlanChange> changes) {
        if (Objects.equals(before, after)) {
            return;
        }
        if (before == null) {
            changes.add(new PlanChange(path, PlanChange.Kind.ADDED, null, render(after)));
        } else if (after == null) {
            changes.add(new PlanChange(path, PlanChange.Kind.REMOVED, render(before), null));
        } else if (before instanceof Map<?, ?> a && after instanceof Map<?, ?> b) {
            Set<Object> keys = new LinkedHashSet<>(a.keySet());
            keys.addAll(b.keySet());
            for (Object key : keys) {
                compare(path.isEmpty() ? key.toString() : path + "." + key, a.get(key), b.get(key), changes);
            }
        } else if (before instanceof List<?> a && after instanceof List<?> b) {
            if (identified(a) && identified(b)) {
                compareById(path, a, b, changes);
            } else {
                for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                    compare(path + "[" + i + "]", i < a.size() ? a.get(i) : null, i < b.size() ? b.get(i) : null,
                            changes);
                }
            }
        } else {
            changes.add(new PlanChange(path, PlanChange.Kind.CHANGED, render(before), render(after)));
        }
    }

    private static void compareById(String path, List<?> before, List<?> after, List<PlanChange> changes) {
        Map<Object, Object> a = byId(before);
        Map<Object, Object> b = byId(after);
        Set<Object> ids = new LinkedHashSet<>(a.keySet());
        ids.addAll(b.keySet());
        for (Object id : ids) {
            compare(path + "[" + id + "]", a.get(id), b.get(id), changes);
        }
    }

    private static boolean identified(List<?> items) {
        return items.stream().allMatch(i -> i instanceof Map<?, ?> m && m.get("id") != null)
                && items.stream().map(i -> ((Map<?, ?>) i).get("id")).distinct().count() == items.size();
    }

    private static Map<Object, Object> byId(List<?> items) {
        Map<Object, Object> map = new LinkedHashMap<>();
        items.forEach(i -> map.put(((Map<?, ?>) i).get("id"), i));
        return map;
    }

    private static String render(Object value) {
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            try {
                return JSON.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a plan tree holds only maps, lists and scalars", e);
            }
        }
        return String.valueOf(value);
    }
}
