package org.incidentdesk.domain.roster;

/**
 * A body in the command structure: the command itself, its office, a member unit or a working group.
 * {@code id} is null for a unit not yet stored; {@code version} guards against concurrent edits.
 */
public record OrgUnit(Long id, Long parentId, UnitKind kind, String name, String duties, int sortOrder, int version) {
}
