package org.incidentdesk.domain.warning;

/** A step in a warning's life, as its history records it. */
public enum WarningChangeKind {
    /** Put forward by a post that may not issue the level itself, for the authority to approve. */
    PROPOSED,
    APPROVED,
    ISSUED,
    ADJUSTED,
    LIFTED
}
