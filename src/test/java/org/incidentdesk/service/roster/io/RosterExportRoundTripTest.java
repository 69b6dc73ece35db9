package org.incidentdesk.service.roster.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.domain.roster.Person;
import org.incidentdesk.domain.roster.Post;
import org.incidentdesk.domain.roster.Roster;
import org.incidentdesk.domain.roster.UnitKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An export imports back to the same roster. The layout carries units (name and kind), people, their details
 * and posts; unit duties and duty shifts are not part of it and are not compared.
 */
class RosterExportRoundTripTest {
    @TempDir
    Path dir;
    RosterIoFixture fx;

    @BeforeEach
    void setUp() {
        fx = new RosterIoFixture(dir);
        // shaped like plan 1: a command, its office and a working group that nobody belongs to as their own unit
        OrgUnit command = fx.unit("县应急指挥部", UnitKind.COMMAND, null);
        OrgUnit office = fx.unit("县指挥部办公室", UnitKind.OFFICE, command);
        OrgUnit press = fx.unit("新闻发布组", UnitKind.WORKING_GROUP, command);
        OrgUnit water = fx.unit("县水务局", UnitKind.MEMBER_UNIT, command);
        OrgUnit weather = fx.unit("县气象局", UnitKind.MEMBER_UNIT, command);
        fx.unit("县统计局", UnitKind.MEMBER_UNIT, command);
        save("周念慈", water, "0571-88886666", "13900002222", "znc@water.example", "0571-88886667",
                "白天打办公电话, 夜间发短信\n他说\"收到\"",
                new Post(command.id(), "总指挥"), new Post(water.id(), "分管负责同志"));
        save("林晓川", water, null, "13900001111", null, null, null,
                new Post(water.id(), "联络员"), new Post(office.id(), "成员"));
        save("韦一鸣", weather, "0571-66668888转8", "13900003333", null, null, null,
                new Post(press.id(), "组长"), new Post(weather.id(), "联络员"));
        save("苏青禾", weather, null, null, null, null, null);
    }

    private void save(String name, OrgUnit unit, String phone, String mobile, String email, String fax, String notes,
                      Post... posts) {
        fx.roster.savePerson(new Person(null, name, unit.id(), phone, mobile, email, fax, notes, List.of(posts), 0));
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"roster.csv", "roster.xlsx"})
    void anExportImportedIntoAnEmptyDatabaseGivesTheSameRoster(String fileName) {
        Path file = dir.resolve(fileName);

        assertEquals(4, fx.exporter.export(file));

        try (RosterIoFixture empty = new RosterIoFixture(dir)) {
            ImportPreview preview = empty.importer.preview(file);
            assertFalse(preview.hasProblems(), () -> preview.problems().toString());
            assertEquals(new ImportResult(4, 0, 0, 6), empty.importer.apply(preview));
            assertEquals(describe(fx.load()), describe(empty.load()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"roster.csv", "roster.xlsx"})
    void anExportImportedIntoTheSameDatabaseLeavesEveryRowUnchanged(String fileName) {
        Path file = dir.resolve(fileName);
        fx.exporter.export(file);
        Roster before = fx.load();

        ImportPreview preview = fx.importer.preview(file);

        // 4 people, and 4 rows naming a unit nobody has as their own: command, office, working group, 县统计局
        assertEquals(8, preview.rows().size());
        assertEquals(List.of(RowAction.UNCHANGED), preview.rows().stream().map(ImportRow::action).distinct().toList());
        assertEquals(0, preview.unitsToCreate());
        assertEquals(new ImportResult(0, 0, 4, 0), fx.importer.apply(preview));
        assertEquals(before, fx.load());
    }

    @Test
    void csvIsUtf8WithByteOrderMarkCrlfAndTheImportLayout() throws IOException {
        Path file = dir.resolve("roster.csv");
        fx.exporter.export(file);
        byte[] bytes = Files.readAllBytes(file);

        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<String> lines = List.of(text.split("\r\n"));
        assertEquals("姓名,单位,职务,办公电话,手机,电子邮箱,传真,备注,单位类型", lines.get(0));
        assertEquals(",县应急指挥部,,,,,,,指挥部", lines.get(1));
        assertEquals("周念慈,县水务局,县应急指挥部:总指挥；分管负责同志,0571-88886666,13900002222,znc@water.example,"
                + "0571-88886667,\"白天打办公电话, 夜间发短信\n他说\"\"收到\"\"\",成员单位", lines.get(4));
    }

    @ParameterizedTest
    @ValueSource(strings = {"roster.csv", "roster.xlsx"})
    void cellsASpreadsheetWouldTakeForAFormulaAreWrittenAsTextAndImportBackAsTheyWere(String fileName) {
        OrgUnit water = fx.unitNamed("县水务局");
        save("@林晓舟", water, "+86-571-88886666", null, "-ops@water.example", null, "=1+2",
                new Post(water.id(), "+值班员"));
        Path file = dir.resolve(fileName);

        fx.exporter.export(file);

        SourceTable written = RosterFileReader.read(file);
        List<String> header = written.rows().get(0).cells();
        List<String> row = written.rows().stream().map(SourceRow::cells)
                .filter(cells -> cells.get(header.indexOf("姓名")).contains("林晓舟")).findFirst().orElseThrow();
        assertEquals(List.of("'@林晓舟", "'+值班员", "'+86-571-88886666", "'-ops@water.example", "'=1+2"),
                Stream.of("姓名", "职务", "办公电话", "电子邮箱", "备注").map(column -> row.get(header.indexOf(column))).toList());
        try (RosterIoFixture empty = new RosterIoFixture(dir)) {
            empty.importer.apply(empty.importer.preview(file));
            assertEquals(describe(fx.load()), describe(empty.load()));
        }
    }

    @Test
    void anUnknownExtensionIsRefusedAndNothingWritten() {
        Path file = dir.resolve("roster.pdf");

        RosterFileException e = assertThrows(RosterFileException.class, () -> fx.exporter.export(file));

        assertEquals("rosterio.file.unknownExportFormat", e.messageKey());
        assertFalse(Files.exists(file));
    }

    /** The roster without ids: units by name with kind and parent, people with their details and posts. */
    private static List<String> describe(Roster roster) {
        Map<Long, String> names = roster.units().stream().collect(Collectors.toMap(OrgUnit::id, OrgUnit::name));
        List<String> units = roster.units().stream()
                .map(u -> u.name() + "|" + u.kind() + "|" + (u.parentId() == null ? "-" : names.get(u.parentId())))
                .toList();
        List<String> people = roster.people().stream()
                .map(p -> String.join("|", p.name(), names.get(p.unitId()), String.valueOf(p.officePhone()),
                        String.valueOf(p.mobile()), String.valueOf(p.email()), String.valueOf(p.fax()),
                        String.valueOf(p.notes()), p.posts().stream()
                                .map(post -> names.get(post.unitId()) + ":" + post.title()).toList().toString()))
                .sorted()
                .toList();
        return Stream.concat(units.stream(), people.stream()).toList();
    }
}
