package org.incidentdesk.cli;

import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.service.importing.ImportRefusal;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns a failure into one clear line per problem and a non-zero exit code, never a stack trace. */
final class CliErrorHandler implements IExecutionExceptionHandler {
    static final int EXIT_INVALID_INPUT = 2;
    static final int EXIT_FAILURE = 1;
    private final RootCommand root;

    CliErrorHandler(RootCommand root) {
        this.root = root;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine line, ParseResult parseResult) {
        if (ex instanceof RanInWindow ran) {
            return ran.exitCode(); // the window printed what the command had to say
        }
        Messages messages = root.messages();
        var err = line.getErr();
        if (ex instanceof ValidationException invalid) {
            for (Violation v : invalid.violations()) {
                err.println(messages.describe(v));
            }
            return EXIT_INVALID_INPUT;
        }
        var storage = StorageFailure.messageKey(ex);
        if (storage.isPresent()) {
            err.println(messages.get(storage.get(), root.dataDir() == null ? "" : root.dataDir()));
            return EXIT_FAILURE;
        }
        if (ex instanceof ImportRefusal refused) {
            err.println(messages.get(refused.messageKey(), refused.args()));
            return EXIT_INVALID_INPUT;
        }
        if (ex instanceof CliFailure failure) {
            err.println(messages.get(failure.messageKey(), failure.args()));
            return failure.exitCode();
        }
        err.println(messages.get("cli.failed", ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage()));
        return EXIT_FAILURE;
    }
}
