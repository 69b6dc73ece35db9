package org.incidentdesk.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.domain.review.Milestone;
import org.incidentdesk.domain.review.ReviewFilter;
import org.incidentdesk.domain.review.ReviewMeasure;
import org.incidentdesk.domain.review.ReviewSummary;
import org.incidentdesk.domain.review.TrendStep;
import org.incidentdesk.service.review.ReviewListing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code review list [--json] [--from DAY] [--to DAY] [--category C] [--level L] [--drill|--real] [--by week|month]}:
 * every review with its figures, newest incident first, then the median and 90th percentile of each figure.
 */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the reviews with their figures. 列出总结评估及统计。")
final class ReviewListCommand implements Callable<Integer> {
    @ParentCommand
    ReviewCommand review;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print a JSON document. 以 JSON 输出。")
    boolean json;

    @Option(names = "--from", paramLabel = "DAY", description = "Discovered on or after this day (2026-03-01). 发现日期起。")
    String from;

    @Option(names = "--to", paramLabel = "DAY", description = "Discovered on or before this day. 发现日期止（含）。")
    String to;

    @Option(names = "--category", paramLabel = "ID", description = "Of this category. 事件类别。")
    String category;

    @Option(names = "--level", paramLabel = "ID", description = "Of this level (id, e.g. II). 事件级别。")
    String level;

    @Option(names = "--drill", description = "Drills only. 仅演练。")
    boolean drill;

    @Option(names = "--real", description = "Real incidents only. 仅实战。")
    boolean real;

    @Option(names = "--by", paramLabel = "week|month", description = "The trend's step (month). 趋势按周或月。")
    String by = "month";

    @Override
    public Integer call() {
        return review.run(spec, (services, messages, out) -> {
            ZoneId zone = services.zone();
            ReviewFilter filter = new ReviewFilter(day(from, "from", zone, 0), day(to, "to", zone, 1), category, level,
                    drill == real ? null : drill);
            ReviewListing listing = services.reviewList().listing(filter, step());
            if (json) {
                out.println(ReviewJson.listing(listing, zone));
            } else {
                print(listing, messages, out);
            }
            return 0;
        });
    }

    private TrendStep step() {
        try {
            return TrendStep.valueOf(by.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(List.of(Violation.of("by", "review.cli.badStep", by)));
        }
    }

    /** The start of day {@code text} (plus {@code days}) in the office's zone, or null when not given. */
    private static Instant day(String text, String option, ZoneId zone, int days) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip()).plusDays(days).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new ValidationException(List.of(Violation.of(option, "review.cli.badDay", text)));
        }
    }

    private static void print(ReviewListing listing, Messages messages, PrintWriter out) {
        if (listing.reviews().isEmpty()) {
            out.println(messages.get("review.cli.none"));
            return;
        }
        out.println(messages.get("review.cli.header"));
        ReviewTexts texts = new ReviewTexts(messages);
        for (ReviewSummary r : listing.reviews()) {
            var score = r.figures().score();
            out.println(String.join("\t", r.number().toString(), r.title(), r.categoryId(),
                    r.levelLabel() == null ? texts.none() : r.levelLabel(),
                    messages.get(r.drill() ? "review.cli.drill" : "review.cli.real"), messages.name(r.state()),
                    score.met() + "/" + score.scored(),
                    texts.duration(r.figures().times().fromDiscovery(Milestone.FIRST_REPORT)),
                    texts.duration(r.figures().times().fromDiscovery(Milestone.FIRST_PUBLIC_RESPONSE))));
        }
        out.println();
        for (ReviewMeasure measure : ReviewMeasure.values()) {
            out.println(texts.statistics(measure, listing.statistics().of(measure)));
        }
    }
}
