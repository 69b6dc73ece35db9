package org.incidentdesk.domain.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The English interface is written with ASCII punctuation. The rule:
 * <ul>
 * <li>no full-width or typographic punctuation anywhere in an English value (，。：；（）“”‘’…≥≤—、, the
 * full-width space and everything else in the CJK punctuation and full-width blocks), whatever key it is;</li>
 * <li>Chinese characters only in the keys listed in {@link #CHINESE_AS_DATA}, where the Chinese words are data
 * the user must see or type as they are: the name of the other language on the language switch, the markings
 * printed on official documents, and the values a command or a spreadsheet column accepts. Anywhere else
 * Chinese in an English value is an untranslated text.</li>
 * </ul>
 */
class EnglishBundlesTest {
    private static final Set<String> CHINESE_AS_DATA = Set.of(
            "shell.language", "shell.language.tip",
            "report.secrecy.SECRET", "report.secrecy.CONFIDENTIAL", "report.secrecy.TOP_SECRET",
            "report.urgency.URGENT", "report.urgency.EXTRA_URGENT",
            "report.cli.badSecrecy", "report.cli.badUrgency",
            "rosterio.problem.unknownKind");

    @Test
    void englishTextsUseAsciiPunctuationAndChineseOnlyAsData() throws IOException {
        List<String> offending = new ArrayList<>();
        for (String bundle : Messages.BUNDLES) {
            Properties english = MessagesTest.load(bundle + "_en.properties");
            for (String key : english.stringPropertyNames()) {
                String value = english.getProperty(key);
                value.codePoints().filter(EnglishBundlesTest::isNonAsciiPunctuation).findFirst().ifPresent(c ->
                        offending.add(bundle + ": " + key + " has '" + Character.toString(c) + "'"));
                if (!CHINESE_AS_DATA.contains(key) && value.codePoints().anyMatch(EnglishBundlesTest::isChinese)) {
                    offending.add(bundle + ": " + key + " has Chinese text");
                }
            }
        }
        assertEquals(List.of(), offending);
    }

    @Test
    void theRuleCatchesWhatItNames() {
        assertEquals(List.of(true, true, true, true, true, true, true, true, false, false),
                "，：（“…≥—\u3000-(".codePoints().mapToObj(EnglishBundlesTest::isNonAsciiPunctuation).toList());
        assertEquals(List.of(true, false), "秘a".codePoints().mapToObj(EnglishBundlesTest::isChinese).toList());
    }

    static boolean isNonAsciiPunctuation(int c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.SPACE_SEPARATOR -> c > 0x7F;
            default -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                    || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
        };
    }

    private static boolean isChinese(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
