package org.incidentdesk.domain.common;

/**
 * How the workstation's link to a shared office database stands: working, lost (calls are refused at once rather
 * than left to hang), or being re-established. An embedded database is always {@link #CONNECTED}.
 */
public enum ConnectionState {
    CONNECTED,
    LOST,
    RECONNECTING
}
