package org.incidentdesk.domain.escalation;

import java.util.Locale;
import java.util.Optional;
import org.incidentdesk.domain.plan.DeadlineRule;
import org.incidentdesk.domain.plan.Timing;

/**
 * The kind of act that meets a deadline: the report it produces (首报, 续报, 终报, 总结), a public response,
 * passing the matter to the business department, an explanation or answer, deciding the level (a warning issued
 * decides it too), or another act
 * named only by the rule's text (met one by one).
 */
public enum DeadlineAction {
    REPORT_FIRST, REPORT_FOLLOW_UP, REPORT_FINAL, REPORT_SUMMARY, RESPOND, FORWARD, ANSWER, ASSESS, OTHER;

    /**
     * Reads the kind from the rule: the report form it produces first, then the words of its id (an inquiry's
     * opinion or result is an answer). A rule of an office's own plan with an id in other words is {@link #OTHER}.
     */
    public static DeadlineAction of(DeadlineRule rule) {
        Optional<DeadlineAction> byForm = ofForm(rule.form());
        if (byForm.isPresent()) {
            return byForm.get();
        }
        String id = rule.id().toLowerCase(Locale.ROOT);
        if (id.contains("respon") || id.contains("release")) {
            return RESPOND;
        }
        if (id.contains("forward")) {
            return FORWARD;
        }
        if (id.contains("answer") || id.contains("inquiry") || id.contains("reply")) {
            return ANSWER;
        }
        if (id.contains("assess") || id.contains("warn")) {
            return ASSESS;
        }
        if (id.contains("report")) {
            return rule.timing() == Timing.REPEATING ? REPORT_FOLLOW_UP : REPORT_FIRST;
        }
        return OTHER;
    }

    /**
     * The act a document of plan form {@code formId} is (首报, 续报 and 通报, 终报, 总结); empty for a form that is
     * no deadline's act (the 预警通知: issuing the warning is the act).
     */
    public static Optional<DeadlineAction> ofForm(String formId) {
        String form = formId == null ? "" : formId.toLowerCase(Locale.ROOT);
        if (form.startsWith("first")) {
            return Optional.of(REPORT_FIRST);
        }
        if (form.contains("follow-up") || form.contains("bulletin")) {
            return Optional.of(REPORT_FOLLOW_UP);
        }
        if (form.startsWith("final")) {
            return Optional.of(REPORT_FINAL);
        }
        if (form.startsWith("summary")) {
            return Optional.of(REPORT_SUMMARY);
        }
        return Optional.empty();
    }
}
