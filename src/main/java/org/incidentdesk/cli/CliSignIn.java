package org.incidentdesk.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.service.account.AccountService;
import org.incidentdesk.service.account.PasswordHasher;
import org.incidentdesk.service.settings.WorkstationPreferences;

/**
 * How a command signs in. An office without accounts is in set-up mode: the command acts as the workstation and,
 * once it has done its work (exit 0; a refused command did nothing in anybody's name), says so on standard
 * error, once per data directory. Otherwise the account is {@code --user} or
 * {@code INCIDENTDESK_USER}, and its password the first line of standard input ({@code --password-stdin}),
 * else {@code INCIDENTDESK_PASSWORD}, else typed at the terminal's prompt; a refusal exits 2 and counts as a
 * failed sign-in. A new account's password (account create-admin, add, reset-password) is the next line of
 * standard input, else {@code INCIDENTDESK_NEW_PASSWORD}, else typed twice at the prompt.
 */
final class CliSignIn {
    static final String USER_VARIABLE = "INCIDENTDESK_USER";
    static final String PASSWORD_VARIABLE = "INCIDENTDESK_PASSWORD";
    static final String NEW_PASSWORD_VARIABLE = "INCIDENTDESK_NEW_PASSWORD";
    static final String SET_UP_NOTICE_SHOWN = "accounts.setUpNoticeShown";

    private final CliEnvironment environment;
    private final Messages messages;
    private final String user;
    private final boolean passwordStdin;
    private final java.util.function.Supplier<BufferedReader> stdin;
    private java.nio.file.Path ranInSetUpMode;

    /** {@code stdin}: the command's one standard input, shared with the database key read before it. */
    CliSignIn(CliEnvironment environment, Messages messages, String user, boolean passwordStdin,
              java.util.function.Supplier<BufferedReader> stdin) {
        this.environment = environment;
        this.stdin = stdin;
        this.messages = messages;
        this.user = user;
        this.passwordStdin = passwordStdin;
    }

    void signIn(CliServices services, boolean settingUp) {
        AccountService accounts = services.accounts();
        if (accounts.setUpMode()) {
            if (!settingUp) {
                ranInSetUpMode = services.dataDir();
            }
            return;
        }
        String name = user != null ? user : environment.variable(USER_VARIABLE);
        if (name == null || name.isBlank()) {
            throw refused("account.cli.userNeeded");
        }
        char[] password = password(PASSWORD_VARIABLE, messages.get("account.cli.passwordPrompt", name.strip()));
        if (password == null) {
            throw refused("account.cli.passwordNeeded");
        }
        try {
            accounts.signInOnThisThread(name, password);
        } finally {
            PasswordHasher.wipe(password);
        }
    }

    /** What is done with a new password and its repetition. */
    @FunctionalInterface
    interface NewPasswordUse<T> {
        T with(char[] password, char[] repeat);
    }

    /** Runs {@code use} with a new account's password (see the class comment), then wipes it from memory. */
    <T> T withNewPassword(NewPasswordUse<T> use) {
        char[][] password = newPassword();
        try {
            return use.with(password[0], password[1]);
        } finally {
            PasswordHasher.wipe(password[0]);
            PasswordHasher.wipe(password[1]);
        }
    }

    /** A new account's password and its repetition (the same array when it was not typed twice). */
    private char[][] newPassword() {
        char[] password = password(NEW_PASSWORD_VARIABLE, messages.get("account.cli.newPasswordPrompt"));
        if (password == null) {
            throw refused("account.cli.newPasswordNeeded");
        }
        if (passwordStdin || environment.variable(NEW_PASSWORD_VARIABLE) != null) {
            return new char[][] {password, password};
        }
        char[] repeat = environment.readPassword(messages.get("account.cli.repeatPrompt"));
        return new char[][] {password, repeat == null ? new char[0] : repeat};
    }

    private char[] password(String variable, String prompt) {
        if (passwordStdin) {
            String line = nextLine();
            return line == null ? null : line.toCharArray();
        }
        String fromEnvironment = environment.variable(variable);
        if (fromEnvironment != null) {
            return fromEnvironment.toCharArray();
        }
        return environment.readPassword(prompt);
    }

    private String nextLine() {
        try {
            return stdin.get().readLine();
        } catch (IOException e) {
            throw new UncheckedIOException("reading the password from standard input", e);
        }
    }

    /** After a command that ran in set-up mode and did its work: says so, the first time for its data directory. */
    void announceSetUpMode(PrintWriter err) {
        if (ranInSetUpMode == null) {
            return;
        }
        WorkstationPreferences preferences = WorkstationPreferences.load(ranInSetUpMode);
        if (preferences.get(SET_UP_NOTICE_SHOWN).isPresent()) {
            return;
        }
        err.println(messages.get("account.cli.setUpMode"));
        err.flush();
        preferences.put(SET_UP_NOTICE_SHOWN, "true");
        preferences.save();
    }

    private static ValidationException refused(String key) {
        return new ValidationException(List.of(Violation.of("account.signIn", key)));
    }
}
