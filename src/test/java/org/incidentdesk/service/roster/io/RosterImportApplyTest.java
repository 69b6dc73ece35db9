package org.incidentdesk.service.roster.io;

import org.incidentdesk.domain.common.FieldChange;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.incidentdesk.domain.event.RosterImported;
import org.incidentdesk.domain.event.RosterEvent;
import org.incidentdesk.domain.common.Actor;
import org.incidentdesk.domain.common.AuditEntry;
import org.incidentdesk.domain.common.StaleDataException;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.domain.roster.Person;
import org.incidentdesk.domain.roster.Post;
import org.incidentdesk.domain.roster.Roster;
import org.incidentdesk.domain.roster.UnitKind;
import org.incidentdesk.store.Stamp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Applying a preview: all rows or none, refused when stale, audited and announced. */
class RosterImportApplyTest {
    private static final String HEADER = "姓名,单位,职务,办公电话,手机,电子邮箱,传真,备注";

    @TempDir
    Path dir;
    RosterIoFixture fx;
    OrgUnit water;
    Person lin;

    @BeforeEach
    void setUp() {
        fx = new RosterIoFixture(dir);
        OrgUnit command = fx.unit("县应急指挥部", UnitKind.COMMAND, null);
        water = fx.unit("县水务局", UnitKind.MEMBER_UNIT, command);
        lin = fx.person("林晓川", water, "13900001111", new Post(water.id(), "联络员"));
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private Path file(String... rows) {
        String[] lines = new String[rows.length + 1];
        lines[0] = HEADER;
        System.arraycopy(rows, 0, lines, 1, rows.length);
        return fx.csv("roster.csv", StandardCharsets.UTF_8, false, lines);
    }

    @Test
    void oneBadRowAmongGoodOnesIsListedAndNothingIsImported() {
        Roster before = fx.load();
        ImportPreview preview = fx.importer.preview(file(
                "周念慈,县水务局,值班员,,13900002222,,,",
                "韦一鸣,县气象局,联络员,,12345,,,",
                "林晓川,县水务局,联络员,,13900009999,,,"));

        assertEquals(List.of(new RowProblem(3, Violation.of("mobile", "validation.mobile", "12345"))),
                preview.problems());

        ValidationException refused = assertThrows(ValidationException.class, () -> fx.importer.apply(preview));
        assertEquals(List.of(Violation.of("mobile", "validation.mobile", "12345")), refused.violations());
        assertEquals(before, fx.load());
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        Path file = file(
                "周念慈,县水务局,值班员,,13900002222,,,",
                "韦一鸣,县气象局,联络员,,13900003333,,,",
                "林晓川,县水务局,联络员,,13900009999,,,");
        assertEquals(new ImportResult(2, 1, 0, 1), fx.importer.apply(fx.importer.preview(file)));
        Roster afterFirst = fx.load();

        ImportPreview again = fx.importer.preview(file);

        assertEquals(List.of(RowAction.UNCHANGED, RowAction.UNCHANGED, RowAction.UNCHANGED),
                again.rows().stream().map(ImportRow::action).toList());
        assertEquals(new ImportResult(0, 0, 3, 0), fx.importer.apply(again));
        assertEquals(afterFirst, fx.load());
    }

    @Test
    void anUpdateKeepsTheIdAndRaisesTheVersion() {
        fx.importer.apply(fx.importer.preview(file("林晓川,县水务局,联络员,,13900009999,,,")));

        Person updated = fx.personNamed("林晓川");
        assertEquals(lin.id(), updated.id());
        assertEquals(lin.version() + 1, updated.version());
        assertEquals("13900009999", updated.mobile());
    }

    @Test
    void aRosterChangedAfterThePreviewIsNotOverwritten() {
        ImportPreview preview = fx.importer.preview(file(
                "周念慈,县水务局,值班员,,13900002222,,,",
                "林晓川,县水务局,联络员,,13900009999,,,"));
        Person editedElsewhere = fx.roster.savePerson(new Person(lin.id(), lin.name(), lin.unitId(), null,
                lin.mobile(), null, null, "另一台工作站改了备注", lin.posts(), lin.version()));
        Roster beforeApply = fx.load();

        assertThrows(StaleDataException.class, () -> fx.importer.apply(preview));

        assertEquals(beforeApply, fx.load());
        assertEquals(editedElsewhere, fx.personNamed("林晓川"));
    }

    @Test
    void aFileChangedAfterThePreviewIsNotApplied() {
        Path path = file("周念慈,县水务局,值班员,,13900002222,,,");
        ImportPreview preview = fx.importer.preview(path);
        file("周念慈,县水务局,值班员,,13900007777,,,");

        assertThrows(StaleDataException.class, () -> fx.importer.apply(preview));
        assertEquals(1, fx.load().people().size());
    }

    @Test
    void eachAddedOrUpdatedPersonAndCreatedUnitIsAuditedAndOneChangeAnnounced() {
        List<RosterEvent> announced = new ArrayList<>();
        fx.events.subscribe(RosterEvent.class, announced::add);

        fx.importer.apply(fx.importer.preview(file(
                "韦一鸣,县气象局,联络员,,13900003333,,,",
                "林晓川,县水务局,联络员,,13900009999,,,")));

        List<AuditEntry> imports = fx.store.inTransaction(s -> s.audit().recent(10)).stream()
                .filter(e -> e.action().equals("import")).toList();
        // newest first: the unit is created before the people who belong to it
        assertEquals(List.of(
                        List.of(FieldChange.set("name", "林晓川"), FieldChange.set("unit", "县水务局")),
                        List.of(FieldChange.set("name", "韦一鸣"), FieldChange.set("unit", "县气象局")),
                        List.of(FieldChange.set("name", "县气象局"))),
                imports.stream().map(AuditEntry::changes).toList());
        assertEquals(List.of("person", "person", "unit"), imports.stream().map(AuditEntry::entity).toList());
        assertEquals(List.of("tester"), imports.stream().map(AuditEntry::actor).distinct().toList());
        assertEquals(List.of(new RosterImported(fx.events.origin(), "roster.csv")), announced);
    }

    @Test
    void aFailureHalfwayThroughWritingLeavesTheRosterAsItWas() {
        Roster before = fx.load();
        long missingUnit = 987_654;
        ImportPlan plan = new ImportPlan(List.of(
                new ImportRow(2, new Person(null, "韦一鸣", -1, null, null, null, null, null, List.of(), 0),
                        "县气象局", RowAction.ADD, List.of()),
                new ImportRow(3, new Person(null, "苏青禾", missingUnit, null, null, null, null, null, List.of(), 0),
                        "不存在的单位", RowAction.ADD, List.of())),
                List.of(new ImportPlan.NewUnit(-1, "县气象局", UnitKind.MEMBER_UNIT)));

        RuntimeException failure = assertThrows(RuntimeException.class, () -> fx.store.run(s ->
                ImportWriter.write(plan, before, s, new Stamp(RosterIoFixture.NOW, new Actor("tester")))));

        // the unit and the first person were written before the second person broke the foreign key
        assertTrue(failure.getMessage().toUpperCase(Locale.ROOT).contains("FK_PERSON_UNIT"), failure.getMessage());

        assertEquals(before, fx.load());
    }
}
