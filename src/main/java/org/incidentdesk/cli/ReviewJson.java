package org.incidentdesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.incidentdesk.domain.review.DeadlineScore;
import org.incidentdesk.domain.review.Distribution;
import org.incidentdesk.domain.review.Milestone;
import org.incidentdesk.domain.review.PlanSection;
import org.incidentdesk.domain.review.ReconstructedTimeline;
import org.incidentdesk.domain.review.ReviewFigures;
import org.incidentdesk.domain.review.ReviewMeasure;
import org.incidentdesk.domain.review.ReviewStatistics;
import org.incidentdesk.domain.review.ReviewSummary;
import org.incidentdesk.domain.review.ReviewTrend;
import org.incidentdesk.domain.review.ScoredDeadline;
import org.incidentdesk.service.review.ReviewDetail;
import org.incidentdesk.service.review.ReviewListing;

/**
 * Reviews as JSON for scripts: codes rather than words (outcome {@code late}, section {@code INITIAL_RESPONSE}),
 * instants ISO-8601 in the office's zone with seconds (as a drill writes them), durations ISO-8601 ({@code PT30M}). A figures object holds
 * {@code deadlines} (met, late, missed, pending, {@code total} = met + late + missed, {@code shareMet} or null),
 * the scored {@code rows} (each with {@code delay} — how late, {@code PT0S} when in time, null when never done —,
 * {@code margin} and signed {@code minutes}), the {@code superseded} rows apart (not scored), and the times
 * {@code fromEvent} and {@code fromDiscovery} to each milestone (null: not reached). The same object is a drill
 * incident's {@code review}.
 */
final class ReviewJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReviewJson() {
    }

    static String listing(ReviewListing listing, ZoneId zone) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode reviews = root.putArray("reviews");
        for (ReviewSummary r : listing.reviews()) {
            ObjectNode node = reviews.addObject();
            node.put("number", r.number().toString());
            node.put("title", r.title());
            node.put("category", r.categoryId());
            node.put("level", r.levelId());
            node.put("drill", r.drill());
            node.put("state", r.state().name());
            node.put("discoveredAt", time(r.discoveredAt(), zone));
            node.set("figures", figures(r.figures(), zone));
        }
        root.set("statistics", statistics(listing.statistics()));
        ObjectNode trend = root.putObject("trend");
        trend.put("step", listing.trend().step().name());
        ArrayNode points = trend.putArray("points");
        for (ReviewTrend.Point p : listing.trend().points()) {
            points.addObject().put("start", p.start().toString()).set("statistics", statistics(p.statistics()));
        }
        return write(root);
    }

    static String detail(ReviewDetail detail, ZoneId zone) {
        ObjectNode root = JSON.createObjectNode();
        root.put("number", detail.incident().number().toString());
        root.put("title", detail.incident().title());
        root.put("category", detail.incident().categoryId());
        root.put("level", detail.incident().level() == null ? null : detail.incident().level().id());
        root.put("state", detail.review().state().name());
        root.put("drill", detail.review().drill());
        root.put("finishedAt", time(detail.review().finishedAt(), zone));
        root.set("figures", figures(detail.figures(), zone));
        ArrayNode sections = root.putArray("sections");
        for (PlanSection section : PlanSection.values()) {
            ObjectNode node = sections.addObject();
            node.put("section", section.name());
            var rating = detail.rating(section);
            node.put("rating", rating.map(r -> r.rating().name()).orElse(null));
            node.put("note", rating.map(r -> r.note()).orElse(null));
            ArrayNode evidence = node.putArray("evidence");
            detail.evidence(section).forEach(row -> evidence.add(row.deadlineId()));
        }
        ArrayNode phases = root.putArray("timeline");
        for (ReconstructedTimeline.PhaseGroup group : detail.timeline().groups()) {
            ObjectNode node = phases.addObject();
            node.put("phase", group.phase().name());
            ArrayNode entries = node.putArray("entries");
            for (ReconstructedTimeline.ReviewEntry e : group.entries()) {
                entries.addObject().put("id", e.entry().id()).put("at", time(e.entry().at(), zone))
                        .put("kind", e.entry().kind().name()).put("type", e.entry().fact().getClass().getSimpleName())
                        .put("starred", e.starred());
            }
        }
        return write(root);
    }

    /** An incident's figures: the deadlines scored against the plan and the time-to figures. */
    static ObjectNode figures(ReviewFigures figures, ZoneId zone) {
        ObjectNode node = JSON.createObjectNode();
        DeadlineScore score = figures.score();
        ObjectNode counts = node.putObject("deadlines");
        counts.put("met", score.met());
        counts.put("late", score.late());
        counts.put("missed", score.missed());
        counts.put("pending", (int) score.rows().stream().filter(r -> !r.outcome().scored()).count());
        counts.put("total", score.scored());
        counts.put("superseded", score.superseded().size());
        share(counts, "shareMet", score.shareMet());
        ArrayNode rows = node.putArray("rows");
        score.rows().forEach(r -> rows.add(row(r, zone)));
        ArrayNode superseded = node.putArray("superseded");
        score.superseded().forEach(r -> superseded.add(row(r, zone)));
        ObjectNode fromEvent = node.putObject("fromEvent");
        ObjectNode fromDiscovery = node.putObject("fromDiscovery");
        for (Milestone m : Milestone.values()) {
            String name = camel(m.name());
            fromEvent.put(name, duration(figures.times().fromEvent(m)));
            fromDiscovery.put(name, duration(figures.times().fromDiscovery(m)));
        }
        node.put("eventTimeKnown", figures.times().eventTimeKnown());
        return node;
    }

    private static ObjectNode row(ScoredDeadline r, ZoneId zone) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", r.deadlineId());
        node.put("rule", r.ruleId());
        node.put("occurrence", r.occurrence());
        node.put("act", r.act());
        node.put("ownerRole", r.ownerRoleId());
        node.put("owner", r.owner());
        node.put("section", r.section().name());
        node.put("due", time(r.dueAt(), zone));
        node.put("done", time(r.doneAt(), zone));
        node.put("outcome", r.outcome().name().toLowerCase(Locale.ROOT));
        node.put("delay", r.lateBy() == null ? null : r.lateBy().toString());
        node.put("margin", r.margin() == null ? null : r.margin().toString());
        node.put("minutes", r.delayMinutes());
        return node;
    }

    private static ObjectNode statistics(ReviewStatistics statistics) {
        ObjectNode node = JSON.createObjectNode();
        node.put("reviews", statistics.reviews());
        for (ReviewMeasure measure : ReviewMeasure.values()) {
            Distribution d = statistics.of(measure);
            ObjectNode m = node.putObject(camel(measure.name()));
            m.put("count", d.count());
            share(m, "median", d.median());
            share(m, "p90", d.p90());
            m.put("unit", measure.isShare() ? "share" : "minutes");
        }
        return node;
    }

    private static void share(ObjectNode node, String name, OptionalDouble value) {
        if (value.isPresent()) {
            node.put(name, value.getAsDouble());
        } else {
            node.putNull(name);
        }
    }

    private static String duration(Optional<Duration> d) {
        return d.map(Duration::toString).orElse(null);
    }

    private static String time(Instant instant, ZoneId zone) {
        return instant == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }

    /** FIRST_PUBLIC_RESPONSE → firstPublicResponse. */
    static String camel(String constant) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : constant.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    private static String write(Object node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always writes", e);
        }
    }
}
