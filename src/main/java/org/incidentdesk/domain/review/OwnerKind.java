package org.incidentdesk.domain.review;

/** Who owns an improvement action: a unit of the roster or a role of the incident's plan. */
public enum OwnerKind {
    UNIT,
    ROLE
}
