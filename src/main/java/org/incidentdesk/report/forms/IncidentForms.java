package org.incidentdesk.report.forms;

import static org.incidentdesk.report.forms.FormText.frame;
import static org.incidentdesk.report.forms.FormText.labelled;
import static org.incidentdesk.report.forms.FormText.numbered;
import static org.incidentdesk.report.forms.FormText.orBlankText;
import static org.incidentdesk.report.forms.FormText.text;

import org.incidentdesk.report.Block.Heading;
import org.incidentdesk.report.Block.Paragraph;
import org.incidentdesk.report.ChineseNumbers;
import org.incidentdesk.report.OfficialDocument;
import org.incidentdesk.report.Span;

/** Builds the warning notices, the 舆情信息报告 stages and the 网络舆情通报 from their data ({@link ReviewForm}: the review report). */
public final class IncidentForms {
    private IncidentForms() {
    }

    /**
     * 统一口径 as final: the approved text, paragraph by paragraph, and in the 附注 which version it is and who
     * approved it when. It goes to the member units without a 文号, so without the masthead (marks still top left).
     */
    public static OfficialDocument statement(IssueDetails issue, StatementFormData data) {
        OfficialDocument.Builder doc = frame(issue, "关于" + data.incidentTitle() + "的统一口径").masthead(null);
        data.text().lines().filter(line -> !line.isBlank()).forEach(line -> doc.add(text(line.strip())));
        return doc.note("本口径为第" + data.revision() + "稿，经" + data.approvedBy() + "于"
                + ChineseNumbers.dateTime(data.approvedAt()) + "审批同意，对外发布和答复一律以此为准").build();
    }

    public static OfficialDocument warningNotice(IssueDetails issue, WarningNoticeData data) {
        String category = orBlankText(data.category());
        String level = orBlankText(data.level());
        String title = switch (data.action()) {
            case ISSUE -> "关于发布" + category + level + "预警的通知";
            case ADJUST -> "关于调整" + category + "预警级别的通知";
            case LIFT -> "关于解除" + category + level + "预警的通知";
        };
        OfficialDocument.Builder doc = frame(issue, title);
        String issuer = issue.issuer() == null ? "本办" : issue.issuer();
        String decided = "经研判，" + (data.decidedBy() == null ? issuer : data.decidedBy()) + "决定";
        switch (data.action()) {
            case ISSUE -> {
                doc.add(Paragraph.of(Span.valueOrBlank(FormText.sentence(data.situation())),
                        Span.text(decided + "发布" + category + level + "预警。现将有关事项通知如下：")));
                doc.add(Heading.of(1, "预警类别和级别"));
                doc.add(Paragraph.of(Span.text("预警类别："), Span.valueOrBlank(data.category()), Span.text("；预警级别："),
                        Span.valueOrBlank(data.level()), Span.text("。")));
                doc.add(Heading.of(1, "起始时间"));
                doc.add(labelled("自", data.startsAt()));
                doc.add(Heading.of(1, "可能影响的范围"));
                doc.add(text(data.scope()));
                doc.add(Heading.of(1, "警示事项"));
                doc.addAll(numbered(data.warnings()));
                doc.add(Heading.of(1, "应当采取的措施"));
                doc.addAll(numbered(data.measures()));
            }
            case ADJUST -> {
                doc.add(Paragraph.of(Span.valueOrBlank(data.reason()), Span.text(decided + "自"),
                        Span.valueOrBlank(data.startsAt() == null ? null : ChineseNumbers.dateTime(data.startsAt())),
                        Span.text("起，将" + category + "预警由"), Span.valueOrBlank(data.previousLevel()),
                        Span.text("调整为"), Span.valueOrBlank(data.level()), Span.text("。现将有关事项通知如下：")));
                doc.add(Heading.of(1, "可能影响的范围"));
                doc.add(text(data.scope()));
                doc.add(Heading.of(1, "警示事项"));
                doc.addAll(numbered(data.warnings()));
                doc.add(Heading.of(1, "调整后应当采取的措施"));
                doc.addAll(numbered(data.measures()));
            }
            case LIFT -> {
                doc.add(Paragraph.of(Span.valueOrBlank(data.reason()), Span.text("预警发布时的风险已经消除。" + decided + "自"),
                        Span.valueOrBlank(data.startsAt() == null ? null : ChineseNumbers.dateTime(data.startsAt())),
                        Span.text("起解除" + category + level + "预警，结束预警期。")));
                doc.add(Heading.of(1, "解除的措施"));
                doc.addAll(numbered(data.measures()));
                doc.add(Heading.of(1, "后续工作"));
                doc.addAll(numbered(data.warnings()));
            }
        }
        doc.add(Heading.of(1, "发布单位和发布时间"));
        doc.add(Paragraph.of(Span.text("发布单位：" + issuer + "；发布时间："),
                Span.valueOrBlank(data.issuedAt() == null ? null : ChineseNumbers.dateTime(data.issuedAt())), Span.text("。")));
        if (data.contact() != null) {
            doc.note(data.contact());
        }
        return doc.build();
    }

    public static OfficialDocument incidentReport(IssueDetails issue, IncidentReportData data) {
        String stage = switch (data.stage()) {
            case FIRST -> "首报";
            case FOLLOW_UP -> "续报" + ChineseNumbers.of(Math.max(1, data.sequence()));
            case FINAL -> "终报";
        };
        OfficialDocument.Builder doc = frame(issue, "关于" + orBlankText(data.eventName()) + "的舆情信息报告（" + stage + "）");
        switch (data.stage()) {
            case FIRST -> firstReport(doc, data);
            case FOLLOW_UP -> {
                doc.add(Heading.of(1, "事态进展"));
                doc.add(text(data.progress()));
                doc.add(Heading.of(1, "传播情况"));
                doc.add(text(data.spread()));
                doc.add(Heading.of(1, "新采取的处置措施"));
                doc.add(text(data.measuresTaken()));
                doc.add(Heading.of(1, "下一步工作"));
                doc.add(text(data.nextSteps()));
            }
            case FINAL -> {
                doc.add(Heading.of(1, "基本情况"));
                doc.add(text(data.basicContent()));
                doc.add(Heading.of(1, "处置过程"));
                doc.add(text(data.measuresTaken()));
                doc.add(Heading.of(1, "处置结果"));
                doc.add(text(data.outcome()));
                doc.add(Heading.of(1, "后续工作"));
                doc.add(text(data.nextSteps()));
            }
        }
        doc.note("报送单位：" + orBlankText(data.reportingUnit()) + "；联系人：" + orBlankText(data.contact())
                + "；联系电话：" + orBlankText(data.phone())
                + (data.reportedAt() == null ? "" : "；报送时间：" + ChineseNumbers.dateTime(data.reportedAt())));
        return doc.build();
    }

    private static void firstReport(OfficialDocument.Builder doc, IncidentReportData data) {
        doc.add(Heading.of(1, "基本情况"));
        doc.add(text(data.basicContent()));
        SevenWs w = data.facts();
        doc.add(Heading.of(2, "七何要素"));
        doc.add(labelled("1. 何时", w.when()));
        doc.add(labelled("2. 何地", w.where()));
        doc.add(labelled("3. 何人", w.who()));
        doc.add(labelled("4. 何事", w.what()));
        doc.add(labelled("5. 何因", w.why()));
        doc.add(labelled("6. 何方式", w.how()));
        doc.add(labelled("7. 何结果", w.result()));
        doc.add(Heading.of(1, "首发及传播情况"));
        doc.add(labelled("首发时间", data.firstPublishedAt()));
        doc.add(labelled("首发媒体", data.firstMedium()));
        doc.add(labelled("链接", data.link()));
        doc.add(labelled("传播情况", data.spread()));
        doc.add(Heading.of(1, "真实情况"));
        doc.add(text(data.trueSituation()));
        doc.add(Heading.of(1, "背景材料及其他材料"));
        doc.add(labelled("背景材料", data.background()));
        doc.add(labelled("其他材料", data.otherMaterial()));
        doc.add(Heading.of(1, "已采取的措施"));
        doc.add(text(data.measuresTaken()));
        if (data.major()) {
            doc.add(Heading.of(1, "发展趋势"));
            doc.add(text(data.trend()));
            doc.add(Heading.of(1, "应对措施"));
            doc.add(text(data.countermeasures()));
            doc.add(Heading.of(1, "工作建议"));
            doc.add(text(data.suggestions()));
        }
    }

    public static OfficialDocument bulletin(IssueDetails issue, SituationBulletinData data) {
        OfficialDocument.Builder doc = frame(issue, "关于" + orBlankText(data.eventName()) + "网络舆情处置情况的通报（第"
                + Math.max(1, data.issue()) + "期）");
        doc.add(Heading.of(1, "舆情概况"));
        doc.add(text(data.overview()));
        doc.add(Heading.of(1, "处置进展"));
        doc.add(text(data.progress()));
        doc.add(Heading.of(1, "研判分析"));
        doc.add(text(data.assessment()));
        doc.add(Heading.of(1, "工作要求"));
        doc.addAll(numbered(data.requirements()));
        return doc.build();
    }
}
