package org.incidentdesk.domain.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessagesTest {

    /** One bundle file as it is stored (UTF-8), without falling back to another language. */
    static Properties load(String file) throws IOException {
        try (InputStream in = MessagesTest.class.getResourceAsStream("/org/incidentdesk/i18n/" + file)) {
            assertNotNull(in, file);
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    private static Set<String> keys(String file) throws IOException {
        return new TreeSet<>(load(file).stringPropertyNames());
    }

    @Test
    void everyBundleHasTheSameKeysInChineseAndEnglish() throws IOException {
        for (String bundle : Messages.BUNDLES) {
            assertEquals(keys(bundle + ".properties"), keys(bundle + "_en.properties"), bundle);
        }
    }

    @Test
    void chineseIsTheDefaultAndEnglishIsChosenByLocale() {
        assertEquals("通讯录", new Messages(Locale.SIMPLIFIED_CHINESE).get("roster.title"));
        assertEquals("通讯录", new Messages(Locale.GERMAN).get("roster.title"), "an unknown language falls back to Chinese");
        assertEquals("Roster", new Messages(Locale.ENGLISH).get("roster.title"));
    }

    @Test
    void numbersAreWrittenWithoutDigitGrouping() {
        Messages chinese = new Messages(Locale.SIMPLIFIED_CHINESE);
        Messages english = new Messages(Locale.ENGLISH);

        assertEquals("备注不能超过 4000 个字", chinese.describe(Violation.of("notes", "validation.tooLong", 4000)));
        assertEquals("Notes must be at most 4000 characters",
                english.describe(Violation.of("notes", "validation.tooLong", 4000)));
        assertEquals("单位不存在（编号 12345678）", chinese.describe(Violation.of("unit", "validation.unknownUnit", 12345678L)));
        assertEquals("row 1234, x", english.get("rosterio.cli.problemLine", 1234, "x"), "{0,number,#}");
        assertEquals("1234 problems found; nothing was imported:", english.get("rosterio.cli.problems", 1234),
                "a number inside a choice");
        assertEquals("1 problem found; nothing was imported:", english.get("rosterio.cli.problems", 1));
    }

    @Test
    void aViolationReadsWithItsFieldName() {
        Violation bad = Violation.of("mobile", "validation.mobile", "12345");
        assertEquals("手机“12345”不是有效的手机号码（应为 11 位数字，以 1 开头）", new Messages(Locale.SIMPLIFIED_CHINESE).describe(bad));
        assertEquals("Mobile \"12345\" is not a valid mobile number (11 digits starting with 1)",
                new Messages(Locale.ENGLISH).describe(bad));
    }
}
