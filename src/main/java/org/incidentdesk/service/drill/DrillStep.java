package org.incidentdesk.service.drill;

import java.time.Instant;
import java.util.Map;

/** Step {@code number} (1, 2, …) of a scenario: at which simulated instant, which verb, with which arguments. */
public record DrillStep(int number, Instant at, String verb, Map<String, String> args) {
    public DrillStep {
        args = Map.copyOf(args);
    }

    public String arg(String name) {
        return args.get(name);
    }
}
