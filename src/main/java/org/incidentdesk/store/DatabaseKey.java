package org.incidentdesk.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The key of an embedded database encrypted with H2's AES file cipher (issue 20.5), or {@link #NONE} for a plain
 * one. H2 takes a "file password" and stretches it with only a few rounds of SHA-256, so a short office password
 * would fall to guessing at millions a second once someone has a copy of the file; the password a person enters is
 * therefore stretched first with PBKDF2-HmacSHA256 ({@value #ITERATIONS} rounds, about a third of a second), and
 * its hex is the file password H2 gets. The salt is fixed (H2 adds a random salt of its own in the file header);
 * a salt kept beside the file could be lost with it and would make every backup depend on a second file.
 */
public final class DatabaseKey {
    /** A plain database: no cipher. */
    public static final DatabaseKey NONE = new DatabaseKey("");
    /** A new key is refused when shorter than this many characters. */
    public static final int MIN_NEW_LENGTH = 8;
    static final int ITERATIONS = 210_000;
    private static final byte[] SALT = "IncidentDesk database key 1".getBytes(StandardCharsets.UTF_8);
    /** H2's user of the embedded database and its password: the file, not the user, is what the key protects. */
    static final String USER = "sa";
    static final String USER_PASSWORD = "";

    private final String filePassword;

    private DatabaseKey(String filePassword) {
        this.filePassword = filePassword;
    }

    /** The key a person typed; the caller clears {@code password} afterwards. Blank is refused. */
    public static DatabaseKey fromPassword(char[] password) {
        if (password == null || String.valueOf(password).isBlank()) {
            throw new IllegalArgumentException("a database key may not be blank");
        }
        PBEKeySpec spec = new PBEKeySpec(password, SALT, ITERATIONS, 256);
        try {
            byte[] stretched = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return new DatabaseKey(HexFormat.of().formatHex(stretched));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this Java runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

    /**
     * Why {@code password} will not do as a new key, as a message key (with {@link #MIN_NEW_LENGTH} as its
     * argument), or empty when it will. Characters are counted as a person sees them (𠮷 is one).
     */
    public static Optional<String> weakness(char[] password) {
        String text = password == null ? "" : String.valueOf(password);
        if (text.isBlank()) {
            return Optional.of("dbkey.blank");
        }
        if (text.codePointCount(0, text.length()) < MIN_NEW_LENGTH) {
            return Optional.of("dbkey.tooShort");
        }
        return Optional.empty();
    }

    public boolean isEncrypted() {
        return !filePassword.isEmpty();
    }

    /** What the JDBC URL adds for this key. */
    String urlSettings() {
        return isEncrypted() ? ";CIPHER=AES" : "";
    }

    /** The password H2 is given: with a cipher, "file password, a space, user password". */
    String jdbcPassword() {
        return isEncrypted() ? filePassword + " " + USER_PASSWORD : USER_PASSWORD;
    }

    /** The file password alone, as H2's ChangeFileEncryption takes it. */
    char[] filePassword() {
        return filePassword.toCharArray();
    }

    @Override
    public String toString() {
        return isEncrypted() ? "DatabaseKey[AES]" : "DatabaseKey[none]";
    }
}
