package org.incidentdesk.service.roster.io;

/** What an applied import did: people added, updated and left as they were, and units created. */
public record ImportResult(int added, int updated, int unchanged, int unitsCreated) {
}
