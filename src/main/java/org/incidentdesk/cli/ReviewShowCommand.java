package org.incidentdesk.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.TimelineRenderer;
import org.incidentdesk.domain.review.DeadlineScore;
import org.incidentdesk.domain.review.Milestone;
import org.incidentdesk.domain.review.PlanSection;
import org.incidentdesk.domain.review.ReconstructedTimeline;
import org.incidentdesk.domain.review.ScoredDeadline;
import org.incidentdesk.service.review.ReviewDetail;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code review show NUMBER [--json]}: one incident's review: the deadlines scored against the plan (superseded
 * ones apart), the time-to figures, the section ratings with their evidence, and the timeline by stage (★ starred).
 */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show an incident's review with its figures. 显示事件的总结评估及其指标。")
final class ReviewShowCommand extends ReviewOfIncident {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Option(names = "--json", description = "Print a JSON document. 以 JSON 输出。")
    boolean json;

    @Override
    int run(CliServices services, Messages messages, PrintWriter out, long incidentId) {
        ReviewDetail detail = services.reviews().detail(incidentId);
        if (json) {
            out.println(ReviewJson.detail(detail, services.zone()));
        } else {
            print(detail, messages, services.zone(), out);
        }
        return 0;
    }

    private static void print(ReviewDetail detail, Messages messages, ZoneId zone, PrintWriter out) {
        ReviewTexts texts = new ReviewTexts(messages);
        Incident i = detail.incident();
        out.println(messages.get("review.cli.title", i.number(), i.title(), messages.name(detail.review().state()),
                messages.get(detail.review().drill() ? "review.cli.drill" : "review.cli.real")));
        DeadlineScore score = detail.figures().score();
        out.println(messages.get("review.cli.deadlines", score.scored(), score.met(), score.late(), score.missed(),
                texts.share(score.shareMet())));
        for (ScoredDeadline r : score.rows()) {
            out.println("  " + messages.get("review.cli.deadlineRow", messages.name(r.section()), r.act(), r.owner(),
                    time(r.dueAt(), zone, texts), time(r.doneAt(), zone, texts), messages.name(r.outcome()),
                    delay(r, messages, texts)));
        }
        for (ScoredDeadline r : score.superseded()) {
            out.println("  " + messages.get("review.cli.superseded", r.act(), r.owner(), time(r.dueAt(), zone, texts)));
        }
        for (Milestone m : Milestone.values()) {
            var at = detail.figures().times().at(m);
            out.println(at.isEmpty() ? messages.get("review.cli.notReached", messages.name(m))
                    : messages.get("review.cli.timeTo", messages.name(m), time(at.get(), zone, texts),
                    texts.duration(detail.figures().times().fromEvent(m)),
                    texts.duration(detail.figures().times().fromDiscovery(m))));
        }
        for (PlanSection section : PlanSection.values()) {
            out.println(detail.rating(section).map(r -> messages.get("review.cli.rating", messages.name(section),
                            messages.name(r.rating()), r.note()))
                    .orElse(messages.get("review.cli.unrated", messages.name(section))));
        }
        TimelineRenderer renderer = new TimelineRenderer(messages, zone);
        for (ReconstructedTimeline.PhaseGroup group : detail.timeline().groups()) {
            out.println(messages.get("review.cli.phase", messages.name(group.phase())));
            for (ReconstructedTimeline.ReviewEntry e : group.entries()) {
                out.println((e.starred() ? "★ " : "  ") + time(e.entry().at(), zone, texts) + "  "
                        + renderer.render(e.entry()));
            }
        }
    }

    private static String delay(ScoredDeadline r, Messages messages, ReviewTexts texts) {
        Long minutes = r.delayMinutes();
        if (minutes == null) {
            return texts.none();
        }
        return minutes > 0 ? messages.get("review.cli.delayLate", minutes)
                : messages.get("review.cli.delayAhead", -minutes);
    }

    private static String time(Instant at, ZoneId zone, ReviewTexts texts) {
        return at == null ? texts.none() : TIME.format(at.atZone(zone));
    }
}
