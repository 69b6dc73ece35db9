package org.incidentdesk.service.review;

import java.util.List;
import org.incidentdesk.domain.review.Accountability;
import org.incidentdesk.domain.review.ImprovementAction;
import org.incidentdesk.domain.review.Lesson;
import org.incidentdesk.domain.review.PlanRevisionProposal;
import org.incidentdesk.domain.review.ReviewDue;

/** The written part of one incident's review as read together: for the review workspace and the printed report. */
public record WrittenReview(long incidentId, List<Lesson> lessons, List<ImprovementAction> actions,
                            List<Accountability> accountability, List<PlanRevisionProposal> proposals, ReviewDue due) {
    public WrittenReview {
        lessons = List.copyOf(lessons);
        actions = List.copyOf(actions);
        accountability = List.copyOf(accountability);
        proposals = List.copyOf(proposals);
    }
}
