package org.incidentdesk.service.incident;

import org.incidentdesk.domain.incident.TimelineFact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.Intake;
import org.incidentdesk.domain.incident.MetricPoint;
import org.incidentdesk.service.roster.io.RowProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsImportServiceTest {
    private final IncidentFixture office = new IncidentFixture();
    private final MetricsImportService importer = new MetricsImportService(office.incidents, office.clock,
            IncidentFixture.ZONE);
    private final Messages zh = new Messages(Locale.SIMPLIFIED_CHINESE);
    @TempDir
    Path dir;

    @AfterEach
    void close() {
        office.close();
    }

    private MetricsPreview preview(String csv) {
        return preview("export.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private MetricsPreview preview(String fileName, byte[] bytes) {
        try {
            return importer.preview(Files.write(dir.resolve(fileName), bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> described(MetricsPreview preview) {
        return preview.problems().stream()
                .map(p -> zh.get("metrics.row", p.rowNumber(), zh.describe(p.violation()))).toList();
    }

    @Test
    void aGoodExportIsReadInChineseHeadersWithLocalTimesInTheOfficeZone() {
        MetricsPreview preview = preview("""
                时间,阅读数,转发数,跟帖数,点赞数,热点指数,阶段
                2026-03-01 20:00,"12,000",300,450,80,35,发酵
                2026-03-01T22:00+08:00,56000,1200,2100,400,61,高峰
                """);

        assertTrue(preview.problems().isEmpty(), preview.problems().toString());
        assertEquals(2, preview.points().size());
        MetricPoint.Figures first = preview.points().get(0);
        assertEquals(OffsetDateTime.parse("2026-03-01T20:00+08:00"), first.at());
        assertEquals(12_000L, first.reads());
        assertEquals("发酵", first.stage());
    }

    @Test
    void aBadExportNamesEveryProblemWithItsRowAndImportsNothing() {
        Incident incident = office.incidents.intake(Intake.quick("某事件", "inquiry"));
        MetricsPreview preview = preview("""
                time,reads,comments
                2026-03-01 20:00,1000,十二
                2026-03-01 19:00,2000,30
                昨天晚上,3000,40
                """);

        assertEquals(List.of(
                "第 2 行：跟帖数“十二”不是整数",
                "第 3 行：时间 2026-03-01T19:00+08:00 不晚于上一行的 2026-03-01T20:00+08:00，各行须按时间先后排列",
                "第 4 行：无法识别的时间“昨天晚上”，应为 2026-03-01 08:30 或 ISO-8601 格式"),
                described(preview));
        assertFalse(preview.importable());
        ValidationException refused = assertThrows(ValidationException.class, () -> importer.apply(incident.id(), preview));
        assertEquals("metrics.notImportable", refused.violations().get(0).messageKey());
        assertTrue(office.incidents.detail(incident.id()).metrics().isEmpty());
    }

    @Test
    void wrongColumnsAreNamedBeforeAnyRowIsRead() {
        MetricsPreview preview = preview("""
                日期,浏览,阶段
                2026-03-01 20:00,1000,发酵
                """);

        List<RowProblem> problems = preview.problems();
        assertEquals(List.of(1, 1, 1, 1), problems.stream().map(RowProblem::rowNumber).toList());
        assertEquals(List.of("metrics.unknownColumn", "metrics.unknownColumn", "metrics.missingTime",
                "metrics.noFigureColumn"), problems.stream().map(p -> p.violation().messageKey()).toList());
        assertTrue(preview.points().isEmpty());
    }

    @Test
    void anExtraColumnIsNamedAndTheRowsAreStillCheckedSoEveryProblemShowsAtOnce() {
        MetricsPreview preview = preview("""
                监测时间,阅读数,跟帖数,备注
                2026-03-01 20:00,1000,10,首条
                2026-03-01 22:00,八万六,30,
                2026-03-01 21:00,3000,40,
                """);

        assertEquals(List.of("1:metrics.unknownColumn", "3:metrics.notANumber", "4:metrics.outOfOrder"),
                preview.problems().stream().map(p -> p.rowNumber() + ":" + p.violation().messageKey()).toList());
        assertFalse(preview.importable());
    }

    @Test
    void unknownHeadersMappedToAColumnOrIgnoredMakeTheFileImportable() throws IOException {
        Path file = Files.writeString(dir.resolve("platform.csv"), """
                日期,浏览,备注
                2026-03-01 20:00,1000,首条
                2026-03-01 21:00,"3,000",
                """);
        MetricsPreview first = importer.preview(file);
        assertEquals(List.of("日期", "浏览", "备注"), first.unknownColumns());
        assertFalse(first.importable());

        MetricsColumnMapping mapping = MetricsColumnMapping.NONE.with("日期", MetricsColumn.TIME)
                .with("浏览", MetricsColumn.READS).ignoring("备注");
        MetricsPreview mapped = importer.preview(file, mapping);
        assertEquals(List.of(), mapped.problems());
        assertEquals(List.of(), mapped.unknownColumns());
        assertTrue(mapped.importable());
        assertEquals(List.of(1000L, 3000L), mapped.points().stream().map(MetricPoint.Figures::reads).toList());
        assertEquals(List.of("", ""), mapped.points().stream().map(MetricPoint.Figures::stage).toList(),
                "the ignored column is not read as anything");

        MetricsPreview partly = importer.preview(file, MetricsColumnMapping.NONE.ignoring("备注"));
        assertEquals(List.of("日期", "浏览"), partly.unknownColumns(), "what is still unknown is offered again");
    }

    @Test
    void aGbkExportFromExcelIsReadAndImportedAsOneTimelineRow() {
        Incident incident = office.incidents.intake(Intake.quick("某事件", "inquiry"));
        byte[] gbk = "时间,跟帖数\r\n2026-03-01 20:00,10\r\n2026-03-01 21:00,25\r\n".getBytes(Charset.forName("GBK"));
        MetricsPreview preview = preview("导出.csv", gbk);

        assertEquals(2, importer.apply(incident.id(), preview));
        var detail = office.incidents.detail(incident.id());
        assertEquals(List.of(10L, 25L), detail.metrics().stream().map(MetricPoint::comments).toList());
        assertEquals(new TimelineFact.MetricsImported("导出.csv", 2), detail.timeline().getLast().fact());
    }
}
