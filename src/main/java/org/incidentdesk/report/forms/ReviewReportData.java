package org.incidentdesk.report.forms;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The 处置工作总结评估报告 after a response: facts, the course of handling, effect, problems, lessons,
 * improvements and accountability. The after-action review fills it when it is built.
 */
public record ReviewReportData(String eventName, String overview, List<Step> timeline, String effect,
                               List<String> problems, List<String> lessons, List<String> improvements,
                               String accountability) {
    /** One dated step of the handling. */
    public record Step(LocalDateTime at, String what) {
    }

    public ReviewReportData {
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
        problems = problems == null ? List.of() : List.copyOf(problems);
        lessons = lessons == null ? List.of() : List.copyOf(lessons);
        improvements = improvements == null ? List.of() : List.copyOf(improvements);
    }
}
