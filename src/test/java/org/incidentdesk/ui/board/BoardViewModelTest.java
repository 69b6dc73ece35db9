package org.incidentdesk.ui.board;

import org.incidentdesk.domain.incident.TimelineFact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.incidentdesk.domain.common.Actor;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.escalation.AlertPolicy;
import org.incidentdesk.domain.escalation.Deadline;
import org.incidentdesk.domain.incident.HandlingTask;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentFacts;
import org.incidentdesk.domain.incident.IncidentPhase;
import org.incidentdesk.domain.incident.Intake;
import org.incidentdesk.domain.incident.SevenWs;
import org.incidentdesk.domain.incident.TaskStatus;
import org.incidentdesk.domain.incident.TimelineKind;
import org.incidentdesk.domain.plan.EventFacts;
import org.incidentdesk.service.common.SimulatedScheduler;
import org.incidentdesk.service.escalation.DeadlineService;
import org.incidentdesk.service.incident.IncidentFixture;
import org.incidentdesk.service.incident.IncidentService;
import org.incidentdesk.service.incident.MetricsImportService;
import org.incidentdesk.service.incident.TaskDue;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.service.roster.RosterService;
import org.incidentdesk.service.warning.WarningService;
import org.incidentdesk.ui.common.FxAlarms;
import org.incidentdesk.ui.common.FxEvents;
import org.incidentdesk.ui.common.RecordingDialogService;
import org.incidentdesk.ui.common.SyncTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The board's ViewModels on real services and an in-memory database, without the JavaFX toolkit. */
class BoardViewModelTest {
    private final IncidentFixture office = new IncidentFixture();
    private final IncidentService incidents = office.incidents;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final Messages zh = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final SimulatedScheduler time = new SimulatedScheduler(office.clock);
    private final SyncTaskRunner tasks = new SyncTaskRunner();
    @TempDir
    Path dir;
    private BoardViewModel board;
    private IncidentDetailViewModel detail;
    private Runnable unfollowDeadlines = () -> { };
    private WarningService warnings;

    @BeforeEach
    void open() {
        RosterService roster = new RosterService(office.store, office.clock, () -> new Actor("值班员甲"), office.events);
        warnings = new WarningService(office.store, office.clock, office.actors(), office.events, office.plans,
                incidents, new org.incidentdesk.service.plan.LevelAssessor(), IncidentFixture.ZONE);
        detail = new IncidentDetailViewModel(incidents, warnings, office.evidence(Path.of("target", "no-evidence")),
                new MetricsImportService(incidents, office.clock, IncidentFixture.ZONE), roster,
                tasks, dialogs, zh, office.clock, IncidentFixture.ZONE);
        board = new BoardViewModel(incidents, detail, tasks, dialogs, zh, new FxEvents(office.events, Runnable::run),
                new FxAlarms(time, Runnable::run), office.clock, IncidentFixture.ZONE);
    }

    /** A III (yellow) warning for the incident, issued by the post with the authority for it. */
    private org.incidentdesk.domain.warning.Warning yellowWarningFor(Incident incident) {
        return warnings.decisions().issue(new org.incidentdesk.domain.warning.WarningDraft(List.of(incident.id()), null,
                "III", null, "全县中小学校", List.of("话题可能扩散"), List.of("各成员单位24小时值班"), "chief", null));
    }

    /** Deadlines derived as the workstation derives them, following the incidents until the test ends. */
    private DeadlineService followingDeadlines() {
        DeadlineService deadlines = new DeadlineService(office.store, office.clock, () -> new Actor("值班员甲"),
                office.events, office.plans, IncidentFixture.ZONE, AlertPolicy.DEFAULT);
        unfollowDeadlines = deadlines.followIncidents();
        return deadlines;
    }

    @AfterEach
    void close() {
        unfollowDeadlines.run();
        board.deactivate();
        office.close();
    }

    private List<String> errors() {
        return dialogs.errors().stream().map(RecordingDialogService.Shown::text).toList();
    }

    private List<String> visibleNumbers() {
        return board.visibleRows().stream().map(r -> r.number().toString()).toList();
    }

    private Incident decided(String title, String category, String levelId) {
        Incident incident = incidents.intake(Intake.quick(title, category));
        incidents.advance(incident.id(), IncidentPhase.ASSESSING);
        var proposal = incidents.assess(incident.id(), EventFacts.none());
        incidents.override(proposal.id(), levelId, "会商决定");
        return incident;
    }

    @Test
    void filtersByLevelCategoryUnitPhaseAndOverdue() {
        Incident red = decided("学校周边斗殴视频", "hype", "I");
        Incident blue = decided("供水管道检修问询", "inquiry", "IV");
        Incident fresh = incidents.intake(Intake.quick("新接报事件", "inquiry"));
        incidents.assignTask(blue.id(), office.memberUnit().id(), "答复网民", IncidentFixture.START.plus(Duration.ofHours(2)));
        board.activate();
        assertEquals(List.of("2026-003", "2026-002", "2026-001"), visibleNumbers());

        board.levelFilterProperty().set("I");
        assertEquals(List.of(red.number().toString()), visibleNumbers());
        board.levelFilterProperty().set(BoardFilter.NO_LEVEL);
        assertEquals(List.of(fresh.number().toString()), visibleNumbers());
        board.levelFilterProperty().set(null);

        board.categoryFilterProperty().set("inquiry");
        assertEquals(List.of("2026-003", "2026-002"), visibleNumbers());
        board.categoryFilterProperty().set(null);

        board.unitFilterProperty().set(office.memberUnit().name());
        assertEquals(List.of(blue.number().toString()), visibleNumbers());
        board.unitFilterProperty().set(null);

        board.phaseFilterProperty().set(IncidentPhase.RECEIVED);
        assertEquals(List.of(fresh.number().toString()), visibleNumbers());
        assertEquals(1, board.column(IncidentPhase.RECEIVED).size());
        board.phaseFilterProperty().set(null);
        assertEquals(2, board.column(IncidentPhase.ASSESSING).size());

        board.overdueOnlyProperty().set(true);
        assertTrue(visibleNumbers().isEmpty(), "nothing is overdue yet");
        time.advanceBy(Duration.ofHours(3));
        assertEquals(List.of(blue.number().toString()), visibleNumbers());
        assertEquals("任务 超时 1 小时 0 分", board.countdown(board.visibleRows().get(0)));
    }

    @Test
    void searchFindsWordsInTitlesFactsAndNotes() {
        incidents.intake(new Intake("城东停水", "inquiry", null, null, new IncidentFacts(
                new SevenWs("", "城东花园小区", "", "", "", "", ""), "", null, "", "", "", List.of(), "", "", "")));
        Incident second = incidents.intake(Intake.quick("网传食堂卫生问题", "hype"));
        incidents.addNote(second.id(), "市场监管部门已到场核查");
        board.activate();

        board.queryProperty().set("花园");
        assertEquals(List.of("2026-001"), visibleNumbers());
        board.queryProperty().set("监管 核查");
        assertEquals(List.of("2026-002"), visibleNumbers());
        board.queryProperty().set("食堂 花园");
        assertTrue(visibleNumbers().isEmpty(), "every word must occur");
        board.queryProperty().set("2026-00");
        assertEquals(2, visibleNumbers().size());
    }

    @Test
    void aChangeMadeThroughTheServiceAppearsWithTheSelectionKept() {
        Incident first = incidents.intake(Intake.quick("事件甲", "inquiry"));
        incidents.intake(Intake.quick("事件乙", "inquiry"));
        board.activate();
        board.selectedIdProperty().set(first.id());
        assertEquals("事件甲", detail.detailProperty().get().incident().title());

        incidents.advance(first.id(), IncidentPhase.ASSESSING);
        incidents.intake(Intake.quick("事件丙", "hype"));

        assertEquals(3, board.rows().size());
        assertEquals(first.id(), board.selectedIdProperty().get());
        assertEquals(IncidentPhase.ASSESSING, board.rows().stream().filter(r -> r.id() == first.id()).findFirst()
                .orElseThrow().phase());
        assertEquals(IncidentPhase.ASSESSING, detail.detailProperty().get().incident().phase(),
                "the open detail follows the change");
        assertEquals(List.of(IncidentPhase.ENDED), detail.nextPhases());
    }

    @Test
    void anEventReplacesOnlyTheChangedIncidentsRowAndKeepsItsPlaceLaneAndCounts() {
        Incident first = incidents.intake(Intake.quick("事件甲", "inquiry"));
        Incident second = incidents.intake(Intake.quick("事件乙", "inquiry"));
        board.activate();
        BoardRow untouched = board.rows().stream().filter(r -> r.id() == second.id()).findFirst().orElseThrow();

        incidents.advance(first.id(), IncidentPhase.ASSESSING);
        incidents.addNote(first.id(), "派出所已到场");

        assertEquals(List.of("2026-002", "2026-001"), visibleNumbers(), "the changed row keeps its place");
        assertTrue(board.rows().get(0) == untouched, "the other incident's row was not read again");
        assertEquals(List.of(first.id()), board.column(IncidentPhase.ASSESSING).stream().map(BoardRow::id).toList());
        assertTrue(board.column(IncidentPhase.RECEIVED).stream().noneMatch(r -> r.id() == first.id()),
                "it left its old lane");
        board.queryProperty().set("派出所");
        assertEquals(List.of("2026-001"), visibleNumbers(), "the new note is searchable at once");

        Incident third = incidents.intake(Intake.quick("派出所接警事件", "hype"));
        assertEquals(List.of("2026-003", "2026-001"), visibleNumbers(), "a new incident goes first, by number");
        board.queryProperty().set("");
        assertEquals(3, board.rows().size());
        assertEquals(third.id(), board.rows().get(0).id());
    }

    @Test
    void lifecycleRefusalsAreShownWithTheirReasonAndChangeNothing() {
        Incident incident = incidents.intake(Intake.quick("事件甲", "inquiry"));
        board.activate();
        board.selectedIdProperty().set(incident.id());
        assertEquals(List.of(IncidentPhase.ASSESSING), detail.nextPhases(), "only the legal move is offered");

        detail.advance(IncidentPhase.HANDLING);
        assertEquals(List.of("不能从“接报”转到“处置”"), errors());

        detail.advance(IncidentPhase.ASSESSING);
        detail.advance(IncidentPhase.RESPONSE);
        assertEquals("从“研判”转到“响应启动”前须先确定事件级别", errors().get(1));
        assertEquals(IncidentPhase.ASSESSING, incidents.detail(incident.id()).incident().phase());

        var assessment = detail.assessment();
        assessment.overrideLevelProperty().set(assessment.level("II").orElseThrow());
        assessment.overrideReasonProperty().set(" ");
        assessment.override();
        assertEquals("改定理由不能为空", errors().get(2));
        // the quick report holds no fact that meets a criterion: nothing is proposed, so nothing can be confirmed
        assessment.confirm();
        assertTrue(errors().get(3).startsWith("研判：未达到预警条件"), errors().get(3));
        assessment.overrideLevelProperty().set(assessment.level("IV").orElseThrow());
        assessment.overrideReasonProperty().set("值班会商定为一般");
        assessment.override();
        assertEquals(1, incidents.detail(incident.id()).assessments().size(),
                "the refused tries and the decision are one assessment, not one record per click");
        assertEquals(List.of(IncidentPhase.WARNING, IncidentPhase.RESPONSE, IncidentPhase.ENDED), detail.nextPhases());
        detail.advance(IncidentPhase.RESPONSE);
        assertEquals(IncidentPhase.RESPONSE, board.rows().get(0).phase());
        assertEquals(4, errors().size());
    }

    @Test
    void intakeListsProblemsAsYouTypeAndTakesAQuickReport() {
        board.activate();
        IntakeViewModel intake = board.intake();
        assertEquals(List.of("标题不能为空", "类别不能为空"), intake.problemsProperty().get());

        intake.titleProperty().set("电话接报：某小区停电");
        intake.categoryProperty().set(board.categories().stream().filter(c -> c.id().equals("inquiry"))
                .findFirst().orElseThrow());
        intake.discoveredProperty().set("昨天");
        assertEquals(List.of("发现时间：无法识别的时间“昨天”，应为 2026-03-01 08:30 或 ISO-8601 格式"),
                intake.problemsProperty().get());
        intake.discoveredProperty().set("2026-03-02 10:30");
        assertEquals(List.of("发现时间不能晚于现在"), intake.problemsProperty().get());
        intake.discoveredProperty().set("");
        assertTrue(intake.problemsProperty().get().isEmpty());

        Incident[] taken = new Incident[1];
        intake.submit(i -> taken[0] = i, refused -> { throw new AssertionError(refused.toString()); });

        assertEquals("2026-001", taken[0].number().toString());
        assertEquals(OffsetDateTime.parse("2026-03-02T09:00+08:00"), taken[0].discoveredAt());
        assertEquals("", intake.titleProperty().get(), "the form is cleared for the next call");
        assertEquals(1, board.rows().size(), "the board shows the new report by itself");
    }

    @Test
    void aCardTurnsOverdueWhenTimePassesItsDueTimeWithoutAClick() {
        Incident incident = incidents.intake(Intake.quick("供水管道检修问询", "inquiry"));
        incidents.assignTask(incident.id(), office.memberUnit().id(), "答复网民",
                IncidentFixture.START.plus(Duration.ofMinutes(90)));
        board.activate();
        board.overdueOnlyProperty().set(true);
        assertTrue(visibleNumbers().isEmpty());
        BoardRow row = board.rows().get(0);
        assertEquals("任务 剩 1 小时 30 分", board.countdown(row));
        int readsBefore = tasks.reads();

        time.advanceBy(Duration.ofMinutes(30).plusSeconds(5));
        assertEquals("任务 剩 1 小时 0 分", board.countdown(row), "the countdown follows the minute");

        time.advanceBy(Duration.ofMinutes(61));
        assertTrue(board.overdue(row));
        assertEquals("任务 超时 1 分", board.countdown(row));
        assertEquals(List.of(incident.number().toString()), visibleNumbers(), "the overdue filter follows too");
        assertEquals(readsBefore, tasks.reads(), "the tick recomputes; it does not read the database");

        board.deactivate();
        assertEquals(0, time.armed().stream().filter(t -> t.name().startsWith("board:")).count(),
                "a hidden board keeps no wake-up");
        time.advanceBy(Duration.ofMinutes(30));
        assertEquals("任务 超时 1 分", board.countdown(row), "a hidden board does not tick");
    }

    @Test
    void cardsCountDownToThePlansNextDeadlineAndFollowItsEventsWithoutAClick() {
        DeadlineService deadlines = followingDeadlines();
        Incident first = incidents.intake(Intake.quick("网传某小区停水", "inquiry"));
        Incident second = incidents.intake(Intake.quick("网传食堂卫生问题", "hype"));
        incidents.assignTask(first.id(), office.memberUnit().id(), "答复网民",
                IncidentFixture.START.plus(Duration.ofDays(3)));
        board.activate();
        board.selectedIdProperty().set(first.id());

        for (Incident incident : List.of(first, second)) {
            Deadline next = earliestOpen(deadlines, incident.id());
            BoardRow row = row(incident.id());
            assertEquals(next.dueAt(), row.nextDueAt(), "the card counts down to the plan's next deadline");
            assertEquals(next.action(), row.dueAction());
            assertTrue(board.countdown(row).startsWith(zh.get("board.due." + next.action().name()) + " "),
                    board.countdown(row));
        }

        Deadline met = earliestOpen(deadlines, first.id());
        deadlines.complete(met.id());
        Deadline following = earliestOpen(deadlines, first.id());
        assertEquals(following.dueAt(), row(first.id()).nextDueAt(), "meeting a deadline moves the card on");
        assertEquals(first.id(), board.selectedIdProperty().get(), "the selection stays");

        board.overdueOnlyProperty().set(true);
        assertTrue(visibleNumbers().isEmpty(), "nothing is past due yet");
        time.advanceBy(Duration.between(IncidentFixture.START, following.dueAt()).plusMinutes(1));
        assertTrue(visibleNumbers().contains(first.number().toString()),
                "a deadline past due counts as overdue although no task is");
    }

    @Test
    void givingATaskOffersThePlansDueTimeAndKeepsOneTypedByHand() {
        DeadlineService deadlines = followingDeadlines();
        Incident incident = incidents.intake(Intake.quick("网传某小区停水", "inquiry"));
        board.activate();
        board.selectedIdProperty().set(incident.id());
        OrgUnit member = detail.taskUnits().stream().filter(u -> u.id().equals(office.memberUnit().id()))
                .findFirst().orElseThrow();

        TaskFormViewModel form = detail.taskForm();
        form.unitProperty().set(member);
        TaskDue planned = incidents.suggestTaskDue(incident.id(), member.id()).orElseThrow();
        java.time.LocalDateTime plannedLocal = java.time.LocalDateTime.ofInstant(planned.dueAt(), IncidentFixture.ZONE);
        assertEquals(plannedLocal.toLocalDate(), form.dueDateProperty().get(), "the plan's date is in the picker");
        assertEquals(TaskFormViewModel.CLOCK.format(plannedLocal), form.dueTimeProperty().get());
        assertEquals(zh.get("board.task.suggested." + planned.basis().name(), planned.ruleText()),
                form.dueReasonProperty().get());

        form.descriptionProperty().set("核实情况并答复网民");
        form.assign();
        assertEquals("", form.descriptionProperty().get(), "a task given clears its text and time");
        assertEquals(null, form.dueDateProperty().get());

        // a time typed by hand stays when another unit is chosen, and is what the task gets
        form.descriptionProperty().set("提供书面说明");
        form.dueDateProperty().set(java.time.LocalDate.of(2026, 3, 2));
        form.dueTimeProperty().set("18:00");
        form.unitProperty().set(null);
        form.unitProperty().set(member);
        assertEquals("18:00", form.dueTimeProperty().get(), "the person's own time is not replaced");
        form.assign();
        List<HandlingTask> given = incidents.detail(incident.id()).tasks();
        assertEquals(planned.dueAt().truncatedTo(java.time.temporal.ChronoUnit.MINUTES), given.get(0).dueAt());
        assertEquals(OffsetDateTime.parse("2026-03-02T18:00+08:00").toInstant(), given.get(1).dueAt(),
                "a time typed by hand is kept");
    }

    @Test
    void endingAsksFirstAndOffersToLiftTheWarningsInForce() {
        Incident incident = decided("网传学校食堂卫生问题", "inquiry", "III");
        var inForce = yellowWarningFor(incident);
        board.activate();
        board.selectedIdProperty().set(incident.id());

        IncidentPhase before = incidents.detail(incident.id()).incident().phase();
        detail.advance(IncidentPhase.ENDED);
        EndOffer offer = detail.ending().offerProperty().get();
        assertEquals(List.of(inForce.id()), offer.warnings().stream().map(EndOffer.InForce::warningId).toList());
        assertTrue(offer.warnings().get(0).text().contains(inForce.number()), offer.warnings().get(0).text());
        assertEquals(before, incidents.detail(incident.id()).incident().phase(), "nothing ends yet");

        detail.ending().cancel();
        assertNull(detail.ending().offerProperty().get());
        assertEquals(before, incidents.detail(incident.id()).incident().phase());

        detail.advance(IncidentPhase.ENDED);
        detail.ending().end(List.of(inForce.id()), "事件已平息");
        assertEquals(IncidentPhase.ENDED, incidents.detail(incident.id()).incident().phase());
        assertEquals(org.incidentdesk.domain.warning.WarningStatus.LIFTED,
                warnings.find(inForce.id()).orElseThrow().status());
        assertEquals("事件已平息", warnings.find(inForce.id()).orElseThrow().liftReason());
        assertTrue(errors().isEmpty(), errors().toString());
    }

    @Test
    void endingWithoutLiftingLeavesTheWarningInForceAndLiftingNeedsAReason() {
        Incident incident = decided("网传学校食堂卫生问题", "inquiry", "III");
        var inForce = yellowWarningFor(incident);
        board.activate();
        board.selectedIdProperty().set(incident.id());

        IncidentPhase before = incidents.detail(incident.id()).incident().phase();
        detail.advance(IncidentPhase.ENDED);
        detail.ending().end(List.of(inForce.id()), " ");
        assertEquals(List.of("理由不能为空"), errors());
        assertEquals(before, incidents.detail(incident.id()).incident().phase(),
                "a refused lift refuses the end: nothing changed");

        detail.advance(IncidentPhase.ENDED);
        detail.ending().end(List.of(), "");
        assertEquals(IncidentPhase.ENDED, incidents.detail(incident.id()).incident().phase());
        assertTrue(warnings.find(inForce.id()).orElseThrow().isActive());
    }

    @Test
    void aRefusedTaskKeepsEveryFieldAndSaysWhy() {
        Incident incident = incidents.intake(Intake.quick("网传某小区停水", "inquiry"));
        board.activate();
        board.selectedIdProperty().set(incident.id());
        TaskFormViewModel form = detail.taskForm();
        OrgUnit member = detail.taskUnits().stream().filter(u -> u.id().equals(office.memberUnit().id()))
                .findFirst().orElseThrow();
        form.unitProperty().set(member);
        form.descriptionProperty().set("核实情况");
        form.dueDateProperty().set(java.time.LocalDate.of(2026, 3, 2));
        form.dueTimeProperty().set("8点半");
        form.assign();
        assertEquals("期限：无法识别的时刻“8点半”，应为 08:30 这样的时:分", form.problemProperty().get());
        assertEquals(member, form.unitProperty().get());
        assertEquals("核实情况", form.descriptionProperty().get());
        assertEquals(java.time.LocalDate.of(2026, 3, 2), form.dueDateProperty().get());
        assertEquals("8点半", form.dueTimeProperty().get());

        form.dueTimeProperty().set("8:30");
        form.descriptionProperty().set(" ");
        form.assign();
        assertEquals("任务内容不能为空", form.problemProperty().get());
        assertEquals("8:30", form.dueTimeProperty().get());
        assertTrue(incidents.detail(incident.id()).tasks().isEmpty());
        assertTrue(errors().isEmpty(), "shown under the form, not in a window over it");
    }

    @Test
    void aTaskMovesThroughItsStatusesAndFinishingNeedsItsResult() {
        Incident incident = incidents.intake(Intake.quick("网传某小区停水", "inquiry"));
        incidents.assignTask(incident.id(), office.memberUnit().id(), "核实情况", null);
        board.activate();
        board.selectedIdProperty().set(incident.id());
        detail.updateTask(detail.detailProperty().get().tasks().get(0), TaskStatus.IN_PROGRESS, "");
        assertEquals(TaskStatus.IN_PROGRESS, detail.detailProperty().get().tasks().get(0).status());
        assertEquals(1, board.rows().get(0).openTasks(), "a task in progress is still open on the card");

        detail.updateTask(detail.detailProperty().get().tasks().get(0), TaskStatus.DONE, " ");
        assertEquals(List.of("办理结果不能为空"), errors());
        assertEquals(TaskStatus.IN_PROGRESS, detail.detailProperty().get().tasks().get(0).status(),
                "a refused change leaves the task as it was");

        detail.updateTask(detail.detailProperty().get().tasks().get(0), TaskStatus.CANCELLED, "");
        assertEquals(TaskStatus.CANCELLED, detail.detailProperty().get().tasks().get(0).status());
        assertEquals(0, board.rows().get(0).openTasks());
        assertTrue(board.rows().get(0).units().isEmpty(), "the unit leaves the card with its last open task");
    }

    @Test
    void factsAreCorrectedAfterIntakeWithTheSameChecksAndTheBoardFollows() {
        Incident incident = incidents.intake(Intake.quick("网传某小区停水", "inquiry"));
        board.activate();
        board.selectedIdProperty().set(incident.id());

        detail.editFacts();
        IntakeViewModel form = detail.factsEditor();
        assertEquals(incident.id(), form.editingProperty().get().id());
        assertEquals("网传某小区停水", form.titleProperty().get());
        assertEquals("inquiry", form.categoryProperty().get().id(), "the form shows the incident's category");
        assertTrue(form.problemsProperty().get().isEmpty());

        form.titleProperty().set(" ");
        assertEquals(List.of("标题不能为空"), form.problemsProperty().get());
        form.titleProperty().set("城东花园小区停水");
        field(form, "incident.where").set("城东花园小区");
        field(form, "incident.what").set("小区自昨晚起停水");
        form.happenedProperty().set("2026-03-01 22:00");

        form.submit(saved -> { }, refused -> { throw new AssertionError(refused.toString()); });

        Incident saved = incidents.detail(incident.id()).incident();
        assertEquals("城东花园小区停水", saved.title());
        assertEquals("城东花园小区", saved.facts().sevenWs().where());
        assertEquals(OffsetDateTime.parse("2026-03-01T22:00+08:00").toInstant(), saved.happenedAt().toInstant());
        assertEquals(incident.discoveredAt().toInstant(), saved.discoveredAt().toInstant(), "discovery stays");
        assertEquals("城东花园小区停水", board.rows().get(0).title(), "the card shows the correction at once");
        assertTrue(detail.detailProperty().get().timeline().stream().anyMatch(e -> e.kind() == TimelineKind.FACTS));
        board.queryProperty().set("花园");
        assertEquals(List.of(incident.number().toString()), visibleNumbers(), "search finds the new facts");
        assertTrue(form.editingProperty().get() == null, "the form is left after saving");
    }

    @Test
    void aMonitoringKeywordIsRemovedAndAnUnknownOneIsRefused() {
        Incident incident = incidents.intake(Intake.quick("网传某小区停水", "inquiry"));
        incidents.keywords().add(incident.id(), "停水");
        incidents.keywords().add(incident.id(), "城东花园");
        board.activate();
        board.selectedIdProperty().set(incident.id());

        detail.removeKeyword("停水");
        assertEquals(List.of("城东花园"), detail.detailProperty().get().keywords().stream()
                .map(k -> k.keyword()).toList());
        assertTrue(detail.detailProperty().get().timeline().stream()
                .anyMatch(e -> e.fact().equals(new TimelineFact.KeywordRemoved("停水"))));

        detail.removeKeyword("停水");
        assertEquals(1, errors().size());
        assertTrue(errors().get(0).contains("停水"), errors().get(0));
        assertEquals(1, detail.detailProperty().get().keywords().size());
    }

    private static javafx.beans.property.StringProperty field(IntakeViewModel form, String name) {
        return form.factFields().stream().filter(e -> e.getKey().equals(name)).findFirst().orElseThrow().getValue();
    }

    private static Deadline earliestOpen(DeadlineService deadlines, long incidentId) {
        return deadlines.deadlines(incidentId).stream().filter(d -> d.state().isOpen())
                .min(java.util.Comparator.comparing(Deadline::dueAt).thenComparing(Deadline::id)).orElseThrow();
    }

    private BoardRow row(long incidentId) {
        return board.rows().stream().filter(r -> r.id() == incidentId).findFirst().orElseThrow();
    }

    private Path csv(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private long metricsInTimeline(long incidentId) {
        return incidents.detail(incidentId).timeline().stream().filter(e -> e.kind() == TimelineKind.METRICS).count();
    }

    @Test
    void aMetricsFileWithProblemsShowsEachWithItsRowAndImportsNothing() throws Exception {
        Incident incident = incidents.intake(Intake.quick("网传食堂卫生问题", "hype"));
        board.activate();
        board.selectedIdProperty().set(incident.id());
        dialogs.answer(csv("bad.csv", """
                时间,阅读数,跟帖数
                2026-03-01 20:00,1000,十二
                昨天晚上,3000,40
                """));

        detail.metrics().chooseCsv();

        MetricsReview review = detail.metrics().reviewProperty().get();
        assertFalse(review.canApply());
        assertEquals(List.of("第 2 行：跟帖数“十二”不是整数",
                "第 3 行：无法识别的时间“昨天晚上”，应为 2026-03-01 08:30 或 ISO-8601 格式"), review.problems());
        int writes = tasks.writes();
        detail.metrics().applyImport();
        assertEquals(writes, tasks.writes(), "nothing is written");
        assertTrue(incidents.detail(incident.id()).metrics().isEmpty());
        assertEquals(0, metricsInTimeline(incident.id()));
    }

    @Test
    void aGoodMetricsFileImportsItsPointsOntoTheShownIncident() throws Exception {
        Incident incident = incidents.intake(Intake.quick("网传食堂卫生问题", "hype"));
        board.activate();
        board.selectedIdProperty().set(incident.id());
        dialogs.answer(csv("good.csv", """
                时间,阅读数,转发数,跟帖数,点赞数,热点指数,阶段
                2026-03-01 20:00,"12,000",300,450,80,35,发酵
                2026-03-01 22:00,56000,1200,2100,400,61,高峰
                """));

        detail.metrics().chooseCsv();
        assertTrue(detail.metrics().reviewProperty().get().canApply());
        assertEquals("“good.csv”共 2 个监测点，无问题，可以导入", detail.metrics().reviewProperty().get().summary());
        detail.metrics().applyImport();

        assertNull(detail.metrics().reviewProperty().get());
        assertEquals(List.of(12_000L, 56_000L),
                detail.detailProperty().get().metrics().stream().map(m -> m.reads()).toList(),
                "the shown detail has the points");
        assertTrue(metricsInTimeline(incident.id()) > 0, "the import is on the timeline");
        assertEquals("已从“good.csv”导入 2 个监测点", dialogs.lastNotice().text());
        assertTrue(dialogs.errors().isEmpty(), dialogs.errors().toString());
    }

    @Test
    void aFileWithAnUnknownHeaderIsReadAgainWithTheColumnMappedAndThenImports() throws Exception {
        Incident incident = incidents.intake(Intake.quick("网传食堂卫生问题", "hype"));
        board.activate();
        board.selectedIdProperty().set(incident.id());
        dialogs.answer(csv("platform.csv", """
                时间,浏览
                2026-03-01 20:00,1000
                2026-03-01 22:00,5000
                """));

        detail.metrics().chooseCsv();
        assertFalse(detail.metrics().reviewProperty().get().canApply(), "one unknown column holds the file back");
        assertEquals(List.of("浏览"), detail.metrics().reviewProperty().get().preview().unknownColumns());

        detail.metrics().remap(detail.metrics().reviewProperty().get().mapping()
                .with("浏览", org.incidentdesk.service.incident.MetricsColumn.READS));
        assertTrue(detail.metrics().reviewProperty().get().canApply());
        detail.metrics().applyImport();
        assertEquals(List.of(1000L, 5000L),
                detail.detailProperty().get().metrics().stream().map(m -> m.reads()).toList());
    }

    @Test
    void aPointTypedByHandIsRefusedForAFigureThatIsNoNumberAndRecordedOnceCorrected() {
        Incident incident = incidents.intake(Intake.quick("网传食堂卫生问题", "hype"));
        board.activate();
        board.selectedIdProperty().set(incident.id());

        detail.metrics().add("2026-03-01 20:00", "十二", "", "", "", "", "");
        assertEquals(List.of("阅读数“十二”不是整数"), errors());
        assertTrue(incidents.detail(incident.id()).metrics().isEmpty(), "nothing is recorded");

        detail.metrics().add("2026-03-01 20:00", "12,000", "", "", "", "35", "发酵");
        var point = detail.detailProperty().get().metrics().getFirst();
        assertEquals(OffsetDateTime.parse("2026-03-01T20:00+08:00"), point.at(), "typed in the office's zone");
        assertEquals(12_000L, point.reads());
        assertNull(point.reposts(), "a blank figure was not reported");
        assertEquals(35L, point.heatIndex());
        assertEquals("发酵", point.stage());
    }

    @Test
    void aMetricsFileWaitingForADecisionIsDroppedWhenAnotherIncidentIsShown() throws Exception {
        Incident first = incidents.intake(Intake.quick("网传食堂卫生问题", "hype"));
        Incident second = incidents.intake(Intake.quick("供水管道检修问询", "inquiry"));
        board.activate();
        board.selectedIdProperty().set(first.id());
        dialogs.answer(csv("good.csv", """
                时间,阅读数
                2026-03-01 20:00,1000
                """));
        detail.metrics().chooseCsv();
        assertTrue(detail.metrics().reviewProperty().get().canApply());

        board.selectedIdProperty().set(second.id());

        assertNull(detail.metrics().reviewProperty().get());
        int writes = tasks.writes();
        detail.metrics().applyImport();
        assertEquals(writes, tasks.writes(), "nothing is imported onto either incident");
        assertTrue(incidents.detail(first.id()).metrics().isEmpty());
        assertTrue(incidents.detail(second.id()).metrics().isEmpty());
    }
}
