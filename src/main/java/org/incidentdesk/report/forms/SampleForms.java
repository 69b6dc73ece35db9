package org.incidentdesk.report.forms;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Invented data for the incident and warning forms, used by {@code report FORM --sample} and the 文书 workspace
 * until the incident board and the warning panel supply real data. Every name and number here is made up.
 */
public final class SampleForms {
    private static final LocalDateTime FOUND = LocalDateTime.of(2026, 11, 28, 9, 40);
    private static final String EVENT = "青溪县某中学食堂视频";

    private SampleForms() {
    }

    public static WarningNoticeData warning(WarningNoticeData.Action action) {
        return new WarningNoticeData(action, "网络舆情", action == WarningNoticeData.Action.ADJUST ? "橙色（II 级）" : "黄色（III 级）", "黄色（III 级）",
                "11月28日9时许，网民在短视频平台发布某中学食堂加工环境的视频，截至11月29日18时，相关话题阅读量超过120万次，"
                        + "转发1.2万次，评论3000余条，并出现“食材过期”等未经核实的说法。",
                FOUND.plusHours(33), "全县中小学校、教育系统及相关网络平台",
                List.of("相关话题可能在周末继续发酵，出现跨平台传播。", "警惕借机炒作、编造传播虚假信息。"),
                List.of("各成员单位实行24小时值班，保持通讯畅通。", "县网络舆情监测中心每2小时报送一次监测情况。",
                        "县教体局会同市场监管部门核查事实，及时发布权威信息。"),
                action == WarningNoticeData.Action.LIFT ? "涉事学校整改到位，相关话题热度已回落至峰值的1%以下。"
                        : "相关话题热度持续上升，已被省级媒体账号转载。",
                FOUND.plusHours(34), "联系人：林㛃，联系电话：0000-5550101", "指挥长");
    }

    public static IncidentReportData report(IncidentReportData.Stage stage, int sequence) {
        return new IncidentReportData(stage, sequence, EVENT,
                new SevenWs("2026年11月28日9时40分发现", "县城某中学食堂", "涉事学校食堂从业人员；发布者为网民“青溪路人甲”",
                        "网民发布食堂加工环境视频，称存在食材过期问题", null,
                        "在短视频平台发布约1分钟视频并配文，随后被转发至本地微信群", null),
                "网民在短视频平台发布某中学食堂加工环境的视频，引发家长关注和转发。",
                LocalDateTime.of(2026, 11, 28, 8, 57), "某短视频平台", "https://video.example.invalid/v/000000",
                "截至11月28日12时，阅读量约35万次，转发4200次，评论1100余条；已被2个本地自媒体账号转载。",
                "经初步核查，视频拍摄于11月27日，所涉食材在保质期内，但操作间卫生存在不规范问题。",
                "该校此前无同类舆情。", null, stage != IncidentReportData.Stage.FIRST || sequence > 0, null, null, null,
                "县教体局工作人员已到校核查；县网络舆情监测中心开展24小时监测；学校暂停涉事窗口。",
                "11月29日，县教体局发布情况通报，网民情绪趋于平稳；相关话题阅读量增至120万次，增速放缓。",
                "学校完成整改并通过复查，相关话题热度回落，舆情平息。",
                "继续监测；督促学校落实食品安全管理制度；适时发布整改结果。",
                "县网络舆情监测中心", "王赟", "0000-5550102", FOUND.plusMinutes(50));
    }

    public static SituationBulletinData bulletin(int issue) {
        return new SituationBulletinData(issue, EVENT,
                "11月28日，网民发布某中学食堂加工环境的视频，引发关注。截至11月29日18时，全网相关信息1.4万条。",
                "县教体局已核查并发布情况通报；学校已暂停涉事窗口并开展整改。",
                "舆情热度已过峰值，但周末存在再次发酵的可能，需防范借机炒作。",
                List.of("各成员单位加强值班值守，发现新情况及时报告。", "未经核实的信息不得转发。", "县融媒体中心做好权威信息发布。"));
    }

    public static ReviewReportData review() {
        LocalDateTime happened = FOUND.minusMinutes(43);
        List<ReviewReportData.Phase> phases = List.of(
                new ReviewReportData.Phase("先期处置", List.of(
                        new ReviewReportData.Step(FOUND, "县网络舆情监测中心发现相关视频，登记接报"),
                        new ReviewReportData.Step(FOUND.plusMinutes(50), "印发舆情信息报告（首报），报县指挥部"),
                        new ReviewReportData.Step(FOUND.plusHours(2), "县教体局派员赴学校核查"))),
                new ReviewReportData.Phase("事中处置", List.of(
                        new ReviewReportData.Step(FOUND.plusHours(26), "县教体局发布情况通报"),
                        new ReviewReportData.Step(FOUND.plusHours(33), "指挥长决定发布黄色（III 级）预警"))),
                new ReviewReportData.Phase("善后处置", List.of(
                        new ReviewReportData.Step(FOUND.plusDays(4), "学校整改通过复查，解除预警，舆情平息"))));
        List<ReviewReportData.ScoredDeadline> deadlines = List.of(
                scored("首报：发现后1小时内报县指挥部办公室", "县网络舆情监测中心", FOUND.plusHours(1), FOUND.plusMinutes(50)),
                scored("核查：发现后2小时内到场核查", "县教体局", FOUND.plusHours(2), FOUND.plusHours(2).plusMinutes(35)),
                scored("首次公开回应：发现后24小时内发布权威信息", "县融媒体中心", FOUND.plusHours(24), FOUND.plusHours(26)),
                scored("续报：预警期间每日17时前续报", "县网络舆情监测中心", FOUND.plusHours(31).plusMinutes(20), null),
                scored("终报：平息后24小时内报送", "县指挥部办公室", FOUND.plusDays(5), FOUND.plusDays(4).plusHours(6)));
        List<ReviewReportData.TimeTo> timesTo = List.of(
                new ReviewReportData.TimeTo("首报", Duration.ofMinutes(93), Duration.ofMinutes(50)),
                new ReviewReportData.TimeTo("首次公开回应", Duration.ofMinutes(26 * 60 + 43), Duration.ofHours(26)),
                new ReviewReportData.TimeTo("发布预警", Duration.ofMinutes(33 * 60 + 43), Duration.ofHours(33)),
                new ReviewReportData.TimeTo("平息", Duration.ofMinutes(4 * 24 * 60 + 43), Duration.ofDays(4)));
        List<ReviewReportData.SectionRating> ratings = List.of(
                new ReviewReportData.SectionRating("先期处置", "完成良好", "首报提前10分钟"),
                new ReviewReportData.SectionRating("研判", "基本完成", "到场核查延误35分钟"),
                new ReviewReportData.SectionRating("预警", "完成良好", "预警在热度上升后及时发布"),
                new ReviewReportData.SectionRating("处置", "基本完成", "第1期续报未报送"),
                new ReviewReportData.SectionRating("信息发布", "存在较大问题", "首次公开回应延误2小时"),
                new ReviewReportData.SectionRating("善后", "完成良好", "终报提前"));
        return new ReviewReportData(EVENT, false,
                "2026年11月28日，网民发布某中学食堂加工环境的视频，相关话题阅读量最高约120万次。事件于12月2日平息",
                phases, deadlines, 2, 0, timesTo, ratings,
                List.of(new ReviewReportData.Lesson("核查与发布同步推进，有效压缩了谣言传播空间。", List.of(FOUND.plusHours(2), FOUND.plusHours(26))),
                        new ReviewReportData.Lesson("首报在规定时限内报出，要素齐全。", List.of(FOUND.plusMinutes(50)))),
                List.of(new ReviewReportData.Lesson("首次公开回应晚于预案规定时限。", List.of(FOUND.plusHours(26))),
                        new ReviewReportData.Lesson("预警期间续报未按日报送。", List.of()),
                        new ReviewReportData.Lesson("个别成员单位联络员电话变更未及时更新。", List.of())),
                List.of(new ReviewReportData.Action("每月核对一次通讯录，变更当日更新", "县指挥部办公室", FOUND.toLocalDate().plusDays(30), "进行中"),
                        new ReviewReportData.Action("修订信息发布流程，明确首次回应的审核时限", "县融媒体中心", FOUND.toLocalDate().plusDays(45), "未开始"),
                        new ReviewReportData.Action("完善舆情监测数据的报送模板", "县网络舆情监测中心", FOUND.toLocalDate().plusDays(14), "已完成")),
                List.of(new ReviewReportData.Accountability("县网络舆情监测中心值班员", "预警期间未按日续报",
                        "续报：预警期间每日17时前续报", "约谈提醒")));
    }

    public static StatementFormData statement() {
        return new StatementFormData(EVENT, "11月28日，网民反映县城某中学食堂卫生问题。县教体局已会同市场监管部门到校核查，"
                + "所涉食材均在保质期内，操作间卫生存在不规范问题，已责令学校立即整改。\n核查和整改情况将及时向社会公布。",
                2, "带班领导（示例）", FOUND.plusHours(5));
    }

    private static ReviewReportData.ScoredDeadline scored(String rule, String owner, LocalDateTime due, LocalDateTime done) {
        Duration delay = done == null ? null : Duration.between(due, done);
        ReviewReportData.Outcome outcome = done == null ? ReviewReportData.Outcome.MISSED
                : delay.isPositive() ? ReviewReportData.Outcome.LATE : ReviewReportData.Outcome.MET;
        return new ReviewReportData.ScoredDeadline(rule, owner, due, done, delay, outcome);
    }
}
