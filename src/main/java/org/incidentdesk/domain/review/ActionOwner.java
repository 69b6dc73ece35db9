package org.incidentdesk.domain.review;

/**
 * The owner of an improvement action: a roster unit ({@link OwnerKind#UNIT}, {@code ref} its id as text) or a
 * role of the plan ({@link OwnerKind#ROLE}, {@code ref} the role's id); {@code name} as it read when chosen.
 */
public record ActionOwner(OwnerKind kind, String ref, String name) {
    public static ActionOwner unit(long unitId, String name) {
        return new ActionOwner(OwnerKind.UNIT, String.valueOf(unitId), name);
    }

    public static ActionOwner role(String roleId, String name) {
        return new ActionOwner(OwnerKind.ROLE, roleId, name);
    }
}
