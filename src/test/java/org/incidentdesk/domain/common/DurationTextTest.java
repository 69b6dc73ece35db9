package org.incidentdesk.domain.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Locale;
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

    @ParameterizedTest
    @CsvSource({"PT2H, 2 小时, 2 hours", "PT30M, 30 分钟, 30 minutes", "PT1H30M, 1 小时 30 分钟, 1 hour 30 minutes",
        "PT24H, 1 天, 1 day", "PT49H1M, 2 天 1 小时 1 分钟, 2 days 1 hour 1 minute", "PT45S, 45 秒, 45 seconds"})
    void writesAsPeopleReadInEitherLanguageAndReadsItBack(String iso, String chinese, String english) {
        Duration d = Duration.parse(iso);
        assertEquals(chinese, DurationText.format(d, new Messages(Locale.SIMPLIFIED_CHINESE)));
        assertEquals(english, DurationText.format(d, new Messages(Locale.ENGLISH)));
        assertEquals(d, DurationText.parse(chinese).orElseThrow());
        assertEquals(d, DurationText.parse(english).orElseThrow());
    }
}
