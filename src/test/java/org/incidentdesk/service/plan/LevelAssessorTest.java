package org.incidentdesk.service.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.EventFacts;
import org.incidentdesk.domain.plan.Metric;
import org.incidentdesk.domain.plan.MetricCriterion;
import org.incidentdesk.domain.plan.Occurrence;
import org.incidentdesk.domain.plan.Origin;
import org.incidentdesk.domain.plan.PeriodDates;
import org.incidentdesk.domain.plan.SensitivePeriod;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Expected levels come from the plans' own wording: plan 1's has-happened / may-happen definitions and its
 * sensitive-period raise, plan 3's media-spread standards, plan 4's tracked metrics and its 一般 → 重大 rule.
 */
class LevelAssessorTest {
    private static final BuiltInPlans BUILT_INS = new BuiltInPlans();
    private static final LevelAssessor ASSESSOR = new LevelAssessor();
    /** A day in none of the county plan's sensitive periods (两会 03-03..03-15, 国庆 10-01..10-07, 元旦 12-31..01-02). */
    private static final LocalDate ORDINARY_DAY = LocalDate.of(2025, 5, 20);
    /** A fixed sensitive period the tests add themselves, so they do not depend on the default dates. */
    private static final SensitivePeriod MEETING = new SensitivePeriod("meeting", "重要会议期间",
            new PeriodDates.Fixed(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 5)), 1, Origin.PLAN_TEXT);

    private static ContingencyPlan plan(String id) {
        return BUILT_INS.find(id).orElseThrow();
    }

    private static String levelFor(ContingencyPlan plan, EventFacts facts, LocalDate date) {
        return ASSESSOR.assess(plan, facts, date).level().orElseThrow().id();
    }

    @Nested
    class CountyPlanOne {
        private final ContingencyPlan county = plan("county");

        @Test
        void aGeneralEventThatHasHappenedHereIsYellow() {
            // 黄色预警：我县已发生的一般…事件
            LevelProposal proposal = ASSESSOR.assess(county, EventFacts.none().with(
                    Occurrence.HAPPENED_HERE, "IV"), ORDINARY_DAY);

            assertEquals("III", proposal.level().orElseThrow().id());
            assertEquals("黄色", proposal.level().orElseThrow().colour().chineseName());
            assertEquals(List.of("county-III-happened"), proposal.metCriteria());
            assertFalse(proposal.raised());
        }

        @Test
        void eachLevelIsReachedByTheEventOneGradeBelowHavingHappenedOrItsOwnGradeBeingPossible() {
            // 橙色：已发生较大 或 可能发生重大; 红色：已发生重大 或 可能发生特别重大
            assertEquals("II", levelFor(county, happened("III"), ORDINARY_DAY));
            assertEquals("II", levelFor(county, mayHappen("II"), ORDINARY_DAY));
            assertEquals("I", levelFor(county, happened("II"), ORDINARY_DAY));
            assertEquals("I", levelFor(county, mayHappen("I"), ORDINARY_DAY));
            assertEquals("III", levelFor(county, mayHappen("III"), ORDINARY_DAY));
        }

        @Test
        void aSignificantEventElsewhereIsBlue() {
            // 蓝色预警：国内其他省市或地区已经发生较大以上…事件
            assertEquals("IV", levelFor(county, elsewhere("III"), ORDINARY_DAY));
            assertEquals("IV", levelFor(county, elsewhere("I"), ORDINARY_DAY));
        }

        @Test
        void aGeneralEventElsewhereMeetsNoDefinitionSoNoLevelIsProposed() {
            // 蓝色 needs a 较大 event elsewhere; a 一般 one elsewhere meets no level's definition: 未达到预警条件
            LevelProposal proposal = ASSESSOR.assess(county, elsewhere("IV"), ORDINARY_DAY);

            assertTrue(proposal.level().isEmpty());
            assertTrue(proposal.assessedLevel().isEmpty());
            assertTrue(proposal.noCriterionMet());
            assertFalse(proposal.raised());
            assertEquals(List.of(), proposal.metCriteria());
            assertEquals(List.of(AssessmentReason.Kind.NO_CRITERION_MET),
                    proposal.reasons().stream().map(AssessmentReason::kind).toList());
            assertEquals("未符合任何级别的判定标准：未达到预警条件，不提出预警级别",
                    proposal.reasons().get(0).describe(new Messages(Locale.SIMPLIFIED_CHINESE)));
        }

        @Test
        void aSensitivePeriodRaisesNothingWhenNoCriterionIsMet() {
            // the period raises a level the criteria reached; it does not make a warning out of nothing
            ContingencyPlan withMeeting = county.withSensitivePeriods(List.of(MEETING));

            LevelProposal proposal = ASSESSOR.assess(withMeeting, EventFacts.none(), LocalDate.of(2025, 9, 3));

            assertTrue(proposal.level().isEmpty());
            assertTrue(proposal.reasons().stream().noneMatch(r -> r.kind() == AssessmentReason.Kind.SENSITIVE_PERIOD_RAISE
                    || r.kind() == AssessmentReason.Kind.ALREADY_TOP_LEVEL));
        }

        @Test
        void theMostSevereMatchingLevelWins() {
            EventFacts facts = elsewhere("III").with(Occurrence.HAPPENED_HERE, "IV");

            assertEquals("III", levelFor(county, facts, ORDINARY_DAY));
        }

        @Test
        void aSensitivePeriodRaisesTheLevelByOne() {
            // 在敏感时期出现以上情况，相应提高预警等级: yellow becomes orange
            ContingencyPlan withMeeting = county.withSensitivePeriods(List.of(MEETING));

            LevelProposal proposal = ASSESSOR.assess(withMeeting, happened("IV"), LocalDate.of(2025, 9, 3));

            assertEquals("II", proposal.level().orElseThrow().id());
            assertEquals("III", proposal.assessedLevel().orElseThrow().id());
            assertTrue(proposal.raised());
            AssessmentReason raise = proposal.reasons().get(proposal.reasons().size() - 1);
            assertEquals(AssessmentReason.Kind.SENSITIVE_PERIOD_RAISE, raise.kind());
            assertEquals("meeting", raise.subjectId());
            assertEquals("处于敏感时期“重要会议期间”，由 III 较大 提高到 II 重大",
                    raise.describe(new Messages(Locale.SIMPLIFIED_CHINESE)));
        }

        @Test
        void theDayAfterTheSensitivePeriodIsNotRaised() {
            ContingencyPlan withMeeting = county.withSensitivePeriods(List.of(MEETING));

            assertEquals("III", levelFor(withMeeting, happened("IV"), LocalDate.of(2025, 9, 6)));
            assertEquals("II", levelFor(withMeeting, happened("IV"), LocalDate.of(2025, 9, 5)));
        }

        @Test
        void theTopLevelStaysTheTopWhenRaised() {
            ContingencyPlan withMeeting = county.withSensitivePeriods(List.of(MEETING));

            LevelProposal proposal = ASSESSOR.assess(withMeeting, happened("II"), LocalDate.of(2025, 9, 2));

            assertEquals("I", proposal.level().orElseThrow().id());
            assertFalse(proposal.raised());
            assertTrue(proposal.reasons().stream().anyMatch(r -> r.kind() == AssessmentReason.Kind.ALREADY_TOP_LEVEL));
        }

        @Test
        void theBuiltInPeriodsApplyToo() {
            // 国庆节假期 (default period, 10-01..10-07) and 元旦假期, which runs over the new year
            assertEquals("II", levelFor(county, happened("IV"), LocalDate.of(2025, 10, 3)));
            assertEquals("II", levelFor(county, happened("IV"), LocalDate.of(2026, 1, 1)));
            assertEquals("III", levelFor(county, happened("IV"), LocalDate.of(2026, 1, 3)));
        }

        private EventFacts happened(String severity) {
            return EventFacts.none().with(Occurrence.HAPPENED_HERE, severity);
        }

        private EventFacts mayHappen(String severity) {
            return EventFacts.none().with(Occurrence.MAY_HAPPEN_HERE, severity);
        }

        private EventFacts elsewhere(String severity) {
            return EventFacts.none().with(Occurrence.HAPPENED_ELSEWHERE, severity);
        }
    }

    @Nested
    class CollegePlanThree {
        private final ContingencyPlan college = plan("college");

        @Test
        void aHotTopicOnMajorForumsIsMajor() {
            // I级 standard (3): 境内主要知名论坛进行讨论并形成热点
            LevelProposal proposal = ASSESSOR.assess(college,
                    EventFacts.none().withCategory("hype").withObserved("college-I-forum-hot"), ORDINARY_DAY);

            assertEquals("I", proposal.level().orElseThrow().id());
            assertEquals("重大", proposal.level().orElseThrow().name());
            assertEquals(List.of("college-I-forum-hot"), proposal.metCriteria());
        }

        @Test
        void discussionWithoutAHotTopicIsSignificant() {
            // II级 standard (3): 有相对讨论但未形成热点
            assertEquals("II", levelFor(college, EventFacts.none().withObserved("college-II-forum-discussion"),
                    ORDINARY_DAY));
        }

        @Test
        void attentionMainlyOnLocalForumsIsGeneral() {
            // III级 standard (3): 主要在本地论坛引发关注
            assertEquals("III", levelFor(college, EventFacts.none().withObserved("college-III-local-forums"),
                    ORDINARY_DAY));
        }

        @Test
        void withStandardsOfTwoLevelsObservedTheMoreSevereLevelApplies() {
            EventFacts facts = EventFacts.none().withObserved("college-III-local-forums", "college-II-few-commercial-sites");

            LevelProposal proposal = ASSESSOR.assess(college, facts, ORDINARY_DAY);

            assertEquals("II", proposal.level().orElseThrow().id());
            assertEquals(List.of("college-II-few-commercial-sites"), proposal.metCriteria());
        }

        @Test
        void thePlanHasNoSensitivePeriodsSoNoDayRaisesTheLevel() {
            assertEquals("III", levelFor(college, EventFacts.none().withObserved("college-III-few-forums"),
                    LocalDate.of(2025, 10, 1)));
        }

        @Test
        void factsNamingWhatThePlanDoesNotKnowAreRefused() {
            EventFacts facts = EventFacts.none().withCategory("rumour").withObserved("college-IV-nothing");

            ValidationException refused = assertThrows(ValidationException.class,
                    () -> ASSESSOR.assess(college, facts, ORDINARY_DAY));

            assertEquals(List.of("eventCategory", "observedCriterion"),
                    refused.violations().stream().map(v -> v.field()).toList());
        }
    }

    @Nested
    class SchoolPlanFour {
        private final ContingencyPlan school = plan("school");
        private final EventFacts negativeOpinion = EventFacts.none().withObserved("school-general-negative");

        private long threshold(Metric metric) {
            return school.criteria().filter(c -> c instanceof MetricCriterion m && m.metric() == metric)
                    .map(c -> ((MetricCriterion) c).threshold()).findFirst().orElseThrow();
        }

        @Test
        void aNegativeOpinionBelowEveryThresholdIsGeneral() {
            EventFacts facts = negativeOpinion.withMetric(Metric.COMMENTERS, threshold(Metric.COMMENTERS) - 1)
                    .withMetric(Metric.HEAT_INDEX, threshold(Metric.HEAT_INDEX) - 1);

            LevelProposal proposal = ASSESSOR.assess(school, facts, ORDINARY_DAY);

            assertEquals("general", proposal.level().orElseThrow().id());
            assertEquals(List.of("school-general-negative"), proposal.metCriteria());
        }

        @Test
        void reachingTheCommenterThresholdMakesItMajor() {
            EventFacts facts = negativeOpinion.withMetric(Metric.COMMENTERS, threshold(Metric.COMMENTERS));

            LevelProposal proposal = ASSESSOR.assess(school, facts, ORDINARY_DAY);

            assertEquals("major", proposal.level().orElseThrow().id());
            assertEquals(List.of("school-major-commenters"), proposal.metCriteria());
        }

        @Test
        void reachingTheHeatIndexThresholdMakesItMajor() {
            EventFacts facts = negativeOpinion.withMetric(Metric.HEAT_INDEX, threshold(Metric.HEAT_INDEX));

            assertEquals("major", levelFor(school, facts, ORDINARY_DAY));
        }

        @Test
        void aGeneralOpinionThatDoesNotGoAwayIsHandledAsMajor() {
            // 若网络舆情不能消除或还有扩大迹象时 … 按照重大舆情应对处置流程办理
            EventFacts facts = negativeOpinion.withObserved("school-major-not-calmed");

            assertEquals("major", levelFor(school, facts, ORDINARY_DAY));
        }

        @Test
        void inASensitivePeriodGeneralBecomesMajorAndMajorStaysMajor() {
            ContingencyPlan withMeeting = school.withSensitivePeriods(List.of(MEETING));
            LocalDate during = LocalDate.of(2025, 9, 4);

            assertEquals("major", levelFor(withMeeting, negativeOpinion, during));
            LevelProposal major = ASSESSOR.assess(withMeeting,
                    negativeOpinion.withMetric(Metric.HEAT_INDEX, threshold(Metric.HEAT_INDEX)), during);
            assertEquals("major", major.level().orElseThrow().id());
            assertFalse(major.raised());
        }
    }
}
