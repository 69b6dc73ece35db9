package org.incidentdesk.domain.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.incidentdesk.domain.escalation.DeadlineEventKind;
import org.incidentdesk.domain.common.Messages;
import org.junit.jupiter.api.Test;

/** The one renderer of the record: every kind has words in both languages; values are formatted, words kept. */
class TimelineRendererTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant DUE = Instant.parse("2026-03-02T02:00:00Z");
    private final TimelineRenderer zh = new TimelineRenderer(new Messages(Locale.SIMPLIFIED_CHINESE), ZONE);
    private final TimelineRenderer en = new TimelineRenderer(new Messages(Locale.ENGLISH), ZONE);

    @Test
    void everyKindOfFactHasItsTextInChineseAndEnglish() {
        List<String> missing = new ArrayList<>();
        for (String language : List.of("", "_en")) {
            ResourceBundle bundle = ResourceBundle.getBundle("org.incidentdesk.i18n.timeline" + language,
                    Locale.ROOT);
            for (Class<?> kind : TimelineFact.class.getPermittedSubclasses()) {
                String key = "timeline." + kind.getSimpleName();
                if (bundle.keySet().stream().noneMatch(k -> k.equals(key) || k.startsWith(key + "."))) {
                    missing.add(key + language);
                }
            }
        }
        assertEquals(List.of(), missing, "add the kind's text to timeline.properties and timeline_en.properties");
    }

    @Test
    void aLateMetDeadlineNamesItsActTheTimesInTheOfficesZoneAndHowLate() {
        TimelineFact met = new TimelineFact.DeadlineEvent(7, "report-to-office", 2, DeadlineEventKind.MET,
                "向县指挥部办公室报告", "事发单位", DUE.minusSeconds(3600), DUE, DUE.plusSeconds(40 * 60), 0, null,
                null, null, null, null);

        // due 10:00 Beijing time, met 10:40: the second report of the rule, 40 minutes late
        assertEquals("已完成“向县指挥部办公室报告 #2”，完成于 2026-03-02 10:40，超时 40 分钟", zh.describe(met));
        String english = en.describe(met);
        assertEquals("\"向县指挥部办公室报告 #2\" done at 2026-03-02 10:40, 40 minutes late", english);
        assertTrue(!english.contains("report-to-office") && !zh.describe(met).contains("report-to-office"),
                "a rule is named by its act, never by its id");
    }

    @Test
    void aPersonsWordsFollowTheFactUntranslatedAndAMissingFigureIsADash() {
        TimelineEntry task = new TimelineEntry(1, 1, DUE, "值班员甲",
                new TimelineFact.TaskUpdated(3, "县水务局", TaskStatus.DONE), "DONE OPEN", false);
        assertEquals("县水务局：已办结：DONE OPEN", zh.render(task), "the status in words, the person's text as written");
        assertEquals("县水务局: Done: DONE OPEN", en.render(task));

        TimelineEntry note = new TimelineEntry(2, 1, DUE, "值班员甲", new TimelineFact.Note(), "DONE OPEN", false);
        assertEquals("DONE OPEN", zh.render(note), "a note is only the person's words");
        assertEquals("DONE OPEN", en.render(note));

        TimelineFact figures = new TimelineFact.MetricsRecorded(4, 1200L, null, 35L, null, null, null);
        assertEquals("Reads 1200, reposts —, comments 35, likes —, heat —, stage —", en.describe(figures));
    }
}
