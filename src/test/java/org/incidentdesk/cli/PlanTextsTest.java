package org.incidentdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.plan.CategoryKind;
import org.incidentdesk.domain.plan.CriteriaMatch;
import org.incidentdesk.domain.plan.FormKind;
import org.incidentdesk.domain.plan.LevelScheme;
import org.incidentdesk.domain.plan.Metric;
import org.incidentdesk.domain.plan.Occurrence;
import org.incidentdesk.domain.plan.PlanEnums;
import org.incidentdesk.domain.plan.RepeatUntil;
import org.incidentdesk.domain.plan.StartPoint;
import org.incidentdesk.domain.plan.Timing;
import org.incidentdesk.domain.plan.WarningColour;
import org.incidentdesk.domain.roster.UnitKind;
import org.junit.jupiter.api.Test;

/** The plan texts exist in both languages, including the labels the printer looks up by enum value. */
class PlanTextsTest {

    private static Set<String> keys(String bundle) throws IOException {
        try (InputStream in = PlanTextsTest.class.getResourceAsStream("/org/incidentdesk/i18n/" + bundle)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties.stringPropertyNames();
        }
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(keys("plan.properties"), keys("plan_en.properties"));
    }

    @Test
    void everyEnumValueShownToUsersHasALabelInBothLanguages() {
        List<Class<? extends Enum<?>>> shown = List.of(UnitKind.class, LevelScheme.class, WarningColour.class,
                CriteriaMatch.class, Occurrence.class, Metric.class, CategoryKind.class, StartPoint.class,
                RepeatUntil.class, FormKind.class, Timing.class);
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            Messages messages = new Messages(locale);
            for (Class<? extends Enum<?>> type : shown) {
                for (Enum<?> value : type.getEnumConstants()) {
                    String key = "plan.enum." + type.getSimpleName() + "." + PlanEnums.spell(value);
                    assertTrue(messages.has(key), key + " " + locale);
                }
            }
        }
    }
}
