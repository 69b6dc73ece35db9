package org.incidentdesk.domain.plan;

/**
 * A class of event with the response the plan prescribes for it (R16), e.g. {@code inquiry}
 * (询问、质疑、诉求类) → answer it. {@code name} is a short label; {@code definition} is the plan's own full
 * wording of the class where it has one (absent: the name is the wording). {@code leadRole} is the role that
 * takes the lead, where the plan says so.
 */
public record EventCategory(String id, CategoryKind kind, String name, String definition, String response,
                            String leadRole, Origin origin) {
    /** The ids every public-opinion plan uses for plan 5's four classes. */
    public static final String INQUIRY = "inquiry";
    public static final String HYPE = "hype";
    public static final String FABRICATION = "fabrication";
    public static final String CONSTRUCTIVE = "constructive";

    public EventCategory {
        origin = origin == null ? Origin.PLAN_TEXT : origin;
    }
}
