package org.incidentdesk.service.review;

import java.time.Clock;
import java.time.ZoneId;
import org.incidentdesk.service.common.ActorSource;
import org.incidentdesk.service.common.EventBus;
import org.incidentdesk.service.plan.PlanService;
import org.incidentdesk.store.Store;

/**
 * The services of the written review and its follow-ups, built together on one store, clock and actor (the
 * composition root makes one): lessons, improvement actions, accountability, the review's due date, plan
 * revisions and the follow-up alerts. {@link #written} reads one incident's written part in one transaction.
 */
public final class ReviewWrittenServices {
    private final ReviewWriting writing;
    private final LessonService lessons;
    private final ImprovementActionService actions;
    private final AccountabilityService accountability;
    private final ReviewDueService due;
    private final PlanRevisionService revisions;
    private final FollowUpAlerts alerts;

    public ReviewWrittenServices(Store store, Clock clock, ActorSource actors, EventBus events, PlanService plans,
                                 ZoneId zone) {
        this.writing = new ReviewWriting(store, clock, actors, events);
        ActionOwners owners = new ActionOwners(plans);
        this.lessons = new LessonService(writing);
        this.actions = new ImprovementActionService(writing, owners, zone);
        this.accountability = new AccountabilityService(writing);
        this.due = new ReviewDueService(writing, owners);
        this.revisions = new PlanRevisionService(writing);
        this.alerts = new FollowUpAlerts(writing, owners);
    }

    public LessonService lessons() {
        return lessons;
    }

    public ImprovementActionService actions() {
        return actions;
    }

    public AccountabilityService accountability() {
        return accountability;
    }

    public ReviewDueService due() {
        return due;
    }

    public PlanRevisionService revisions() {
        return revisions;
    }

    public FollowUpAlerts alerts() {
        return alerts;
    }

    /** The incident's lessons, actions, accountability records, proposals and due state, read together. */
    public WrittenReview written(long incidentId) {
        return writing.store.inTransaction(s -> new WrittenReview(incidentId, s.lessons().forIncident(incidentId),
                s.improvementActions().forIncident(incidentId), s.accountability().forIncident(incidentId),
                s.revisionProposals().forIncident(incidentId), due.due(incidentId)));
    }
}
