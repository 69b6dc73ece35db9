package org.incidentdesk.service.roster.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.domain.roster.Person;
import org.incidentdesk.domain.roster.Post;
import org.incidentdesk.domain.roster.UnitKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How each row is judged: add, update or unchanged; posts and units; every problem with its row and field. */
class RosterImportRulesTest {
    private static final String HEADER = "姓名,单位,职务,办公电话,手机,电子邮箱,传真,备注,单位类型";

    @TempDir
    Path dir;
    RosterIoFixture fx;
    OrgUnit command;
    OrgUnit water;
    Person lin;

    @BeforeEach
    void setUp() {
        fx = new RosterIoFixture(dir);
        command = fx.unit("县应急指挥部", UnitKind.COMMAND, null);
        water = fx.unit("县水务局", UnitKind.MEMBER_UNIT, command);
        lin = fx.person("林晓川", water, "13900001111", new Post(water.id(), "联络员"));
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private ImportPreview preview(String... rows) {
        String[] lines = new String[rows.length + 1];
        lines[0] = HEADER;
        System.arraycopy(rows, 0, lines, 1, rows.length);
        return fx.importer.preview(fx.csv("roster.csv", StandardCharsets.UTF_8, false, lines));
    }

    @Test
    void samePersonSameDetailsIsUnchangedAndChangedDetailsAreAnUpdateKeepingIdAndVersion() {
        ImportPreview preview = preview(
                "林晓川,县水务局,联络员,,13900001111,,,,",
                "林晓川,县应急指挥部,总指挥,,13900001111,,,,");

        ImportRow same = preview.rows().get(0);
        assertEquals(RowAction.UNCHANGED, same.action());
        assertEquals(lin, same.person());
        // same name in another unit is someone else
        assertEquals(RowAction.ADD, preview.rows().get(1).action());

        ImportRow changed = preview("林晓川,县水务局,联络员,,139 0000 9999,,,,").rows().get(0);
        assertEquals(RowAction.UPDATE, changed.action());
        assertEquals(new Person(lin.id(), "林晓川", water.id(), null, "13900009999", null, null, null,
                List.of(new Post(water.id(), "联络员")), lin.version()), changed.person());
    }

    @Test
    void columnsTheFileDoesNotHaveLeaveTheExistingValues() {
        ImportPreview preview = fx.importer.preview(fx.csv("short.csv", StandardCharsets.UTF_8, false,
                "姓名,单位,手机", "林晓川,县水务局,13900001111"));

        assertEquals(RowAction.UNCHANGED, preview.rows().get(0).action());
        assertEquals(lin.posts(), preview.rows().get(0).person().posts());
    }

    @Test
    void postsMayNameAnotherUnitWithEitherColonAndAnySeparator() {
        ImportPreview preview = preview("周念慈,县水务局,县应急指挥部:总指挥；联络员、县应急指挥部：值班员,,,,,,");

        assertEquals(List.of(new Post(command.id(), "总指挥"), new Post(water.id(), "联络员"),
                new Post(command.id(), "值班员")), preview.rows().get(0).person().posts());
        assertFalse(preview.hasProblems());
    }

    @Test
    void aNewUnitIsCreatedOnceAndPostsMayReferToItFromAnEarlierRow() {
        ImportPreview preview = preview(
                "周念慈,县水务局,县气象局:成员,,,,,,",
                "韦一鸣,县气象局,联络员,,,,,,",
                "苏青禾,县气象局,值班员,,,,,,");

        assertFalse(preview.hasProblems());
        assertEquals(1, preview.unitsToCreate());
        long placeholder = preview.rows().get(1).person().unitId();
        assertTrue(placeholder < 0, "a unit still to be created has a placeholder id");
        assertEquals(List.of(new Post(placeholder, "成员")), preview.rows().get(0).person().posts());

        assertEquals(new ImportResult(3, 0, 0, 1), fx.importer.apply(preview));
        OrgUnit weather = fx.unitNamed("县气象局");
        assertEquals(UnitKind.MEMBER_UNIT, weather.kind());
        assertEquals(command.id(), weather.parentId());
        assertEquals(List.of(new Post(weather.id(), "成员")), fx.personNamed("周念慈").posts());
    }

    @Test
    void unitKindColumnAndRowsThatOnlyNameAUnit() {
        ImportPreview preview = preview(
                ",新闻发布组,,,,,,,工作组",
                "周念慈,县水务局,新闻发布组:组长,,,,,,",
                "程小满,县防汛办,联络员,,,,,,办公室");

        assertFalse(preview.hasProblems());
        ImportRow unitRow = preview.rows().get(0);
        assertTrue(unitRow.namesUnitOnly());
        assertEquals(RowAction.ADD, unitRow.action());
        assertEquals(2, preview.people(RowAction.ADD));
        assertEquals(2, preview.unitsToCreate());

        assertEquals(new ImportResult(2, 0, 0, 2), fx.importer.apply(preview));
        assertEquals(UnitKind.WORKING_GROUP, fx.unitNamed("新闻发布组").kind());
        assertEquals(UnitKind.OFFICE, fx.unitNamed("县防汛办").kind());
        assertEquals(command.id(), fx.unitNamed("新闻发布组").parentId());
    }

    @Test
    void aNewCommandIsTopLevelAndBecomesTheParentWhenTheRosterHasNone() {
        ImportPreview preview = fx.importer.preview(fx.csv("roster.csv", StandardCharsets.UTF_8, false, HEADER,
                ",县应急指挥部,,,,,,,指挥部"));
        assertEquals(RowAction.UNCHANGED, preview.rows().get(0).action());

        try (RosterIoFixture empty = new RosterIoFixture(dir)) {
            Path file = empty.csv("fresh.csv", StandardCharsets.UTF_8, false, HEADER,
                    "韦一鸣,县气象局,联络员,,,,,,",
                    ",镇防汛指挥部,,,,,,,领导小组");
            empty.importer.apply(empty.importer.preview(file));

            OrgUnit newCommand = empty.unitNamed("镇防汛指挥部");
            assertEquals(UnitKind.COMMAND, newCommand.kind());
            assertEquals(null, newCommand.parentId());
            assertEquals(newCommand.id(), empty.unitNamed("县气象局").parentId());
        }
    }

    @Test
    void valuesLongerThanTheirColumnAreProblemsOfTheirField() {
        String longEmail = "a".repeat(201 - "@example.cn".length()) + "@example.cn";
        ImportPreview preview = preview(
                "周念慈," + "局".repeat(201) + ",,,,,,,",
                "韦一鸣,县水务局," + "职".repeat(61) + "；" + "务".repeat(61) + ",,,,,,",
                "苏青禾,县水务局,,,," + longEmail + ",,,");

        assertEquals(List.of(
                new RowProblem(2, Violation.of("unit", "validation.tooLong", 200)),
                new RowProblem(3, Violation.of("posts", "validation.tooLong", 60)),
                new RowProblem(4, Violation.of("email", "validation.tooLong", 200))
        ), preview.problems());
    }

    @Test
    void everyProblemNamesItsRowAndField() {
        ImportPreview preview = preview(
                "周念慈,县水务局,联络员,,13900002222,,,,",
                ",县水务局,值班员,,13900003333,,,,",
                "韦一鸣,,联络员,,,,,,",
                "苏青禾,县水务局,县防汛办:成员,12,,su-at-example,,,",
                "周念慈,县水务局,值班员,,,,,,",
                "程小满,县统计局,,,,,,,局",
                "欧阳默,县水务局,,,,,,,工作组",
                "石见,县气象局,,,,,,,成员单位",
                "柯望舒,县气象局,,,,,,,工作组");

        assertEquals(List.of(
                new RowProblem(3, Violation.of("name", "validation.required")),
                new RowProblem(4, Violation.of("unit", "validation.required")),
                new RowProblem(5, Violation.of("posts", "rosterio.problem.unknownPostUnit", "县防汛办:成员", "县防汛办")),
                new RowProblem(5, Violation.of("officePhone", "validation.phone", "12")),
                new RowProblem(5, Violation.of("email", "validation.email", "su-at-example")),
                new RowProblem(6, Violation.of("name", "rosterio.problem.repeatedPerson", "周念慈", "县水务局", 2)),
                new RowProblem(7, Violation.of("unitKind", "rosterio.problem.unknownKind", "局")),
                new RowProblem(8, Violation.of("unitKind", "rosterio.problem.kindDiffers", "工作组", "县水务局", "成员单位")),
                new RowProblem(10, Violation.of("unitKind", "rosterio.problem.kindConflict", "工作组", "县气象局", 9, "成员单位"))
        ), preview.problems());
    }
}
