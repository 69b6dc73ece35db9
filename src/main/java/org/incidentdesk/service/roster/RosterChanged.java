package org.incidentdesk.service.roster;

/** Published after any change to units, people or duty shifts. */
public record RosterChanged(String what) {
}
