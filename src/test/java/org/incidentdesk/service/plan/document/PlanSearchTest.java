package org.incidentdesk.service.plan.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.service.plan.BuiltInPlans;
import org.junit.jupiter.api.Test;

class PlanSearchTest {
    private static final PlanDocument COUNTY = new PlanDocumentBuilder(new Messages(Locale.SIMPLIFIED_CHINESE))
            .template(new BuiltInPlans().find("county").orElseThrow());

    private static List<String> refs(String query) {
        return PlanSearch.find(COUNTY, query).stream().map(l -> l.entry().ref()).toList();
    }

    @Test
    void findsAUnitByItsName() {
        List<String> found = refs("县 政府办");
        assertEquals("units/gov-office", found.get(0));
        assertTrue(found.stream().allMatch(ref -> ref.startsWith("units/gov-office")), found.toString());
    }

    @Test
    void findsDutiesCategoriesCriteriaRulesAndSteps() {
        assertEquals(List.of("units/culture/duties/3", "units/media-centre/duties/3", "categories/audiovisual"),
                refs("视听节目"));
        assertTrue(refs("我县已发生较大事件").contains("levels/II/criteria/county-II-happened"));
        assertTrue(refs("现场救助").containsAll(List.of("phases/initial/steps/county-on-site", "deadlines/on-site-rescue")));
        assertTrue(refs("1 小时内").contains("deadlines/assess-level"), "a rule is found by when it is due");
    }

    @Test
    void anEmptyQueryFindsNothing() {
        assertEquals(List.of(), refs("  "));
        assertEquals(List.of(), refs("不存在的词语"));
    }
}
