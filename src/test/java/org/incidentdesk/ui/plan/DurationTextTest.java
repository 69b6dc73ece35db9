package org.incidentdesk.ui.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationTextTest {

    @ParameterizedTest
    @CsvSource({"2小时, PT2H", "30分钟, PT30M", "1天, PT24H", "1小时30分钟, PT1H30M", "2h, PT2H", "90 min, PT1H30M",
        "PT4H, PT4H", "pt3h, PT3H", "1 d 2 h, PT26H"})
    void readsWhatOfficeStaffWrite(String text, String iso) {
        assertEquals(Duration.parse(iso), DurationText.parse(text).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "两小时", "2", "小时", "-2h", "PT0S", "0分钟", "2小时abc", "PT-1H", "99999999999999999999h",
        "9999999999999999d"})
    void refusesWhatIsNotAPositiveDuration(String text) {
        assertTrue(DurationText.parse(text).isEmpty(), text);
    }

    @Test
    void writesBackInTheUserLanguageAndReadsItAgain() {
        Duration d = Duration.ofMinutes(90);
        assertEquals("1小时30分钟", DurationText.format(d, false));
        assertEquals("1 h 30 min", DurationText.format(d, true));
        assertEquals(d, DurationText.parse(DurationText.format(d, false)).orElseThrow());
        assertEquals(d, DurationText.parse(DurationText.format(d, true)).orElseThrow());
        assertEquals("1天", DurationText.format(Duration.ofDays(1), false));
    }
}
