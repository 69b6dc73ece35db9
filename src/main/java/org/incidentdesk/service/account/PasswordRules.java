package org.incidentdesk.service.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.incidentdesk.domain.common.Violation;

/**
 * The minimum a password must meet (口令复杂度, as GB/T 22239 level 3 asks): at least {@link #MIN_LENGTH}
 * characters, at most {@link #MAX_LENGTH}, three of the four kinds (upper-case letter, lower-case letter, digit,
 * anything else), not the account name inside it, and typed the same twice where it is typed twice.
 */
public final class PasswordRules {
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;
    static final String FIELD = "account.password";

    private PasswordRules() {
    }

    /** What is wrong with {@code password} for {@code accountName}; {@code repeat} null when it was typed once. */
    public static List<Violation> check(String accountName, char[] password, char[] repeat) {
        List<Violation> problems = new ArrayList<>();
        String text = password == null ? "" : new String(password);
        int length = text.codePointCount(0, text.length());
        if (length < MIN_LENGTH) {
            problems.add(Violation.of(FIELD, "account.passwordTooShort", MIN_LENGTH));
        } else if (length > MAX_LENGTH) {
            problems.add(Violation.of(FIELD, "account.passwordTooLong", MAX_LENGTH));
        }
        if (length >= MIN_LENGTH && kinds(text) < 3) {
            problems.add(Violation.of(FIELD, "account.passwordTooSimple"));
        }
        if (accountName != null && accountName.length() >= 3
                && text.toLowerCase(Locale.ROOT).contains(accountName.toLowerCase(Locale.ROOT))) {
            problems.add(Violation.of(FIELD, "account.passwordHasName"));
        }
        if (repeat != null && !java.util.Arrays.equals(password, repeat)) {
            problems.add(Violation.of("account.passwordRepeat", "account.passwordsDiffer"));
        }
        return problems;
    }

    private static int kinds(String text) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
