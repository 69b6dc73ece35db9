package org.incidentdesk.cli;

import java.io.PrintWriter;
import java.util.List;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.domain.plan.InvalidPlanException;
import org.incidentdesk.domain.plan.PlanProblem;
import org.incidentdesk.service.importing.ProblemListing;
import org.incidentdesk.domain.plan.OfficePlan;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;

/** {@code incidentdesk plan list|show|new|import|export|activate}: the office's contingency plans. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Contingency plans: templates, office plans, import and export. 预案：模板、本单位预案、导入导出。",
        subcommands = {PlanListCommand.class, PlanShowCommand.class, PlanNewCommand.class, PlanImportCommand.class,
                PlanExportCommand.class, PlanActivateCommand.class})
public final class PlanCommand {
    @ParentCommand
    RootCommand root;

    static CommandLine create() {
        return new CommandLine(new PlanCommand());
    }

    /**
     * Runs {@code work} on the services of the data directory. A refused plan prints one line per problem
     * (file, line, field, what is wrong) under {@code refusedHeaderKey} and exits with the invalid-input code.
     */
    int run(CommandSpec spec, String refusedHeaderKey, RootCommand.Work work) {
        Messages messages = root.messages();
        try {
            return root.withServices(spec, work);
        } catch (InvalidPlanException refused) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(messages.get(refusedHeaderKey, refused.problems().size()));
            ProblemListing<PlanProblem> listing = ProblemListing.of(refused.problems());
            listing.listed().forEach(problem -> err.println(problem.describe(messages)));
            if (listing.notListed() > 0) {
                err.println(messages.get("importing.cli.moreProblems", listing.notListed()));
            }
            err.flush();
            return CliErrorHandler.EXIT_INVALID_INPUT;
        }
    }

    /** An office plan's number as typed on the command line. */
    static long officePlanId(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(List.of(Violation.of("planId", "plan.unknownPlan", text)));
        }
    }

    static String activeMark(Messages messages, OfficePlan plan) {
        return plan.active() ? messages.get("plan.cli.activeMark") : "";
    }
}
