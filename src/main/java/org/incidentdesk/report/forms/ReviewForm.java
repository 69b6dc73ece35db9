package org.incidentdesk.report.forms;

import static org.incidentdesk.report.forms.FormText.frame;
import static org.incidentdesk.report.forms.FormText.numbered;
import static org.incidentdesk.report.forms.FormText.orBlankText;
import static org.incidentdesk.report.forms.FormText.text;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.incidentdesk.report.Block;
import org.incidentdesk.report.Block.Heading;
import org.incidentdesk.report.Block.Paragraph;
import org.incidentdesk.report.ChineseNumbers;
import org.incidentdesk.report.OfficialDocument;
import org.incidentdesk.report.Span;

/**
 * The 处置工作总结评估报告 (issue 18 item 8): the event, the starred timeline by phase, the response scored against the
 * plan (the deadline table, the time-to figures, the section ratings), lessons, improvement actions and — only when
 * the data carries them — the accountability records, marked as for a limited circle of readers.
 */
public final class ReviewForm {
    static final List<String> DEADLINE_COLUMNS = List.of("序号", "时限要求", "责任单位", "规定时限", "完成时间",
            "提前/延误", "结果");
    static final List<String> TIME_TO_COLUMNS = List.of("环节", "自事发起", "自发现起");
    static final List<String> RATING_COLUMNS = List.of("预案环节", "评价", "依据");
    static final List<String> ACTION_COLUMNS = List.of("序号", "整改措施", "责任单位", "完成时限", "进展");
    static final List<String> ACCOUNTABILITY_COLUMNS = List.of("责任人（单位）", "事由", "关联时限", "处理决定");
    /** The 附注 of a report that carries accountability records. */
    public static final String RESTRICTED_NOTE = "本报告含责任追究内容，限定知悉范围，不得扩散";
    private static final String NONE = "—";

    private ReviewForm() {
    }

    public static OfficialDocument of(IssueDetails issue, ReviewReportData data) {
        OfficialDocument.Builder doc = frame(issue, "关于" + orBlankText(data.eventName()) + (data.drill() ? "（演练）" : "")
                + "处置工作的总结评估报告");
        doc.add(Heading.of(1, "事件概况"));
        doc.add(text(FormText.sentence(data.overview())));
        doc.add(Heading.of(1, "处置经过"));
        timeline(doc, data.timeline());
        doc.add(Heading.of(1, "对照预案评估"));
        doc.add(Heading.of(2, "时限执行情况"));
        deadlines(doc, data);
        doc.add(Heading.of(2, "关键时间"));
        doc.add(new Block.Table(TIME_TO_COLUMNS, List.of(3.0f, 2.0f, 2.0f), data.timesTo().stream()
                .map(t -> List.of(t.measure(), duration(t.fromEvent()), duration(t.fromDiscovery()))).toList()));
        doc.add(Heading.of(2, "分项评价"));
        doc.add(new Block.Table(RATING_COLUMNS, List.of(2.0f, 2.0f, 6.0f), data.ratings().stream()
                .map(r -> List.of(r.section(), nz(r.rating()), nz(r.evidence()))).toList()));
        doc.add(Heading.of(1, "经验教训"));
        doc.add(Heading.of(2, "成功经验"));
        doc.addAll(numbered(lessons(data.successes())));
        doc.add(Heading.of(2, "暴露问题"));
        doc.addAll(numbered(lessons(data.problems())));
        doc.add(Heading.of(1, "整改措施"));
        actions(doc, data.actions());
        if (!data.accountability().isEmpty()) {
            doc.add(Heading.of(1, "责任追究"));
            List<List<String>> rows = data.accountability().stream()
                    .map(a -> List.of(nz(a.who()), nz(a.what()), nz(a.deadline()), nz(a.decision()))).toList();
            doc.add(new Block.Table(ACCOUNTABILITY_COLUMNS, List.of(2.4f, 3.6f, 2.6f, 3.0f), rows));
            doc.note(RESTRICTED_NOTE);
        }
        return doc.build();
    }

    private static void timeline(OfficialDocument.Builder doc, List<ReviewReportData.Phase> phases) {
        List<ReviewReportData.Phase> shown = phases.stream().filter(p -> !p.steps().isEmpty()).toList();
        if (shown.isEmpty()) {
            doc.add(Paragraph.of(Span.blank()));
        }
        for (ReviewReportData.Phase phase : shown) {
            doc.add(Heading.of(2, phase.name()));
            for (ReviewReportData.Step step : phase.steps()) {
                doc.add(Paragraph.of(ChineseNumbers.dateTime(step.at()) + "，" + FormText.sentence(step.what())));
            }
        }
    }

    private static void deadlines(OfficialDocument.Builder doc, ReviewReportData data) {
        List<ReviewReportData.ScoredDeadline> rows = data.deadlines();
        long scored = rows.stream().filter(r -> r.outcome() != ReviewReportData.Outcome.PENDING).count();
        String supersededNote = data.superseded() == 0 ? ""
                : "另有" + data.superseded() + "项因级别调整或事件终止不再适用，未计入。";
        if (scored == 0) {
            doc.add(Paragraph.of("本次处置没有计入评估的预案时限要求。" + supersededNote));
        } else {
            long late = rows.stream().filter(r -> r.outcome() == ReviewReportData.Outcome.LATE).count();
            long missed = rows.stream().filter(r -> r.outcome() == ReviewReportData.Outcome.MISSED).count();
            doc.add(Paragraph.of("预案对本次处置规定时限要求" + scored + "项，按时完成" + data.deadlinesMet() + "项，占"
                    + percent(data.deadlinesMet(), (int) scored) + "；逾期完成" + late + "项，未完成" + missed + "项。"
                    + (scored < rows.size() ? "尚未到期" + (rows.size() - scored) + "项，未计入。" : "") + supersededNote));
        }
        if (rows.isEmpty()) {
            return;
        }
        List<List<String>> table = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ReviewReportData.ScoredDeadline row = rows.get(i);
            table.add(List.of(Integer.toString(i + 1), nz(row.rule()), nz(row.owner()), moment(row.due()),
                    moment(row.done()), delay(row.delay()), row.outcome().label()));
        }
        doc.add(new Block.Table(DEADLINE_COLUMNS, List.of(0.9f, 3.3f, 2.3f, 2.0f, 2.0f, 1.9f, 1.6f), table));
    }

    /** Each lesson with the times of the entries it is about, so a reader finds them under 处置经过. */
    private static List<String> lessons(List<ReviewReportData.Lesson> lessons) {
        return lessons.stream().map(l -> l.about().isEmpty() ? l.text()
                : l.text().strip().replaceFirst("[。；]$", "") + "（见处置经过" + l.about().stream()
                        .map(at -> moment(at, "")).collect(java.util.stream.Collectors.joining("、")) + "）。")
                .toList();
    }

    private static void actions(OfficialDocument.Builder doc, List<ReviewReportData.Action> actions) {
        if (actions.isEmpty()) {
            doc.add(Paragraph.of(Span.blank()));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            ReviewReportData.Action action = actions.get(i);
            rows.add(List.of(Integer.toString(i + 1), nz(action.what()), nz(action.owner()), day(action.due()),
                    nz(action.state())));
        }
        doc.add(new Block.Table(ACTION_COLUMNS, List.of(0.9f, 5.2f, 2.6f, 2.8f, 1.6f), rows));
    }

    /** 50 % written as 公文 do: a whole number, or one decimal where it is not whole (66.7%). */
    static String percent(int part, int whole) {
        long tenths = Math.round(part * 1000.0 / whole);
        return (tenths % 10 == 0 ? Long.toString(tenths / 10) : tenths / 10 + "." + tenths % 10) + "%";
    }

    /** 延误30分钟, 提前5分钟, 准时; a dash where there is no delay to show. */
    public static String delay(Duration delay) {
        if (delay == null) {
            return NONE;
        }
        if (delay.toMinutes() == 0) {
            return "准时";
        }
        return (delay.isNegative() ? "提前" : "延误") + duration(delay.abs());
    }

    /**
     * 2天3小时, 1小时5分钟, 30分钟: whole minutes, the largest two units, no spaces (a typeset document; the window's
     * {@code DurationText} writes every unit with spaces); a dash where there is none.
     */
    public static String duration(Duration duration) {
        if (duration == null) {
            return NONE;
        }
        long minutes = duration.toMinutes();
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long mins = minutes % 60;
        if (days > 0) {
            return days + "天" + (hours > 0 ? hours + "小时" : "");
        }
        if (hours > 0) {
            return hours + "小时" + (mins > 0 ? mins + "分钟" : "");
        }
        return mins + "分钟";
    }

    /** 11月28日 10:40: the space lets a narrow cell break between the day and the time. */
    private static String moment(LocalDateTime at) {
        return moment(at, " ");
    }

    private static String moment(LocalDateTime at, String beforeTime) {
        return at == null ? NONE : at.getMonthValue() + "月" + at.getDayOfMonth() + "日" + beforeTime
                + String.format("%d:%02d", at.getHour(), at.getMinute());
    }

    private static String day(LocalDate date) {
        return date == null ? NONE : ChineseNumbers.date(date);
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
