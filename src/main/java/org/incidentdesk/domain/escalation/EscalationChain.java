package org.incidentdesk.domain.escalation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.DeadlineRule;
import org.incidentdesk.domain.plan.PlanRole;

/**
 * Whom an overdue deadline goes to, step by step: first the party the rule reports to, then the plan's
 * supervising posts from the office up to the top (办公室主任, 带班领导, 指挥长, 组长, 总指挥), or the leading body
 * itself where the plan names no such post. The plans do not write a chain down; this order is a default.
 * Steps beyond the chain's end go to its last role again, at the plan's longer interval (see {@link AlertPolicy}).
 */
public final class EscalationChain {
    private static final List<String> SUPERVISING_POSTS = List.of("office-director", "duty-leader", "chief",
            "deputy-commander", "leader", "leaders", "commander");
    private static final List<String> LEADING_BODIES = List.of("leading-group", "command");

    private final List<String> roles;

    private EscalationChain(List<String> roles) {
        this.roles = List.copyOf(roles);
    }

    public static EscalationChain of(ContingencyPlan plan, DeadlineRule rule) {
        Set<String> chain = new LinkedHashSet<>();
        if (rule.to() != null && !rule.to().equals(rule.by())) {
            chain.add(rule.to());
        }
        boolean postFound = false;
        for (String id : SUPERVISING_POSTS) {
            Optional<PlanRole> role = plan.organisation().role(id);
            if (role.isPresent()) {
                chain.add(id);
                postFound = true;
            }
        }
        if (!postFound) {
            LEADING_BODIES.stream().filter(id -> plan.organisation().role(id).isPresent()).findFirst()
                    .ifPresent(chain::add);
        }
        List<String> ordered = new ArrayList<>(chain);
        ordered.remove(rule.by());
        return new EscalationChain(ordered);
    }

    /**
     * The chain of deadline {@code d} under {@code plan}; a rule gone from the plan (a hand-edited database:
     * plan versions are immutable) is read from the deadline's own owner and recipient.
     */
    public static EscalationChain of(ContingencyPlan plan, Deadline d) {
        DeadlineRule rule = plan.deadline(d.ruleId()).orElseGet(() -> new DeadlineRule(d.ruleId(), d.actionText(),
                d.ownerRole(), d.recipientRole(), null, null, null, null, List.of(), List.of(), null, null, null));
        return of(plan, rule);
    }

    /** Step {@code step} (1, 2, …) reaches or passes the top of the chain. */
    public boolean atTop(int step) {
        return step >= roles.size();
    }

    public int length() {
        return roles.size();
    }

    public List<String> roles() {
        return roles;
    }

    public boolean isEmpty() {
        return roles.isEmpty();
    }

    /** The role escalation step {@code step} (1, 2, …) goes to. */
    public String roleForStep(int step) {
        return roles.get(Math.min(step, roles.size()) - 1);
    }
}
