package org.incidentdesk.service.escalation;

import java.util.List;
import org.incidentdesk.domain.escalation.CallAttempt;

/**
 * Whom to phone about an overdue deadline: the role that owes the act, then the escalation chain's roles in
 * order (those the deadline has gone up to marked), each with the people who hold it in the roster and their
 * numbers; and the calls logged so far.
 */
public record CallList(long deadlineId, long incidentId, String incidentNumber, String incidentTitle, String rule,
                       String actionText, List<Callee> callees, List<CallAttempt> attempts) {
    public CallList {
        callees = List.copyOf(callees);
        attempts = List.copyOf(attempts);
    }

    /** Why a role is on the list. */
    public enum Reason {
        /** It owes the act. */
        OWNER,
        /** The deadline has gone up the chain to it. */
        ESCALATED,
        /** Further up the chain: the deadline goes there next, or later. */
        CHAIN
    }

    /** A role of the plan and who holds it; {@code people} is empty when the roster has nobody for it. */
    public record Callee(String roleId, String roleName, Reason reason, List<Contact> people) {
        public Callee {
            people = List.copyOf(people);
        }
    }

    /** A person of the roster with the numbers to call; a number the roster lacks is null. */
    public record Contact(long personId, String name, String mobile, String officePhone) {
    }
}
