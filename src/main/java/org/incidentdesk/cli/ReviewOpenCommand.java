package org.incidentdesk.cli;

import java.util.concurrent.Callable;
import org.incidentdesk.domain.review.Review;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code review open NUMBER [--drill]}: opens the review of an ended incident (an existing one is left as it is). */
@Command(name = "open", mixinStandardHelpOptions = true,
        description = "Open the review of an ended incident. 开始已平息或终止事件的总结评估。")
final class ReviewOpenCommand implements Callable<Integer> {
    @ParentCommand
    ReviewCommand review;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NUMBER", description = "The incident's number, e.g. 2026-017. 事件编号。")
    String number;

    @Option(names = "--drill", description = "The incident was a drill's. 演练事件。")
    boolean drill;

    @Override
    public Integer call() {
        return review.run(spec, (services, messages, out) -> {
            long id = IncidentArgument.id(services, "NUMBER", number);
            Review opened = services.reviews().open(id, drill);
            out.println(messages.get("review.cli.opened", number, messages.name(opened.state()),
                    messages.get(opened.drill() ? "review.cli.drill" : "review.cli.real")));
            return 0;
        });
    }
}
