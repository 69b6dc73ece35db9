package org.incidentdesk.domain.warning;

/** Where a warning stands: waiting for the authority's approval, in force, or lifted. */
public enum WarningStatus {
    PENDING_APPROVAL,
    ACTIVE,
    LIFTED
}
