package org.incidentdesk.service.plan.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.service.plan.BuiltInPlans;
import org.incidentdesk.service.plan.document.PlanDocument.Entry;
import org.incidentdesk.service.plan.document.PlanDocument.Section;
import org.incidentdesk.service.plan.document.PlanDocument.Located;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The plan as a document holds every part of its plan, in the source's wording, with defaults marked. */
class PlanDocumentBuilderTest {
    private static final BuiltInPlans BUILT_INS = new BuiltInPlans();
    private static final Messages CHINESE = new Messages(Locale.SIMPLIFIED_CHINESE);
    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    private static ContingencyPlan plan(String id) {
        return BUILT_INS.find(id).orElseThrow();
    }

    private static Map<String, Entry> byRef(PlanDocument document) {
        return document.entries().stream().map(Located::entry).filter(e -> e.ref() != null)
                .collect(Collectors.toMap(Entry::ref, Function.identity()));
    }

    @Test
    void sectionsAreTheOnesAnOfficeKnowsNumberedInChinese() {
        PlanDocument document = new PlanDocumentBuilder(CHINESE).template(plan("county"));

        assertEquals(List.of("一、总则", "二、组织指挥体系及职责", "三、预警分级与发布", "四、应急响应与处置", "五、时限要求",
                "六、后期处置", "七、保障"), document.sections().stream().map(PlanDocument.Section::title).toList());
        assertEquals("（一）县网络信息安全和舆情处置应急指挥部", document.sections().get(1).subsections().get(0).title());
        assertEquals("县网络信息安全和重大舆情处置预案", document.title());
    }

    @Test
    void englishFramesTheSameWording() {
        PlanDocument document = new PlanDocumentBuilder(ENGLISH).version(plan("college"), 3);

        assertEquals("1. General provisions", document.sections().get(0).title());
        assertEquals("学院党委 - version 3", document.subtitle());
        Entry report = byRef(document).get("deadlines/report-major");
        assertEquals("within 2 hours of the event", report.lead());
        assertTrue(report.text().contains("涉事单位向学院突发公共事件舆情处置应急领导小组报告重大突发事件"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"county", "police", "college", "school", "archives", "primary"})
    void holdsEveryUnitLevelRuleAndStepOfItsPlan(String id) {
        ContingencyPlan plan = plan(id);
        PlanDocument document = new PlanDocumentBuilder(CHINESE).template(plan);
        Map<String, Entry> entries = byRef(document);
        Set<String> headings = document.entries().stream().flatMap(l -> l.sections().stream()).collect(Collectors.toSet());

        plan.organisation().units().forEach(u -> {
            assertTrue(headings.stream().anyMatch(h -> h.endsWith(u.name())), "unit " + u.name());
            for (int i = 0; i < u.duties().size(); i++) {
                assertEquals(u.duties().get(i), entries.get("units/" + u.id() + "/duties/" + i).text());
            }
        });
        plan.organisation().roles().forEach(r -> assertEquals(r.name(), entries.get("roles/" + r.id()).lead()));
        plan.levels().forEach(l -> {
            assertTrue(headings.stream().anyMatch(h -> h.contains(l.name())), "level " + l.id());
            assertEquals(l.definition(), entries.get("levels/" + l.id()).text());
            l.criteria().forEach(c -> assertEquals(c.text(), entries.get("levels/" + l.id() + "/criteria/" + c.id()).text()));
        });
        plan.deadlines().forEach(r -> {
            Entry entry = entries.get("deadlines/" + r.id());
            assertTrue(entry.text().contains(r.action()), r.id());
            assertEquals(r.origin().defaulted(), entry.isDefault(), r.id());
        });
        plan.phases().forEach(p -> {
            assertEquals(p.name(), entries.get("phases/" + p.id()).text());
            p.steps().forEach(s -> {
                Entry step = entries.get("phases/" + p.id() + "/steps/" + s.id());
                assertTrue(step.text().startsWith(s.text()), s.id());
                assertEquals(s.origin().defaulted(), step.isDefault(), s.id());
            });
        });
        plan.categories().forEach(c -> assertTrue(entries.get("categories/" + c.id()).text().contains(c.response())));
        plan.sensitivePeriods().forEach(s -> assertEquals(s.name(), entries.get("periods/" + s.id()).lead()));
        plan.forms().forEach(f -> assertTrue(entries.get("forms/" + f.id()).lead().startsWith(f.name())));
        for (int i = 0; i < plan.preparedness().size(); i++) {
            assertEquals(plan.preparedness().get(i), entries.get("preparedness/" + i).text());
        }
    }

    @Test
    void defaultsAreMarkedWithTheirNotes() {
        Map<String, Entry> entries = byRef(new PlanDocumentBuilder(CHINESE).template(plan("police")));

        Entry oneMinute = entries.get("deadlines/respond-1min");
        assertTrue(oneMinute.isDefault());
        assertTrue(oneMinute.origin().note().contains("1、3、5分钟快速反映要求"));
        assertEquals("接到指令时起 1 分钟内", oneMinute.lead());
        assertFalse(entries.get("phases/initial/steps/police-receive").isDefault());
    }

    @Test
    void countyAftermathGoesToItsOwnSectionAndCategoriesKeepTheFullWording() {
        PlanDocument county = new PlanDocumentBuilder(CHINESE).template(plan("county"));
        assertTrue(county.sections().get(5).blocks().stream().flatMap(b -> b.entries().stream())
                .anyMatch(e -> "phases/aftermath".equals(e.ref()) && e.isDefault()));

        Entry fabrication = byRef(new PlanDocumentBuilder(CHINESE).template(plan("archives"))).get("categories/fabrication");
        assertTrue(fabrication.text().startsWith("属捏造、歪曲或夸大事实，恶意攻击、诽谤，煽动网民闹事或涉嫌网上违法犯罪活动类的"));
    }

    @Test
    void aDefaultScopeIsMarkedWithItsNoteAndLevelsShowNoWordIds() {
        PlanDocument school = new PlanDocumentBuilder(CHINESE).template(plan("school"));
        Entry scope = byRef(school).get("scope");
        assertTrue(scope.isDefault());
        assertTrue(scope.origin().note().contains("没有“适用范围”一节"), scope.origin().note());
        assertFalse(byRef(new PlanDocumentBuilder(CHINESE).template(plan("college"))).get("scope").isDefault());

        // the school plan's levels are "major" and "general" in the file; the office reads 重大及以上 and 一般
        List<String> levelHeadings = school.sections().get(2).subsections().stream().map(Section::heading).toList();
        assertTrue(levelHeadings.containsAll(List.of("重大及以上", "一般")), levelHeadings.toString());
        // plans that number their levels keep the numbers: I 特别重大（红色）
        assertEquals("I 特别重大（红色）", new PlanDocumentBuilder(CHINESE).template(plan("county")).sections().get(2)
                .subsections().get(0).heading());
    }

    @Test
    void aPlanWithoutPreparednessSaysSo() {
        PlanDocument college = new PlanDocumentBuilder(CHINESE).template(plan("college"));
        assertEquals("（本预案未写）", college.sections().get(6).blocks().get(0).entries().get(0).text());
    }

    @Test
    void chineseNumbers() {
        assertEquals(List.of("一", "九", "十", "十二", "二十", "二十一"), List.of(1, 9, 10, 12, 20, 21).stream()
                .map(PlanDocumentBuilder::chinese).toList());
    }
}
