package org.incidentdesk.service.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.service.plan.format.PlanReader;

/**
 * The six plans shipped with the program as templates, in the order of the source document (plans 1–6).
 * They are read from {@code /org/incidentdesk/plans/ID.yaml} and checked like any imported plan, once.
 */
public final class BuiltInPlans {
    /** county (plan 1) … primary (plan 6). */
    public static final List<String> IDS = List.of("county", "police", "college", "school", "archives", "primary");
    private static final String FOLDER = "/org/incidentdesk/plans/";

    private volatile Map<String, ContingencyPlan> loaded;

    public List<ContingencyPlan> all() {
        return List.copyOf(plans().values());
    }

    public Optional<ContingencyPlan> find(String id) {
        return Optional.ofNullable(plans().get(id));
    }

    public static boolean isBuiltInId(String id) {
        return IDS.contains(id);
    }

    private Map<String, ContingencyPlan> plans() {
        Map<String, ContingencyPlan> plans = loaded;
        if (plans == null) {
            synchronized (this) {
                if (loaded == null) {
                    Map<String, ContingencyPlan> read = new LinkedHashMap<>();
                    for (String id : IDS) {
                        read.put(id, PlanReader.readResource(FOLDER + id + ".yaml"));
                    }
                    loaded = read;
                }
                plans = loaded;
            }
        }
        return plans;
    }
}
