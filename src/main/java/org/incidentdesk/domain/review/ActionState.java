package org.incidentdesk.domain.review;

/** An improvement action is open until it is closed with its evidence. */
public enum ActionState {
    OPEN,
    DONE
}
