package org.incidentdesk.domain.plan;

import java.time.Duration;

/**
 * How the workstation reads two things the plans leave open. {@code immediately}: the response window of a
 * 立即/第一时间 duty — it falls due this long after its start (and never before the office took the report), and
 * until then it is due, not late. {@code remindAfterTop}: once an overdue deadline has gone up the whole
 * escalation chain, it is not sent to the top again every step but reminded at this longer interval.
 * The source plans set neither; the built-in plans give the office's customary lengths, marked as defaults.
 */
public record ResponseTimes(Duration immediately, Duration remindAfterTop, Origin origin) {
    /** For a plan written before these existed: the same lengths the built-in plans default to. */
    public static final ResponseTimes DEFAULT = new ResponseTimes(Duration.ofMinutes(30), Duration.ofHours(2),
            new Origin(true, "原文只写“立即”，未定时长；按办公室惯例（先电话、后书面，电话报告一般在30分钟内），"
                    + "“立即”事项自接报起30分钟内为应办期；逐级上报至最高一级后，每2小时再提醒一次。请本单位核定。"));

    public ResponseTimes {
        origin = origin == null ? Origin.PLAN_TEXT : origin;
    }

    public ResponseTimes withImmediately(Duration window) {
        return new ResponseTimes(window, remindAfterTop, origin);
    }

    public ResponseTimes withRemindAfterTop(Duration interval) {
        return new ResponseTimes(immediately, interval, origin);
    }
}
