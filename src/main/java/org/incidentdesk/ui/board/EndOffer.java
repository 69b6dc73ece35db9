package org.incidentdesk.ui.board;

import java.util.List;

/** The question before an incident ends: which incident, and its warnings in force that could be lifted with it. */
public record EndOffer(String incident, List<InForce> warnings) {
    /** A warning in force, by id, as the question words it ("预警 2026-Y001（III 级，全县）"). */
    public record InForce(long warningId, String text) {
    }

    public EndOffer {
        warnings = List.copyOf(warnings);
    }
}
