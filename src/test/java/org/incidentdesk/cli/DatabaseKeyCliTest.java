package org.incidentdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Properties;
import org.incidentdesk.app.PlainText;
import org.incidentdesk.store.DatabaseEncryption;
import org.incidentdesk.store.DatabaseFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database key on the command line (issue 20.5): from INCIDENTDESK_DB_KEY, {@code --db-key-stdin}; a wrong or
 * missing key is one clear line and exit 2, never a stack trace; {@code db encrypt} encrypts an existing plain
 * database keeping every incident, {@code change-key} re-keys it, and {@code db connection} prints a login
 * that H2's own JDBC driver opens the database with (what the README tells an administrator to type).
 */
class DatabaseKeyCliTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T02:00:00Z"), ZoneOffset.UTC);
    private static final String KEY = "青溪-值班-2026";
    private static final String TITLE = "网传城东水厂停水谣言";

    @TempDir
    Path temp;

    private Path dataDir() {
        return temp.resolve("office");
    }

    private CliRun run(Map<String, String> env, String stdin, String... args) {
        return CliRun.withInput(dataDir(), CLOCK, env, stdin, args);
    }

    private CliRun withKey(String key, String... args) {
        return run(Map.of("INCIDENTDESK_DB_KEY", key), "", args);
    }

    @Test
    void anEncryptedOfficeOpensWithItsKeyAndRefusesAWrongOrMissingOneInOneLineWithExit2() {
        CliRun encrypted = withKey(KEY, "db", "encrypt");
        assertEquals(0, encrypted.exit(), encrypted.err());
        assertTrue(DatabaseEncryption.isEncrypted(dataDir()));
        CliRun created = withKey(KEY, "incident", "new", "--title", TITLE, "--category", "inquiry");
        assertEquals(0, created.exit(), created.err());

        CliRun wrong = withKey("青溪-值班-2025", "incident", "list");
        assertEquals(2, wrong.exit());
        assertEquals(1, wrong.errLines().size(), wrong.err());
        assertTrue(wrong.err().contains("数据库密钥不对"), wrong.err());
        assertFalse(wrong.err().contains("Exception") || wrong.err().contains("\tat "), wrong.err());

        CliRun none = run(Map.of(), "", "incident", "list");
        assertEquals(2, none.exit());
        assertEquals(1, none.errLines().size(), none.err());
        assertTrue(none.err().contains("INCIDENTDESK_DB_KEY") && none.err().contains("--db-key-stdin"), none.err());

        CliRun fromStdin = run(Map.of(), KEY + "\n", "--db-key-stdin", "incident", "list");
        assertEquals(0, fromStdin.exit(), fromStdin.err());
        assertTrue(fromStdin.out().contains(TITLE), fromStdin.out());
        assertFalse(PlainText.in(DatabaseFiles.fileIn(dataDir()), TITLE));
    }

    @Test
    void encryptingAnExistingPlainOfficeKeepsItsIncidentsAndTakesTheTextOutOfTheFile() {
        assertEquals(0, CliRun.of(dataDir(), CLOCK, "incident", "new", "--title", TITLE, "--category", "inquiry").exit());
        assertTrue(PlainText.in(DatabaseFiles.fileIn(dataDir()), TITLE), "the plain file holds the title");

        CliRun tooShort = withKey("short", "db", "encrypt");
        assertEquals(2, tooShort.exit());
        assertTrue(tooShort.err().contains("8"), tooShort.err());
        assertFalse(DatabaseEncryption.isEncrypted(dataDir()), "a refused key changes nothing");

        CliRun encrypted = withKey(KEY, "db", "encrypt");
        assertEquals(0, encrypted.exit(), encrypted.err());

        assertFalse(PlainText.in(DatabaseFiles.fileIn(dataDir()), TITLE), "the file no longer holds the title");
        CliRun listed = withKey(KEY, "incident", "list");
        assertEquals(0, listed.exit(), listed.err());
        assertTrue(listed.out().contains(TITLE), listed.out());
        assertEquals(2, withKey(KEY, "db", "encrypt").exit(), "encrypting twice is refused");
    }

    @Test
    void changingTheKeyRefusesTheOldOneAfterwards_bothKeysFromStandardInput() {
        assertEquals(0, withKey(KEY, "db", "encrypt").exit());
        assertEquals(0, withKey(KEY, "incident", "new", "--title", TITLE, "--category", "inquiry").exit());

        CliRun wrongCurrent = run(Map.of(), "错误的旧密钥xx\n新的密钥-2027\n", "--db-key-stdin", "db", "change-key",
                "--new-key-stdin");
        assertEquals(2, wrongCurrent.exit(), wrongCurrent.err());
        CliRun changed = run(Map.of(), KEY + "\n新的密钥-2027\n", "--db-key-stdin", "db", "change-key",
                "--new-key-stdin");
        assertEquals(0, changed.exit(), changed.err());

        assertEquals(2, withKey(KEY, "incident", "list").exit(), "the old key no longer opens it");
        CliRun listed = withKey("新的密钥-2027", "incident", "list");
        assertEquals(0, listed.exit(), listed.err());
        assertTrue(listed.out().contains(TITLE));
    }

    @Test
    void theKeyAndTheAccountsPasswordShareStandardInput_theKeyOnTheFirstLine() {
        String admin = "Shouhu#2026";
        assertEquals(0, withKey(KEY, "db", "encrypt").exit());
        CliRun created = run(Map.of(), KEY + "\n" + admin + "\n", "--db-key-stdin", "--password-stdin", "account",
                "create-admin", "--name", "anquan", "--person", "1");
        assertEquals(0, created.exit(), created.err());

        CliRun signedIn = run(Map.of(), KEY + "\n" + admin + "\n", "--db-key-stdin", "--user", "anquan",
                "--password-stdin", "account", "list");
        assertEquals(0, signedIn.exit(), signedIn.err());
        assertTrue(signedIn.out().startsWith("anquan\t"), signedIn.out());

        CliRun swapped = run(Map.of(), admin + "\n" + KEY + "\n", "--db-key-stdin", "--user", "anquan",
                "--password-stdin", "account", "list");
        assertEquals(2, swapped.exit());
        assertTrue(swapped.err().contains("数据库密钥不对"), swapped.err());
    }

    @Test
    void theConnectionPrintedOpensTheDatabaseWithH2sOwnDriver_encryptedAndPlain() throws Exception {
        assertEquals(0, withKey(KEY, "db", "encrypt").exit());
        assertEquals(0, withKey(KEY, "incident", "new", "--title", TITLE, "--category", "inquiry").exit());
        assertEquals(TITLE, firstTitle(withKey(KEY, "db", "connection")));

        Path plain = temp.resolve("plain");
        assertEquals(0, CliRun.of(plain, CLOCK, "incident", "new", "--title", TITLE, "--category", "inquiry").exit());
        CliRun plainLogin = CliRun.of(plain, CLOCK, "db", "connection");
        assertTrue(plainLogin.out().contains("password=\"\""), plainLogin.out());
        assertEquals(TITLE, firstTitle(plainLogin));
    }

    private static String firstTitle(CliRun connection) throws Exception {
        assertEquals(0, connection.exit(), connection.err());
        Properties login = new Properties();
        login.load(new java.io.StringReader(connection.out()));
        String password = login.getProperty("password");
        password = password.substring(1, password.length() - 1);
        try (Connection c = DriverManager.getConnection(login.getProperty("url"), login.getProperty("user"), password);
             ResultSet rs = c.createStatement().executeQuery("SELECT TITLE FROM INCIDENT ORDER BY ID")) {
            assertTrue(rs.next());
            String title = rs.getString(1);
            c.createStatement().execute("SHUTDOWN");
            return title;
        }
    }
}
