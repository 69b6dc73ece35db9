package org.incidentdesk.report.forms;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What the 处置工作总结评估报告 prints, already chosen and scored by the after-action review: the starred timeline
 * entries by phase (unstarred ones are not here), every scored deadline of the plan, the time-to figures, the
 * reviewer's rating of each plan section, the lessons, the improvement actions and — only when the person printing
 * asks for it and may see it — the accountability records. Times are the office's local times.
 *
 * @param drill        the incident was a drill's, so the title says 演练
 * @param deadlinesMet how many of {@code deadlines} were met (the review's own count, not recounted here)
 * @param superseded   deadlines a re-assessed level or the event's end made unnecessary: not in the table, not scored
 */
public record ReviewReportData(String eventName, boolean drill, String overview, List<Phase> timeline,
                               List<ScoredDeadline> deadlines, int deadlinesMet, int superseded, List<TimeTo> timesTo,
                               List<SectionRating> ratings, List<Lesson> successes, List<Lesson> problems,
                               List<Action> actions, List<Accountability> accountability) {

    /** One phase of the handling (先期处置, 事中处置, 善后处置) with its starred entries, oldest first. */
    public record Phase(String name, List<Step> steps) {
        public Phase {
            steps = List.copyOf(steps);
        }
    }

    /** One starred timeline entry as the timeline renders it. */
    public record Step(LocalDateTime at, String what) {
    }

    /** How a deadline of the plan ended. */
    public enum Outcome {
        MET("按时完成"), LATE("逾期完成"), MISSED("未完成"),
        /** Not yet due when the review was read; listed, not scored. */
        PENDING("未到期");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One deadline the plan set for the incident.
     *
     * @param rule  the rule in words (首报：发现后30分钟内报县指挥部)
     * @param owner who owed it (a unit or a plan role)
     * @param done  when its act was done; null when it never was
     * @param delay done minus due: negative is the margin, positive the delay; for one still owed past due, how far
     *              past due it is; null when there is none
     */
    public record ScoredDeadline(String rule, String owner, LocalDateTime due, LocalDateTime done, Duration delay,
                                 Outcome outcome) {
    }

    /**
     * A time-to figure (to the first report, the first public response, the warning, calm) from the event and from
     * its discovery; null where the moment never came or the start is not known.
     */
    public record TimeTo(String measure, Duration fromEvent, Duration fromDiscovery) {
    }

    /** The reviewer's rating of one plan section (完成良好 … 未能完成) and the scored rows it rests on. */
    public record SectionRating(String section, String rating, String evidence) {
    }

    /** A lesson (成功经验 or 暴露问题) and when the timeline entries it is about happened (empty: none linked). */
    public record Lesson(String text, List<LocalDateTime> about) {
        public Lesson {
            about = about == null ? List.of() : List.copyOf(about);
        }
    }

    /** An improvement action (整改措施): what, who owns it, by when, and where it stands. */
    public record Action(String what, String owner, LocalDate due, String state) {
    }

    /** One accountability record (责任追究): who, for what, which missed deadline, and the decision. */
    public record Accountability(String who, String what, String deadline, String decision) {
    }

    public ReviewReportData {
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
        deadlines = deadlines == null ? List.of() : List.copyOf(deadlines);
        timesTo = timesTo == null ? List.of() : List.copyOf(timesTo);
        ratings = ratings == null ? List.of() : List.copyOf(ratings);
        successes = successes == null ? List.of() : List.copyOf(successes);
        problems = problems == null ? List.of() : List.copyOf(problems);
        actions = actions == null ? List.of() : List.copyOf(actions);
        accountability = accountability == null ? List.of() : List.copyOf(accountability);
    }

    /** The same report without the accountability records: what a print shows unless they are asked for. */
    public ReviewReportData withoutAccountability() {
        return new ReviewReportData(eventName, drill, overview, timeline, deadlines, deadlinesMet, superseded, timesTo, ratings,
                successes, problems, actions, List.of());
    }
}
