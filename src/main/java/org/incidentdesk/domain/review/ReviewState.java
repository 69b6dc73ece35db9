package org.incidentdesk.domain.review;

/** Where an after-action review (总结评估) stands: being written, or finished. */
public enum ReviewState {
    DRAFT,
    FINISHED
}
