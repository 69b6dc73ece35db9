package org.incidentdesk.domain.incident;

/** A preserved file (screenshot, saved page, document) or a link. */
public enum EvidenceKind {
    FILE,
    LINK
}
