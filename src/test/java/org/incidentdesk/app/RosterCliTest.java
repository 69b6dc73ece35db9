package org.incidentdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.incidentdesk.cli.CliEnvironment;
import org.incidentdesk.cli.CliServices;
import org.incidentdesk.cli.RootCommand;
import org.incidentdesk.domain.roster.Person;
import org.incidentdesk.domain.roster.Post;
import org.incidentdesk.domain.roster.Roster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code incidentdesk roster import|export} end to end: the real composition root on a temporary data
 * directory (a new one starts with the demo office), the GBK sample files from src/test/resources/roster.
 */
class RosterCliTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T01:30:00Z"), ZoneOffset.UTC);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dataDir;
    @TempDir
    Path files;

    private record Run(int exit, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    /** The window is never opened here; services come from the same composition root the program uses. */
    private static final class TestEnvironment implements CliEnvironment {
        @Override
        public CliServices open(Path dataDirOverride) {
            return ContextServices.owning(AppContext.openEmbedded(dataDirOverride, CLOCK, ZONE));
        }

        @Override
        public void openWindow(Path dataDirOverride, Locale locale) {
            throw new UnsupportedOperationException("commands under test never open the window");
        }
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = Stream.concat(Stream.of("--data-dir", dataDir.toString()), Stream.of(args))
                .toArray(String[]::new);
        int exit = RootCommand.commandLine(new TestEnvironment(), new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(all);
        return new Run(exit, out.toString(), err.toString());
    }

    private Roster roster() {
        try (AppContext context = AppContext.openEmbedded(dataDir, CLOCK, ZONE)) {
            return context.roster().load();
        }
    }

    private Path sample(String name) throws IOException {
        Path copy = files.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/roster/" + name)) {
            Files.copy(in, copy);
        }
        return copy;
    }

    @Test
    void goodGbkFileIsImportedAndASecondImportFindsEverythingUnchanged() throws IOException {
        Roster before = roster();
        Path good = sample("good-gbk.csv");

        Run first = run("roster", "import", good.toString());

        assertEquals(0, first.exit(), first.err());
        assertEquals(List.of(
                "文件“good-gbk.csv”：CSV，编码 GB18030",
                "共 4 人：新增 4 人，更新 0 人，不变 0 人；新建单位 2 个",
                "导入完成：新增 4 人，更新 0 人，不变 0 人；新建单位 2 个。"), first.out().lines().toList());
        Roster after = roster();
        assertEquals(before.people().size() + 4, after.people().size());
        long water = after.unitNamed("县水利局").orElseThrow().id();
        long weather = after.unitNamed("县气象局").orElseThrow().id();
        assertEquals(List.of(new Post(weather, "成员"), new Post(water, "值班员")), person(after, "柯望舒").posts());
        assertEquals("13900002002", person(after, "岳小溪").mobile());
        assertEquals("夜间请先发短信, 再拨值班电话", person(after, "岳小溪").notes());
        assertEquals("汛期负责\n天气会商", person(after, "范秋实").notes());

        Run second = run("roster", "import", good.toString());

        assertEquals(0, second.exit(), second.err());
        assertTrue(second.out().contains("导入完成：新增 0 人，更新 0 人，不变 4 人；新建单位 0 个。"), second.out());
        assertEquals(after, roster());
    }

    @Test
    void fileWithProblemsIsRefusedRowByRowAndNothingIsWritten() throws IOException {
        Roster before = roster();

        Run run = run("roster", "import", sample("bad-gbk.csv").toString());

        assertEquals(2, run.exit());
        assertEquals(List.of(
                "发现 4 个问题，未导入任何数据：",
                "第 3 行，手机“12345”不是有效的手机号码（应为 11 位数字，以 1 开头）",
                "第 4 行，姓名不能为空",
                "第 5 行，职务“县防汛办:成员”中的单位“县防汛办”不存在，文件中也没有该单位的行",
                "第 5 行，电子邮箱“fan-at-example”不是有效的电子邮箱地址"), run.errLines());
        assertEquals(before, roster());
    }

    @Test
    void problemsAreReportedInEnglishWithLangEn() throws IOException {
        Run run = run("--lang", "en", "roster", "import", sample("bad-gbk.csv").toString());

        assertEquals(2, run.exit());
        assertEquals("4 problems found; nothing was imported:", run.errLines().get(0));
        assertEquals("row 3, Mobile \"12345\" is not a valid mobile number (11 digits starting with 1)",
                run.errLines().get(1));
        assertEquals("row 4, Name is required", run.errLines().get(2));
    }

    @Test
    void dryRunShowsTheChangesAndWritesNothing() throws IOException {
        Roster before = roster();

        Run run = run("roster", "import", sample("good-gbk.csv").toString(), "--dry-run");

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("共 4 人：新增 4 人，更新 0 人，不变 0 人；新建单位 2 个"), run.out());
        assertTrue(run.out().contains("试运行（--dry-run）：未写入任何数据。"), run.out());
        assertEquals(before, roster());
    }

    @Test
    void aFileThatCannotBeReadExitsTwoWithItsReason() throws IOException {
        Path absent = files.resolve("absent.csv");

        Run missing = run("roster", "import", absent.toString());
        Run wrongKind = run("roster", "import", Files.writeString(files.resolve("roster.txt"), "姓名,单位").toString());

        assertEquals(2, missing.exit());
        assertEquals(List.of("找不到文件“" + absent + "”"), missing.errLines());
        assertEquals(2, wrongKind.exit());
        assertEquals(List.of("无法识别文件“roster.txt”的格式：只能导入 .csv 或 .xlsx 文件"), wrongKind.errLines());
    }

    @Test
    void exportWritesEveryPersonAndImportsBackUnchanged() {
        int people = roster().people().size();
        Path file = files.resolve("通讯录.xlsx");

        Run export = run("roster", "export", file.toString());

        assertEquals(0, export.exit(), export.err());
        assertEquals(List.of("已将 " + people + " 人导出到“" + file + "”。"), export.out().lines().toList());

        Run check = run("roster", "import", file.toString(), "--dry-run");

        assertEquals(0, check.exit(), check.err());
        assertTrue(check.out().contains("新增 0 人，更新 0 人，不变 " + people + " 人；新建单位 0 个"), check.out());
    }

    @Test
    void exportToAnUnknownExtensionExitsTwo() {
        Run run = run("roster", "export", files.resolve("roster.docx").toString());

        assertEquals(2, run.exit());
        assertEquals(List.of("无法导出为“roster.docx”：文件名须以 .csv 或 .xlsx 结尾"), run.errLines());
    }

    @Test
    void rosterWithoutSubcommandAsksForOne() {
        Run run = run("roster");

        assertEquals(2, run.exit());
        assertTrue(run.err().contains("import（导入）或 export（导出）"), run.err());
    }

    @Test
    void hundredThousandRepeatedRowsPrintAHundredProblemsAndACountNotAPagePerRow() throws IOException {
        Roster before = roster();
        StringBuilder text = new StringBuilder("姓名,单位,手机\r\n");
        String repeated = "林晓川,县水务局,13900001234\r\n";
        text.append(repeated.repeat(100_000));
        Path file = Files.writeString(files.resolve("repeated.csv"), text.toString());

        Run run = run("roster", "import", file.toString());

        assertEquals(2, run.exit(), run.err());
        List<String> lines = run.errLines();
        assertEquals("发现 99999 个问题，未导入任何数据：", lines.get(0));
        assertEquals(1 + 100 + 1, lines.size(), "a header, the first 100 problems and how many more");
        assertEquals("……另有 99899 个问题未列出（只列出前 100 个）", lines.get(lines.size() - 1));
        assertEquals(before, roster());
    }

    @Test
    void escapeSequencesInACellNeverReachTheTerminal() throws IOException {
        Path file = Files.writeString(files.resolve("escape.csv"),
                "姓名,单位,单位类型\r\n林晓川,县新单位,\u001B]0;pwned\u0007\u001B[2J工作组\r\n");

        Run run = run("roster", "import", file.toString());

        assertEquals(2, run.exit());
        assertTrue(run.err().chars().noneMatch(c -> c == 0x1B || c == 0x07), run.err());
        assertTrue(run.err().contains("?]0;pwned??[2J工作组"), run.err());
    }

    @Test
    void damagedWorkbookExitsTwoWithAMessageNeverLibraryText() throws IOException {
        Path file = Files.write(files.resolve("damaged.xlsx"), new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0});

        Run run = run("roster", "import", file.toString());

        assertEquals(2, run.exit());
        assertEquals(List.of("文件“damaged.xlsx”不是有效的 .xlsx 工作簿（可能已损坏、不完整，或是改了扩展名的其他文件）"),
                run.errLines());
    }

    private static Person person(Roster roster, String name) {
        return roster.people().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }
}
