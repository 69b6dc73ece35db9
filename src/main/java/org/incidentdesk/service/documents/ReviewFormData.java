package org.incidentdesk.service.documents;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.TimelineRenderer;
import org.incidentdesk.domain.review.DeadlineOutcome;
import org.incidentdesk.domain.review.DeadlineScore;
import org.incidentdesk.domain.review.ImprovementAction;
import org.incidentdesk.domain.review.LessonKind;
import org.incidentdesk.domain.review.Milestone;
import org.incidentdesk.domain.review.PlanSection;
import org.incidentdesk.domain.review.ReconstructedTimeline;
import org.incidentdesk.domain.review.ReviewPhase;
import org.incidentdesk.domain.review.ScoredDeadline;
import org.incidentdesk.domain.review.SectionAssessment;
import org.incidentdesk.domain.review.TimeToFigures;
import org.incidentdesk.report.ChineseNumbers;
import org.incidentdesk.report.forms.ReviewForm;
import org.incidentdesk.report.forms.ReviewReportData;
import org.incidentdesk.service.review.ReviewDetail;
import org.incidentdesk.service.review.WrittenReview;

/**
 * Fills the 处置工作总结评估报告 from an incident's review: the starred entries only (rendered as the timeline shows
 * them, by stage), the deadlines as the review scored them (superseded ones counted apart), the time-to figures,
 * the reviewer's ratings with the scored rows beside them as evidence, and the written part (lessons, improvement
 * actions, accountability records; whether the last are printed is the request's choice). Always in Chinese: the
 * report is an official document of the office.
 */
public final class ReviewFormData {
    private static final String UNRATED = "未评价";

    private final Function<Long, ReviewDetail> reviews;
    private final Function<Long, WrittenReview> written;
    private final Clock clock;
    private final ZoneId zone;
    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final TimelineRenderer renderer;

    /**
     * @param reviews the review of an incident ({@code ReviewService::detail}; refuses an incident without one)
     * @param written its written part ({@code ReviewWrittenServices::written})
     */
    public ReviewFormData(Function<Long, ReviewDetail> reviews, Function<Long, WrittenReview> written, Clock clock,
                          ZoneId zone) {
        this.reviews = reviews;
        this.written = written;
        this.clock = clock;
        this.zone = zone;
        this.renderer = new TimelineRenderer(messages, zone);
    }

    /** The report's data; a refusal (no such incident, no review yet) names the incident. */
    public ReviewReportData of(long incidentId) {
        ReviewDetail detail = reviews.apply(incidentId);
        WrittenReview words = written.apply(incidentId);
        DeadlineScore score = detail.figures().score();
        return new ReviewReportData(detail.incident().title(), detail.review().drill(), overview(detail.incident()),
                phases(detail.timeline()), score.rows().stream().map(this::scored).toList(), score.met(),
                score.superseded().size(), timesTo(detail.figures().times()), ratings(detail),
                lessons(words, LessonKind.SUCCESS, detail.timeline()), lessons(words, LessonKind.PROBLEM, detail.timeline()),
                actions(words),
                accountability(words, score));
    }

    private String overview(Incident incident) {
        StringBuilder text = new StringBuilder(ChineseNumbers.dateTime(local(incident.discoveredAt().toInstant())))
                .append("，接报“").append(incident.title()).append("”。");
        String what = incident.facts().sevenWs().what();
        if (what != null && !what.isBlank()) {
            text.append(what.strip().replaceFirst("[。！？；]?$", "。"));
        }
        text.append("事件级别：").append(incident.level() == null ? "未定级" : incident.level().label()).append("。");
        return text.toString();
    }

    /** The stages in order, each with its starred entries; the document names them in full (事中处置, 善后处置). */
    private List<ReviewReportData.Phase> phases(ReconstructedTimeline timeline) {
        List<ReviewReportData.Phase> phases = new ArrayList<>();
        for (ReconstructedTimeline.PhaseGroup group : timeline.groups()) {
            List<ReviewReportData.Step> steps = group.entries().stream().filter(ReconstructedTimeline.ReviewEntry::starred)
                    .map(e -> new ReviewReportData.Step(local(e.entry().at()), renderer.render(e.entry()))).toList();
            phases.add(new ReviewReportData.Phase(phaseName(group.phase()), steps));
        }
        return phases;
    }

    private static String phaseName(ReviewPhase phase) {
        return switch (phase) {
            case INITIAL -> "先期处置";
            case DURING -> "事中处置";
            case AFTERMATH -> "善后处置";
        };
    }

    private ReviewReportData.ScoredDeadline scored(ScoredDeadline row) {
        String rule = row.startedAt() == null || row.dueAt() == null ? row.act()
                : row.act() + "（" + ReviewForm.duration(Duration.between(row.startedAt(), row.dueAt())) + "内）";
        return new ReviewReportData.ScoredDeadline(rule, row.owner(), local(row.dueAt()), local(row.doneAt()),
                row.delay(), outcome(row.outcome()));
    }

    private static ReviewReportData.Outcome outcome(DeadlineOutcome outcome) {
        return switch (outcome) {
            case MET -> ReviewReportData.Outcome.MET;
            case LATE -> ReviewReportData.Outcome.LATE;
            case MISSED -> ReviewReportData.Outcome.MISSED;
            case PENDING -> ReviewReportData.Outcome.PENDING;
            case SUPERSEDED -> throw new IllegalArgumentException("superseded deadlines are counted apart, not listed");
        };
    }

    /** From the event only where its time was reported (otherwise it would repeat the time from discovery). */
    private List<ReviewReportData.TimeTo> timesTo(TimeToFigures times) {
        List<ReviewReportData.TimeTo> figures = new ArrayList<>();
        for (Milestone milestone : Milestone.values()) {
            Duration fromEvent = times.eventTimeKnown() ? times.fromEvent(milestone).orElse(null) : null;
            figures.add(new ReviewReportData.TimeTo(messages.name(milestone), fromEvent,
                    times.fromDiscovery(milestone).orElse(null)));
        }
        return figures;
    }

    /** Every plan section, rated or not, with the reviewer's note and the scored rows that evidence it. */
    private List<ReviewReportData.SectionRating> ratings(ReviewDetail detail) {
        List<ReviewReportData.SectionRating> ratings = new ArrayList<>();
        for (PlanSection section : PlanSection.values()) {
            Optional<SectionAssessment> rating = detail.rating(section);
            List<String> evidence = new ArrayList<>();
            rating.map(SectionAssessment::note).filter(n -> !n.isBlank()).ifPresent(evidence::add);
            for (ScoredDeadline row : detail.evidence(section)) {
                evidence.add(row.act() + "：" + (row.outcome() == DeadlineOutcome.MET || row.outcome() == DeadlineOutcome.LATE
                        ? ReviewForm.delay(row.delay()) : messages.name(row.outcome())));
            }
            ratings.add(new ReviewReportData.SectionRating(messages.name(section),
                    rating.map(r -> messages.name(r.rating())).orElse(UNRATED), String.join("；", evidence)));
        }
        return ratings;
    }

    /** The lessons of {@code kind}, each with the times of the entries it is linked to. */
    private List<ReviewReportData.Lesson> lessons(WrittenReview words, LessonKind kind, ReconstructedTimeline timeline) {
        Map<Long, Instant> times = timeline.entries().stream()
                .collect(Collectors.toMap(e -> e.entry().id(), e -> e.entry().at(), (a, b) -> a));
        return words.lessons().stream().filter(l -> l.kind() == kind)
                .map(l -> new ReviewReportData.Lesson(l.text(), l.entryIds().stream().filter(times::containsKey)
                        .map(id -> local(times.get(id))).sorted().toList()))
                .toList();
    }

    private List<ReviewReportData.Action> actions(WrittenReview words) {
        Instant now = clock.instant();
        return words.actions().stream().map(a -> new ReviewReportData.Action(a.text(), a.owner().name(),
                a.dueAt() == null ? null : a.dueAt().atZone(zone).toLocalDate(), state(a, now))).toList();
    }

    private String state(ImprovementAction action, Instant now) {
        if (action.isOpen() && action.dueAt() != null && action.dueAt().isBefore(now)) {
            return "逾期未完成";
        }
        return messages.name(action.state());
    }

    /** Each record with the scored row it is linked to, by that row's rule. */
    private List<ReviewReportData.Accountability> accountability(WrittenReview words, DeadlineScore score) {
        Map<Long, String> rules = score.rows().stream()
                .collect(Collectors.toMap(ScoredDeadline::deadlineId, r -> scored(r).rule(), (a, b) -> a));
        return words.accountability().stream().map(a -> new ReviewReportData.Accountability(a.person(), a.conduct(),
                a.deadlineId() == null ? "" : rules.getOrDefault(a.deadlineId(), ""), a.decision())).toList();
    }

    private LocalDateTime local(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, zone);
    }
}
