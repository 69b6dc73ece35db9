package org.incidentdesk.benchmark;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.incidentdesk.app.AppContext;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentPhase;
import org.incidentdesk.domain.incident.Intake;
import org.incidentdesk.domain.incident.MetricPoint;
import org.incidentdesk.domain.plan.EventFacts;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.domain.roster.UnitKind;
import org.incidentdesk.service.incident.IncidentService;

/**
 * Not a test: fills a data directory with a few dozen invented incidents of every level and phase, with tasks
 * (some overdue), notes, metrics and a handover, for looking at the board. Arguments: the data directory.
 */
public final class BoardDemoData {
    private static final List<String> TITLES = List.of("网传城东小区连续停水", "某校食堂卫生问题引发议论",
            "网民反映路段积水", "短视频称景区乱收费", "论坛帖文质疑招聘公示", "政务网站疑遭篡改", "网传医院排队过长",
            "本地公众号转发不实消息", "网民投诉噪声扰民", "网传学校收取补课费", "某单位邮箱收到钓鱼邮件",
            "网传交通事故视频");

    public static void main(String[] args) {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        try (AppContext context = AppContext.openEmbedded(Path.of(args[0]), Clock.system(zone), zone)) {
            IncidentService incidents = context.incidents();
            List<String> categories = incidents.activeCategories().stream().map(c -> c.id()).toList();
            List<OrgUnit> units = context.roster().load().units().stream()
                    .filter(u -> u.kind() == UnitKind.MEMBER_UNIT).toList();
            List<String> levels = List.of("I", "II", "III", "IV");
            IncidentPhase[] path = {IncidentPhase.RESPONSE, IncidentPhase.HANDLING, IncidentPhase.TRACKING,
                IncidentPhase.ENDED, IncidentPhase.AFTERMATH};
            Instant now = context.clock().instant();
            for (int i = 0; i < 36; i++) {
                String title = TITLES.get(i % TITLES.size()) + (i >= TITLES.size() ? "（" + (i / TITLES.size() + 1) + "）" : "");
                Incident incident = incidents.intake(Intake.quick(title, categories.get(i % categories.size())));
                if (i % 9 == 0) {
                    continue; // stays 接报, no level
                }
                incidents.advance(incident.id(), IncidentPhase.ASSESSING);
                var proposal = incidents.assess(incident.id(), EventFacts.none());
                if (i % 9 == 1) {
                    continue; // assessed, waiting for a decision
                }
                incidents.override(proposal.id(), levels.get(i % levels.size()), "值班会商决定");
                int steps = i % (path.length + 1);
                incidents.advance(incident.id(), IncidentPhase.RESPONSE);
                for (int s = 1; s < steps && s < path.length; s++) {
                    incidents.advance(incident.id(), path[s]);
                }
                OrgUnit unit = units.get(i % units.size());
                incidents.assignTask(incident.id(), unit.id(), "核实情况并回复",
                        now.plus(Duration.ofMinutes(i % 3 == 0 ? -40 : 30 + i * 9)));
                incidents.addNote(incident.id(), "已电话联系" + unit.name() + "核查");
                for (int m = 0; m < 6; m++) {
                    incidents.addMetrics(incident.id(), new MetricPoint.Figures(
                            now.minus(Duration.ofHours(6 - m)).atZone(zone).toOffsetDateTime().withNano(0),
                            (long) (1000 + i * 300) * (m + 1) * (m + 1), (long) (20 + i) * (m + 1),
                            (long) (50 + i * 7) * (m + 1), (long) (30 + i) * m, (long) (10 + m * 8 + i), ""));
                }
            }
            incidents.handovers().write("2026-003、2026-011 待成员单位回复；2026-020 夜间续报", "关注城东停水话题热度");
        }
    }
}
