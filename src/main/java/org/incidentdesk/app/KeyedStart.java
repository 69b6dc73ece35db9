package org.incidentdesk.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import org.incidentdesk.store.DatabaseEncryption;
import org.incidentdesk.store.DatabaseFiles;
import org.incidentdesk.store.DatabaseKey;
import org.incidentdesk.store.DatabaseUnavailableException;
import org.incidentdesk.ui.atrest.DatabaseKeyDialogs;

/**
 * The window's start on a data directory, key first (issue 20.5): a directory without a database asks the
 * first-run question (encrypt, and with which key — the step comes before anything creates the database, so before
 * the administrator of first run can be created in it); an encrypted one asks for its key, again after a wrong one,
 * until it opens or the person gives up; a plain one opens without a question.
 */
final class KeyedStart {
    /** The person closed the question without an answer: nothing was opened or created. */
    static final class Cancelled extends RuntimeException {
        Cancelled(Path dataDir) {
            super("no database key or encryption choice given for " + dataDir);
        }
    }

    /** Asks the questions; {@link DatabaseKeyDialogs} in the window, a script in tests. */
    interface Questions {
        Optional<DatabaseKeyDialogs.FirstRunChoice> firstRun();

        Optional<char[]> key(boolean afterWrongKey);

        static Questions of(DatabaseKeyDialogs dialogs) {
            return new Questions() {
                @Override
                public Optional<DatabaseKeyDialogs.FirstRunChoice> firstRun() {
                    return dialogs.askFirstRun();
                }

                @Override
                public Optional<char[]> key(boolean afterWrongKey) {
                    return dialogs.askKey(afterWrongKey);
                }
            };
        }
    }

    private KeyedStart() {
    }

    static AppContext open(Path dataDir, Questions questions, Function<DatabaseKey, AppContext> opener) {
        if (!Files.exists(DatabaseFiles.fileIn(dataDir)) && !DatabaseEncryption.isEncrypted(dataDir)) {
            DatabaseKeyDialogs.FirstRunChoice choice = questions.firstRun().orElseThrow(() -> new Cancelled(dataDir));
            return opener.apply(choice.encrypt() ? keyOf(choice.key()) : DatabaseKey.NONE);
        }
        if (!DatabaseEncryption.isEncrypted(dataDir)) {
            return opener.apply(DatabaseKey.NONE);
        }
        boolean wrong = false;
        while (true) {
            char[] entered = questions.key(wrong).orElseThrow(() -> new Cancelled(dataDir));
            try {
                return opener.apply(keyOf(entered));
            } catch (DatabaseUnavailableException e) {
                if (e.reason() != DatabaseUnavailableException.Reason.WRONG_KEY) {
                    throw e;
                }
                wrong = true;
            }
        }
    }

    private static DatabaseKey keyOf(char[] entered) {
        try {
            return DatabaseKey.fromPassword(entered);
        } finally {
            Arrays.fill(entered, '\0');
        }
    }
}
