package org.incidentdesk.service.roster;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.incidentdesk.domain.common.FieldChange;
import org.incidentdesk.domain.document.DocumentOffice;
import org.incidentdesk.domain.roster.DutyKind;
import org.incidentdesk.domain.roster.DutyShift;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.domain.roster.Person;
import org.incidentdesk.domain.roster.Post;
import org.incidentdesk.domain.roster.StandardPosts;
import org.incidentdesk.domain.roster.UnitKind;
import org.incidentdesk.service.common.ActorSource;
import org.incidentdesk.service.plan.PlanService;
import org.incidentdesk.store.Stamp;
import org.incidentdesk.store.Store;
import org.incidentdesk.service.security.Unguarded;

/**
 * The fictional office a brand-new data directory starts with, so the first launch shows a working roster:
 * the command of an invented county (青溪县), its office and member units shaped like plan 1, and invented
 * people with reserved-looking numbers. No name here comes from the seed plans.
 */
public final class DemoOffice {
    static final String COUNTY = "青溪县";
    private static final String DEMO_NOTE = "演示数据";
    /** Named as in the county template, so the demo plan's bodies map onto the demo roster as they are. */
    static final String COMMAND_NAME = "县网络信息安全和舆情处置应急指挥部";
    public static final String PLAN_TEMPLATE = "county";
    public static final String PLAN_NAME = COUNTY + "网络信息安全和重大舆情处置预案";
    /** How the demo office signs its documents: a normalised short name of its command's office, with the county. */
    public static final String OFFICE_NAME = COUNTY + "网络舆情应急指挥部办公室";
    public static final String MASTHEAD = OFFICE_NAME + "文件";
    static final String NUMBER_PREFIX = "网舆办";

    private final Store store;
    private final Clock clock;
    private final ActorSource actors;
    private final ZoneId zone;

    public DemoOffice(Store store, Clock clock, ActorSource actors, ZoneId zone) {
        this.store = store;
        this.clock = clock;
        this.actors = actors;
        this.zone = zone;
    }

    private record UnitSeed(String name, String duties, String lead, String liaison) {
    }

    private static final List<UnitSeed> MEMBER_UNITS = List.of(
            new UnitSeed("县政府办", "组织县内电子政务方面的应急处置工作；协调、指导和监督各部门重要信息系统的处置和恢复。", "韩书远", "季小雨"),
            new UnitSeed("县工信局", "组织无线电监测、检测和干扰查处，定位恶意干扰信号。", "梁振川", "贺宁"),
            new UnitSeed("县应急局", "协调应急资源，配合开展现场处置。", "宋启航", "陶乐"),
            new UnitSeed("县公安局", "打击网络攻击破坏和恶意代码传播等违法犯罪活动；监控违法信息和重要舆情并开展线下处置。", "孟远征", "许晨阳"),
            new UnitSeed("县国安局", "搜集情报信息，监控危害国家安全的有害敏感信息并会同处置。", "戴守诚", "邹一帆"),
            new UnitSeed("县保密局", "监测发现和查处网络泄密事件，进行密级鉴定并负责泄密舆情的应急处置。", "石慕白", "尹晓棠"),
            new UnitSeed("县外宣联络中心", "负责对外信息发布和网上舆论引导。", "程望舒", "柯嘉禾"),
            new UnitSeed("县教体局", "组织中小学校网络信息安全和舆情处置的教育培训。", "潘立言", "庞念"),
            new UnitSeed("县发改委", "保障应急处置所需的项目和经费协调。", "薛定远", "雷思齐"),
            new UnitSeed("县文广旅局", "监测影响广播电视传输网络运行的事件并组织处置恢复。", "钟若谷", "范小满"),
            new UnitSeed("县融媒体中心", "监测网上有害、敏感视听节目，配合发布权威信息。", "鲁清和", "汤圆圆"),
            new UnitSeed("县网络舆情监测中心", "24小时监测网络舆情，收集、分析、研判网上舆情。", "蒋知秋", "姚星河"));

    /**
     * Seeds the demo office and its active plan into a database nothing was ever written to, in one
     * transaction: a failure half-way leaves the office empty, so the next start seeds it whole. An office
     * that has units, plans or any audited change (even one whose roster was later emptied) is left alone.
     */
    @Unguarded("the workstation seeds a new, empty office at its first start")
    public boolean seedIfNew(PlanService plans) {
        return store.inTransaction(s -> {
            if (s.roster().countUnits() > 0 || !s.plans().list().isEmpty() || !s.audit().recent(1).isEmpty()) {
                return false;
            }
            Stamp stamp = new Stamp(clock.instant(), actors.current());
            var roster = s.roster();
            long command = roster.insertUnit(new OrgUnit(null, null, UnitKind.COMMAND, COMMAND_NAME,
                    "统一指挥全县网络信息安全和重大舆情事件应急处置，协调调动资源，决定处置措施，指导信息发布。", 0, 0), stamp);
            long office = roster.insertUnit(new OrgUnit(null, command, UnitKind.OFFICE, "县指挥部办公室",
                    "设在县网络舆情监测中心。联系各成员单位，汇总上报进展，研判形势并提出处置建议，落实指挥部部署。", 1, 0), stamp);

            int phone = 1000;
            List<Long> unitIds = new ArrayList<>();
            int order = 10;
            for (UnitSeed seed : MEMBER_UNITS) {
                long unit = roster.insertUnit(new OrgUnit(null, command, UnitKind.MEMBER_UNIT, seed.name(),
                        seed.duties(), order++, 0), stamp);
                unitIds.add(unit);
                roster.insertPerson(person(seed.lead(), unit, phone++, List.of(new Post(unit, StandardPosts.UNIT_LEAD),
                        new Post(command, "成员"))), stamp);
                roster.insertPerson(person(seed.liaison(), unit, phone++,
                        List.of(new Post(unit, StandardPosts.LIAISON))), stamp);
            }
            long monitoring = unitIds.get(unitIds.size() - 1);
            long propaganda = roster.insertUnit(new OrgUnit(null, command, UnitKind.MEMBER_UNIT, "县委宣传部",
                    "牵头全县舆情处置工作，统一对外发布口径。", 2, 0), stamp);
            long government = unitIds.get(0);
            roster.insertPerson(person("顾远山", propaganda, phone++, List.of(new Post(command, "总指挥"))), stamp);
            roster.insertPerson(person("何清岚", government, phone++, List.of(new Post(command, "指挥长"))), stamp);
            long deputy = roster.insertPerson(person("白景行", propaganda, phone++,
                    List.of(new Post(command, "专职副指挥长"))), stamp);
            long director = roster.insertPerson(person("沈一苇", monitoring, phone++,
                    List.of(new Post(office, "办公室主任"))), stamp);
            long spokes = roster.insertPerson(person("纪舒言", propaganda, phone++,
                    List.of(new Post(propaganda, "新闻发言人"))), stamp);

            long press = roster.insertUnit(new OrgUnit(null, command, UnitKind.WORKING_GROUP, "新闻发布组",
                    "确定新闻发言人，统一对外信息发布口径。", 40, 0), stamp);
            long guidance = roster.insertUnit(new OrgUnit(null, command, UnitKind.WORKING_GROUP, "舆情导控组",
                    "监测舆情动态，组织网上正面引导。", 41, 0), stamp);
            roster.insertPerson(person("夏之鸣", monitoring, phone++, List.of(new Post(press, "组长"),
                    new Post(guidance, "成员"))), stamp);

            LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
            Instant dayStart = today.atTime(8, 30).atZone(zone).toInstant();
            roster.insertShift(new DutyShift(null, office, director, dayStart, dayStart.plus(Duration.ofHours(24)),
                    DutyKind.REGULAR, "日常值班", 0), stamp);
            roster.insertShift(new DutyShift(null, propaganda, deputy, dayStart.minus(Duration.ofHours(24)), dayStart,
                    DutyKind.REGULAR, "日常值班", 0), stamp);
            roster.insertShift(new DutyShift(null, propaganda, spokes, dayStart.plus(Duration.ofHours(24)),
                    dayStart.plus(Duration.ofHours(48)), DutyKind.REGULAR, "日常值班", 0), stamp);
            s.documents().saveOffice(new DocumentOffice(OFFICE_NAME, MASTHEAD, NUMBER_PREFIX, 0), stamp);
            s.audit().append(stamp, "seed", "roster", null, FieldChange.set("demoOffice", COUNTY));
            plans.createFromTemplate(s, PLAN_TEMPLATE, PLAN_NAME);
            return true;
        });
    }

    private static Person person(String name, long unit, int serial, List<Post> posts) {
        return new Person(null, name, unit, "0000-6" + serial + "888", "1380000" + serial,
                "demo" + serial + "@qingxi.example", null, DEMO_NOTE, posts, 0);
    }
}
