package org.incidentdesk.cli;

import org.incidentdesk.service.drill.DrillOffice;

import java.nio.file.Path;
import org.incidentdesk.service.atrest.DatabaseEncryptionService;
import org.incidentdesk.service.backup.RestoreService;
import org.incidentdesk.service.common.KeyEntry;
import org.incidentdesk.service.sharing.DatabaseCopyService;
import java.util.Locale;

/** What the command line gets from the composition root: services on a data directory, and the window. */
public interface CliEnvironment {
    /** Opens the services on the data directory ({@code null}: the default one). */
    CliServices open(Path dataDirOverride);

    /**
     * As {@link #open(Path)}; {@code key} is asked for the database key when the data directory is encrypted. A
     * missing or wrong key is refused (exit 2).
     */
    default CliServices open(Path dataDirOverride, KeyEntry key) {
        return open(dataDirOverride);
    }

    /** Encryption of the data directory's database ({@code null}: the default one), which must not be open. */
    default DatabaseEncryptionService encryption(Path dataDirOverride) {
        throw new UnsupportedOperationException("database encryption is not available here");
    }

    /**
     * From now on, {@link #open} and the window use the shared PostgreSQL database at {@code url} (signed in as
     * {@code user}, or the settings' user when null) instead of the embedded one ({@code --db-url}).
     */
    default void useSharedDatabase(String url, String user) {
        throw new UnsupportedOperationException("a shared database is not available here");
    }

    /** Opens the workstation window and returns when it closes. */
    void openWindow(Path dataDirOverride, Locale locale);

    /**
     * Opens the window and imports {@code planFile} in its plan workspace once the data is open: what the file
     * manager does with an exchanged plan file ({@code .idplan}). Null: just the window.
     */
    default void openWindow(Path dataDirOverride, Locale locale, Path planFile) {
        openWindow(dataDirOverride, locale);
    }

    /**
     * Restores backups into the data directory ({@code null}: the default one) without opening its database, acting
     * as {@code actors} (the account the command signed in with): the restore itself checks that nothing holds it.
     */
    default RestoreService restorer(Path dataDirOverride, org.incidentdesk.service.common.ActorSource actors) {
        throw new UnsupportedOperationException("restoring is not available here");
    }

    /**
     * Whether the data directory ({@code null}: the default one) has a database yet: a restore into one that has
     * none has no account to sign in with (set-up mode).
     */
    default boolean hasDatabase(Path dataDirOverride) {
        return true;
    }

    /** An environment variable ({@code INCIDENTDESK_USER}, {@code INCIDENTDESK_PASSWORD}); tests supply their own. */
    default String variable(String name) {
        return System.getenv(name);
    }

    /** Standard input, read line by line for {@code --password-stdin}; opened once per command. */
    default java.io.BufferedReader standardInput() {
        return new java.io.BufferedReader(new java.io.InputStreamReader(System.in, java.nio.charset.Charset.defaultCharset()));
    }

    /** Asks for a password on the terminal without echo; null when the command does not run on a terminal. */
    default char[] readPassword(String prompt) {
        java.io.Console console = System.console();
        return console == null || !console.isTerminal() ? null : console.readPassword("%s", prompt);
    }

    /**
     * Copies the embedded database of the data directory ({@code null}: the default one) into a PostgreSQL database
     * ({@code db copy}); the copy opens the database itself, so the window must be closed.
     */
    default DatabaseCopyService databaseCopy(Path dataDirOverride) {
        throw new UnsupportedOperationException("copying the database is not available here");
    }

    /** As {@link #databaseCopy(Path)}; {@code key} is asked when the embedded database is encrypted. */
    default DatabaseCopyService databaseCopy(Path dataDirOverride, KeyEntry key) {
        return databaseCopy(dataDirOverride);
    }

    /** Opens throw-away offices on a simulated clock, for drills. */
    default DrillOffice.Opener drillOffices() {
        throw new UnsupportedOperationException("drills are not available here");
    }

    /**
     * Who ran the command: working directory, the program's environment variables, standard input. This
     * process's by default; the window's channel supplies those of the command line process it runs a command for.
     */
    default Caller caller() {
        return Caller.thisProcess();
    }

    /**
     * The database stopped answering while a command ran ({@link CliServices#whenDatabaseStops}) and the message
     * has been printed: ends the command line process with {@code exitCode} now. The stuck thread cannot be
     * stopped, so this process halts; the window, running a command for another process, ends only that one's
     * connection instead.
     */
    default void endStuckCommand(int exitCode) {
        Runtime.getRuntime().halt(exitCode);
    }

    /**
     * The type of the network file system {@code dataDir} is on (nfs, cifs, …), empty on a local disk or where it
     * cannot be told: the embedded database needs a local disk, so the command line warns.
     */
    default java.util.Optional<String> networkFileSystemOf(Path dataDir) {
        return java.util.Optional.empty();
    }

    /**
     * True where the database is open before the command runs (the window running a command for a command line
     * process): no key is asked, but a key given on standard input is read all the same, so the lines after it
     * (the account's password) keep their order.
     */
    default boolean databaseAlreadyOpen() {
        return false;
    }
}
