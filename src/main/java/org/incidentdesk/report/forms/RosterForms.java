package org.incidentdesk.report.forms;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.incidentdesk.domain.roster.DutyKind;
import org.incidentdesk.domain.roster.DutyShift;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.domain.roster.Person;
import org.incidentdesk.domain.roster.Post;
import org.incidentdesk.domain.roster.Roster;
import org.incidentdesk.report.Block;
import org.incidentdesk.report.ChineseNumbers;
import org.incidentdesk.report.DocumentFormat;
import org.incidentdesk.report.OfficialDocument;
import org.incidentdesk.report.Span;

/** The 通讯录 and the 值班表 as tables across pages, filled from the roster. */
public final class RosterForms {
    static final List<String> ROSTER_COLUMNS = List.of("单位", "职务", "姓名", "办公电话", "手机", "传真/电子邮箱");
    static final List<String> DUTY_COLUMNS = List.of("日期", "时段", "单位", "值班人员", "类别", "联系电话", "备注");

    private RosterForms() {
    }

    /**
     * Every unit in the command structure's order, each with the people who hold a post in it (a person with posts in
     * several units appears under each) and then its other members.
     */
    public static OfficialDocument roster(IssueDetails issue, String office, Roster roster, LocalDate asOf) {
        List<List<String>> rows = new ArrayList<>();
        for (OrgUnit unit : ordered(roster)) {
            List<Person> listed = new ArrayList<>();
            for (Person person : roster.people()) {
                for (Post post : person.posts()) {
                    if (post.unitId() == unit.id()) {
                        rows.add(row(unit, post.title(), person));
                        listed.add(person);
                    }
                }
            }
            for (Person person : roster.peopleOf(unit.id())) {
                if (!listed.contains(person)) {
                    rows.add(row(unit, "", person));
                }
            }
        }
        OfficialDocument.Builder doc = plain(issue, office + "应急通讯录");
        doc.add(new Block.Paragraph(List.of(Span.text("截至" + ChineseNumbers.date(asOf) + "，共" + roster.people().size()
                + "人。")), false));
        doc.add(new Block.Table(ROSTER_COLUMNS, List.of(3.8f, 2.0f, 1.5f, 2.4f, 2.3f, 3.6f), rows));
        return doc.build();
    }

    private static List<String> row(OrgUnit unit, String post, Person person) {
        String faxOrMail = join(person.fax(), person.email());
        return List.of(unit.name(), post, person.name(), nz(person.officePhone()), nz(person.mobile()), faxOrMail);
    }

    /** The shifts that overlap [from, to] (whole days in {@code zone}), by start. */
    public static OfficialDocument duty(IssueDetails issue, String office, Roster roster, LocalDate from, LocalDate to,
                                        ZoneId zone) {
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        Map<Long, OrgUnit> units = roster.unitsById();
        Map<Long, Person> people = roster.people().stream().collect(Collectors.toMap(Person::id, p -> p));
        List<List<String>> rows = new ArrayList<>();
        roster.shifts().stream().filter(s -> s.startsAt().isBefore(end) && s.endsAt().isAfter(start))
                .sorted(Comparator.comparing(DutyShift::startsAt)).forEach(shift -> {
                    Person person = people.get(shift.personId());
                    OrgUnit unit = units.get(shift.unitId());
                    ZonedDateTime s = shift.startsAt().atZone(zone);
                    ZonedDateTime e = shift.endsAt().atZone(zone);
                    rows.add(List.of(s.getMonthValue() + "月" + s.getDayOfMonth() + "日",
                            hhmm(s) + "—" + (e.toLocalDate().equals(s.toLocalDate()) ? "" : "次日") + hhmm(e),
                            unit == null ? "" : unit.name(), person == null ? "" : person.name(),
                            shift.kind() == DutyKind.RESPONSE_24H ? "24小时应急值守" : "日常值班",
                            person == null ? "" : join(person.mobile(), person.officePhone()), nz(shift.note())));
                });
        OfficialDocument.Builder doc = plain(issue, office + "值班表");
        doc.add(new Block.Paragraph(List.of(Span.text("值班时间：" + ChineseNumbers.date(from) + "至"
                + ChineseNumbers.date(to) + "。")), false));
        if (rows.isEmpty()) {
            rows.add(List.of("", "", "", "", "", "", ""));
        }
        doc.add(new Block.Table(DUTY_COLUMNS, List.of(1.6f, 2.2f, 3.0f, 1.6f, 2.2f, 2.4f, 2.0f), rows));
        return doc.build();
    }

    private static OfficialDocument.Builder plain(IssueDetails issue, String title) {
        return OfficialDocument.builder(DocumentFormat.PLAIN)
                .copyNumber(issue.copyNumber())
                .secrecy(issue.secrecy(), issue.secrecyPeriod())
                .urgency(issue.urgency())
                .title(title);
    }

    private static List<OrgUnit> ordered(Roster roster) {
        List<OrgUnit> result = new ArrayList<>();
        Map<Long, List<OrgUnit>> children = roster.units().stream().filter(u -> u.parentId() != null)
                .collect(Collectors.groupingBy(OrgUnit::parentId));
        roster.units().stream().filter(u -> u.parentId() == null || roster.unit(u.parentId()).isEmpty())
                .sorted(Comparator.comparingInt(OrgUnit::sortOrder)).forEach(root -> walk(root, children, result));
        return result;
    }

    private static void walk(OrgUnit unit, Map<Long, List<OrgUnit>> children, List<OrgUnit> out) {
        if (out.contains(unit)) {
            return; // a loop saved before loops were refused
        }
        out.add(unit);
        children.getOrDefault(unit.id(), List.of()).stream().sorted(Comparator.comparingInt(OrgUnit::sortOrder))
                .forEach(child -> walk(child, children, out));
    }

    private static String hhmm(ZonedDateTime t) {
        return String.format("%d:%02d", t.getHour(), t.getMinute());
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return nz(b);
        }
        return b == null || b.isBlank() ? a : a + " / " + b;
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
