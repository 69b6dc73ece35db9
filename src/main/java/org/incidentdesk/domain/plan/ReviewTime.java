package org.incidentdesk.domain.plan;

import java.time.Duration;

/**
 * The time within which the after-action review (总结评估) must be finished after the response ends. The six
 * source plans ask for it "及时" without a length; the built-in plans give the office's customary length,
 * marked as a default with a note.
 */
public record ReviewTime(Duration within, Origin origin) {
    /** For a plan written before this existed: the same length the built-in plans default to. */
    public static final ReviewTime DEFAULT = new ReviewTime(Duration.ofDays(7),
            new Origin(true, "原文只写“及时进行总结评估”，未定时限；默认应急处置结束后7日内完成总结评估"
                    + "（办公室惯例，非原文规定）。请本单位核定。"));

    public ReviewTime {
        origin = origin == null ? Origin.PLAN_TEXT : origin;
    }
}
