package org.incidentdesk.cli;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;
import org.incidentdesk.domain.common.DurationText;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.review.Distribution;
import org.incidentdesk.domain.review.ReviewMeasure;

/** How the review commands write figures as text: durations in words, shares as percentages, — for none. */
final class ReviewTexts {
    private final Messages messages;

    ReviewTexts(Messages messages) {
        this.messages = messages;
    }

    String none() {
        return messages.get("review.cli.noValue");
    }

    String duration(Optional<Duration> duration) {
        return duration.map(d -> DurationText.format(d, messages)).orElse(none());
    }

    String share(OptionalDouble share) {
        return share.isPresent() ? Math.round(share.getAsDouble() * 100) + "%" : none();
    }

    /** A measure's value: minutes in words (rounded to the minute) or a share. */
    String value(ReviewMeasure measure, OptionalDouble value) {
        if (measure.isShare()) {
            return share(value);
        }
        return value.isPresent() ? duration(Optional.of(Duration.ofMinutes(Math.round(value.getAsDouble()))))
                : none();
    }

    String statistics(ReviewMeasure measure, Distribution d) {
        return messages.get("review.cli.statistics", messages.name(measure), value(measure, d.median()),
                value(measure, d.p90()), d.count());
    }
}
