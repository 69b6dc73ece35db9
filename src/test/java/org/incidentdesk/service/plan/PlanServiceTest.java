package org.incidentdesk.service.plan;

import org.incidentdesk.store.TestDatabase;
import static org.incidentdesk.service.plan.PlanFixtures.replaceOnce;
import static org.incidentdesk.service.plan.PlanFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.incidentdesk.domain.event.WorkstationId;
import org.incidentdesk.domain.event.PlanVersionSaved;
import org.incidentdesk.domain.event.PlanEvent;
import org.incidentdesk.domain.event.PlanCreated;
import org.incidentdesk.domain.common.Actor;
import org.incidentdesk.domain.common.AuditEntry;
import org.incidentdesk.domain.common.StaleDataException;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.DeadlineRule;
import org.incidentdesk.domain.plan.InvalidPlanException;
import org.incidentdesk.domain.plan.OfficePlan;
import org.incidentdesk.service.common.EventBus;
import org.incidentdesk.store.Database;
import org.incidentdesk.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanServiceTest {
    private static final Instant NOW = Instant.parse("2025-06-01T02:00:00Z");

    private Database database;
    private Store store;
    private PlanService plans;
    private static final WorkstationId HERE = new WorkstationId("test-host", 42);
    private final List<PlanEvent> published = new ArrayList<>();

    @BeforeEach
    void open() {
        database = TestDatabase.open("plans-" + UUID.randomUUID());
        EventBus events = new EventBus(HERE);
        store = new Store(database, events::publish);
        events.subscribe(PlanEvent.class, published::add);
        plans = new PlanService(store, Clock.fixed(NOW, ZoneOffset.UTC), () -> new Actor("tester"), events);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private List<AuditEntry> audit() {
        return store.inTransaction(s -> s.audit().recent(100));
    }

    /** The college plan with the 重大 report limit shortened from 2 hours to 1. */
    private static ContingencyPlan withMajorReportIn(ContingencyPlan plan, Duration limit) {
        List<DeadlineRule> rules = plan.deadlines().stream().map(r -> !r.id().equals("report-major") ? r
                : new DeadlineRule(r.id(), r.action(), r.by(), r.to(), r.timing(), limit, r.from(), r.until(),
                        r.levels(), r.categories(), r.form(), r.ifNotCalmed(), r.origin())).toList();
        return plan.withDeadlines(rules);
    }

    @Test
    void templatesAreTheSixBuiltIns() {
        assertEquals(BuiltInPlans.IDS, plans.templates().stream().map(ContingencyPlan::id).toList());
    }

    @Test
    void aPlanMadeFromATemplateIsVersionOneAndTheFirstOneBecomesActive() {
        OfficePlan created = plans.createFromTemplate("college", "青溪学院舆情处置预案");

        assertEquals("青溪学院舆情处置预案", created.name());
        assertEquals("college", created.templateId());
        assertEquals(1, created.currentVersion());
        assertTrue(created.active());
        PlanVersion first = plans.current(created.id());
        assertEquals(1, first.number());
        assertEquals(plans.template("college").withName("青溪学院舆情处置预案"), first.plan());
        assertEquals(NOW, first.createdAt());
        assertEquals("tester", first.createdBy());
        assertEquals("create", audit().get(0).action());
        assertEquals(List.of(new PlanCreated(HERE, created.id(), true)), published);
    }

    @Test
    void withoutANameThePlanTakesTheTemplateName() {
        OfficePlan created = plans.createFromTemplate("school", "  ");

        assertEquals(plans.template("school").name(), created.name());
    }

    @Test
    void anUnknownTemplateIsRefused() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> plans.createFromTemplate("city", null));

        assertEquals("planTemplate", refused.violations().get(0).field());
        assertEquals(List.of(), plans.officePlans());
    }

    @Test
    void activatingAPlanLeavesExactlyOneActive() {
        OfficePlan first = plans.createFromTemplate("county", null);
        OfficePlan second = plans.createFromTemplate("school", null);
        assertFalse(second.active());

        plans.activate(second.id());

        List<OfficePlan> active = plans.officePlans().stream().filter(OfficePlan::active).toList();
        assertEquals(List.of(second.id()), active.stream().map(OfficePlan::id).toList());
        assertEquals(second.id(), plans.activePlan().orElseThrow().id());
        assertFalse(plans.officePlan(first.id()).active());
        assertEquals("activate", audit().get(0).action());

        plans.activate(second.id());
        assertEquals(1, plans.officePlans().stream().filter(OfficePlan::active).count());
    }

    @Test
    void savingAnEditCreatesVersionTwoAndVersionOneStaysAsItWas() {
        OfficePlan created = plans.createFromTemplate("college", null);
        ContingencyPlan original = plans.current(created.id()).plan();

        PlanVersion second = plans.saveNewVersion(created.id(), 1, withMajorReportIn(original, Duration.ofHours(1)));

        assertEquals(2, second.number());
        assertEquals(Duration.ofHours(1), second.plan().deadline("report-major").orElseThrow().duration());
        assertEquals(2, plans.officePlan(created.id()).currentVersion());
        PlanVersion first = plans.version(created.id(), 1);
        assertEquals(original, first.plan());
        assertEquals(Duration.ofHours(2), first.plan().deadline("report-major").orElseThrow().duration());
        assertEquals(List.of(1, 2), plans.versions(created.id()).stream().map(PlanVersion::number).toList());
        assertEquals(new PlanVersionSaved(HERE, created.id(), 2), published.get(published.size() - 1));
    }

    @Test
    void aSavedVersionIsParsedOnceAndAnEditReadsAsItsOwnPlan() {
        OfficePlan created = plans.createFromTemplate("college", null);
        ContingencyPlan original = plans.current(created.id()).plan();

        assertSame(original, plans.current(created.id()).plan(), "the stored text is not parsed again");
        plans.saveNewVersion(created.id(), 1, withMajorReportIn(original, Duration.ofHours(1)));

        ContingencyPlan edited = plans.current(created.id()).plan();
        assertEquals(Duration.ofHours(1), edited.deadline("report-major").orElseThrow().duration());
        assertEquals(Duration.ofHours(2), plans.version(created.id(), 1).plan().deadline("report-major")
                .orElseThrow().duration());
    }

    @Test
    void anEditBasedOnAnOlderVersionIsRefused() {
        OfficePlan created = plans.createFromTemplate("college", null);
        ContingencyPlan original = plans.current(created.id()).plan();
        plans.saveNewVersion(created.id(), 1, withMajorReportIn(original, Duration.ofHours(1)));

        assertThrows(StaleDataException.class,
                () -> plans.saveNewVersion(created.id(), 1, withMajorReportIn(original, Duration.ofMinutes(90))));

        assertEquals(2, plans.versions(created.id()).size());
        assertEquals(Duration.ofHours(1), plans.current(created.id()).plan().deadline("report-major").orElseThrow()
                .duration());
    }

    @Test
    void anInvalidEditIsRefusedWithItsFieldAndNothingIsStored() {
        OfficePlan created = plans.createFromTemplate("college", null);
        ContingencyPlan original = plans.current(created.id()).plan();
        int auditBefore = audit().size();

        InvalidPlanException refused = assertThrows(InvalidPlanException.class,
                () -> plans.saveNewVersion(created.id(), 1, withMajorReportIn(original, Duration.ofHours(-2))));

        assertEquals("deadlines[0].duration", refused.problems().get(0).path());
        assertEquals(1, plans.versions(created.id()).size());
        assertEquals(auditBefore, audit().size());
    }

    @Test
    void aValidFileIsImportedAsANewPlanOfItsTemplate(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("college.yaml");
        Files.writeString(file, text("college"));

        OfficePlan imported = plans.importPlan(file);

        assertEquals("college", imported.templateId());
        assertEquals(plans.template("college"), plans.current(imported.id()).plan());
        assertEquals("import", audit().get(0).action());
    }

    @Test
    void aRefusedImportStoresNothing(@TempDir Path dir) throws Exception {
        plans.createFromTemplate("county", null);
        List<OfficePlan> before = plans.officePlans();
        List<AuditEntry> auditBefore = audit();
        published.clear();
        Path file = dir.resolve("college.yaml");
        Files.writeString(file, replaceOnce(text("college"), "    levels: [II]\n", "    levels: [V]\n"));

        InvalidPlanException refused = assertThrows(InvalidPlanException.class, () -> plans.importPlan(file));

        assertEquals("deadlines[1].levels", refused.problems().get(0).path());
        assertEquals(before, plans.officePlans());
        assertEquals(auditBefore, audit());
        assertEquals(List.of(), published);
    }

    @Test
    void anExportedOfficePlanImportsBackUnchangedAsYamlAndJson(@TempDir Path dir) {
        OfficePlan created = plans.createFromTemplate("school", "镇中心学校舆情机制");
        ContingencyPlan saved = plans.current(created.id()).plan();

        plans.export(String.valueOf(created.id()), dir.resolve("plan.yaml"));
        plans.export(String.valueOf(created.id()), dir.resolve("plan.json"));

        assertEquals(saved, plans.current(plans.importPlan(dir.resolve("plan.yaml")).id()).plan());
        assertEquals(saved, plans.current(plans.importPlan(dir.resolve("plan.json")).id()).plan());
    }

    @Test
    void theDiffAgainstTheTemplateListsWhatTheOfficeChanged() {
        OfficePlan created = plans.createFromTemplate("college", null);
        assertEquals(List.of(), plans.diffAgainstTemplate(created.id()));
        ContingencyPlan original = plans.current(created.id()).plan();

        plans.saveNewVersion(created.id(), 1, withMajorReportIn(original, Duration.ofHours(1)).withName("本校预案"));

        List<PlanChange> changes = plans.diffAgainstTemplate(created.id());
        assertEquals(List.of(
                new PlanChange("name", PlanChange.Kind.CHANGED, original.name(), "本校预案"),
                new PlanChange("deadlines[report-major].duration", PlanChange.Kind.CHANGED, "PT2H", "PT1H")),
                changes);
        assertEquals("本校预案", plans.officePlan(created.id()).name());
    }

    @Test
    void anIdNamesATemplateOrAnOfficePlan() {
        OfficePlan created = plans.createFromTemplate("county", "本县预案");

        assertEquals("county", plans.resolve("county").id());
        assertEquals("本县预案", plans.resolve(String.valueOf(created.id())).name());
        assertThrows(ValidationException.class, () -> plans.resolve("city"));
        assertThrows(ValidationException.class, () -> plans.resolve("999"));
    }
}
