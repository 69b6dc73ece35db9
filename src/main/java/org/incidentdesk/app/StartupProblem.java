package org.incidentdesk.app;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.incidentdesk.store.Database;
import org.incidentdesk.store.DatabaseUnavailableException;

/**
 * Why a data directory could not be opened, as a message key and its arguments, so the window and the
 * command line say it in the same words and in the user's language.
 */
record StartupProblem(String messageKey, List<Object> args) {

    static StartupProblem of(Throwable failure, Path dataDir) {
        var storage = org.incidentdesk.cli.StorageFailure.messageKey(failure);
        if (storage.isPresent()) {
            return new StartupProblem(storage.get(), List.of(dataDir));
        }
        if (failure instanceof DatabaseUnavailableException unavailable) {
            return switch (unavailable.reason()) {
                case LOCKED -> new StartupProblem("startup.failed.locked", List.of(dataDir));
                case DAMAGED -> new StartupProblem("startup.failed.damaged",
                        List.of(dataDir.resolve(Database.EMBEDDED_FILE_NAME + ".mv.db")));
                case SERVER -> new StartupProblem("startup.failed.server",
                        List.of(dataDir, String.valueOf(failure.getMessage())));
                case WRONG_KEY -> new StartupProblem("startup.failed.wrongKey", List.of(dataDir));
                case KEY_NEEDED -> new StartupProblem("startup.failed.keyNeeded", List.of(dataDir));
                case NOT_ENCRYPTED -> new StartupProblem("startup.failed.notEncrypted", List.of(dataDir));
                case OTHER -> other(failure, dataDir);
            };
        }
        if (failure instanceof KeyedStart.Cancelled) {
            return new StartupProblem("startup.failed.keyNotGiven", List.of(dataDir));
        }
        if (failure instanceof UncheckedIOException) {
            return new StartupProblem("startup.failed.unwritable", List.of(dataDir));
        }
        return other(failure, dataDir);
    }

    private static StartupProblem other(Throwable failure, Path dataDir) {
        return new StartupProblem("startup.failed.other", List.of(dataDir, String.valueOf(failure.getMessage())));
    }

    /** True when the problem is what the user gave (the database key), not the program or the disk: exit 2. */
    static boolean isRefusal(Throwable failure) {
        return failure instanceof DatabaseUnavailableException unavailable
                && switch (unavailable.reason()) {
                    case WRONG_KEY, KEY_NEEDED, NOT_ENCRYPTED -> true;
                    default -> false;
                };
    }

    Object[] argsArray() {
        return args.toArray();
    }
}
