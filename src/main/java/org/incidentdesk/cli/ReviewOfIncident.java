package org.incidentdesk.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.incidentdesk.domain.common.Messages;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A {@code review} subcommand on one incident named by its number ({@code review open}, {@code review show}): the
 * number argument, the services opened and signed in, the number turned into the incident (refused naming it).
 */
abstract class ReviewOfIncident implements Callable<Integer> {
    @ParentCommand
    ReviewCommand review;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NUMBER", description = "The incident's number, e.g. 2026-017. 事件编号。")
    String number;

    /** Does the command's work on incident {@code incidentId}; returns the exit code. */
    abstract int run(CliServices services, Messages messages, PrintWriter out, long incidentId);

    @Override
    public final Integer call() {
        return review.run(spec, (services, messages, out) -> run(services, messages, out,
                IncidentArgument.id(services, "NUMBER", number)));
    }
}
