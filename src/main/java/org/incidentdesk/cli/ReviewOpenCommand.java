package org.incidentdesk.cli;

import java.io.PrintWriter;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.review.Review;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code review open NUMBER [--drill]}: opens the review of an ended incident (an existing one is left as it is). */
@Command(name = "open", mixinStandardHelpOptions = true,
        description = "Open the review of an ended incident. 开始已平息或终止事件的总结评估。")
final class ReviewOpenCommand extends ReviewOfIncident {
    @Option(names = "--drill", description = "The incident was a drill's. 演练事件。")
    boolean drill;

    @Override
    int run(CliServices services, Messages messages, PrintWriter out, long incidentId) {
        Review opened = services.reviews().open(incidentId, drill);
        out.println(messages.get("review.cli.opened", number, messages.name(opened.state()),
                messages.get(opened.drill() ? "review.cli.drill" : "review.cli.real")));
        return 0;
    }
}
