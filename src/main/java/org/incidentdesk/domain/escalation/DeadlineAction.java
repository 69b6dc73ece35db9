package org.incidentdesk.domain.escalation;

import java.util.Locale;
import org.incidentdesk.domain.plan.DeadlineRule;
import org.incidentdesk.domain.plan.Timing;

/**
 * The kind of act that meets a deadline: the report it produces (首报, 续报, 终报, 总结), a public response,
 * passing the matter to the business department, an explanation or answer, deciding the level, or another act
 * named only by the rule's text (met one by one).
 */
public enum DeadlineAction {
    REPORT_FIRST, REPORT_FOLLOW_UP, REPORT_FINAL, REPORT_SUMMARY, RESPOND, FORWARD, ANSWER, ASSESS, OTHER;

    /**
     * Reads the kind from the rule: the report form it produces first, then the words of its id (an inquiry's
     * opinion or result is an answer). A rule of an office's own plan with an id in other words is {@link #OTHER}.
     */
    public static DeadlineAction of(DeadlineRule rule) {
        String form = rule.form() == null ? "" : rule.form().toLowerCase(Locale.ROOT);
        if (form.startsWith("first")) {
            return REPORT_FIRST;
        }
        if (form.contains("follow-up") || form.contains("bulletin")) {
            return REPORT_FOLLOW_UP;
        }
        if (form.startsWith("final")) {
            return REPORT_FINAL;
        }
        if (form.startsWith("summary")) {
            return REPORT_SUMMARY;
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
        if (id.contains("assess")) {
            return ASSESS;
        }
        if (id.contains("report")) {
            return rule.timing() == Timing.REPEATING ? REPORT_FOLLOW_UP : REPORT_FIRST;
        }
        return OTHER;
    }
}
