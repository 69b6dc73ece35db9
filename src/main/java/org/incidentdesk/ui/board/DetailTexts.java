package org.incidentdesk.ui.board;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.incident.Evidence;
import org.incidentdesk.domain.incident.EvidenceKind;
import org.incidentdesk.domain.incident.MetricPoint;
import org.incidentdesk.domain.incident.HandlingTask;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentFacts;
import org.incidentdesk.domain.incident.Statement;
import org.incidentdesk.domain.incident.StatementReview;
import org.incidentdesk.domain.incident.TimelineEntry;
import org.incidentdesk.domain.incident.TimelineRenderer;
import org.incidentdesk.service.incident.EvidenceService;

/**
 * How the incident detail words its items (a task line, a timeline line, the facts as label and value), in the
 * window's language and the office's zone; plain Java, so tests read it without the toolkit.
 */
public final class DetailTexts {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** One line of the facts: the field's name and what was reported. */
    public record FactLine(String label, String value) {
    }

    private final Messages messages;
    private final ZoneId zone;
    private final TimelineRenderer timeline;

    public DetailTexts(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
        this.timeline = new TimelineRenderer(messages, zone);
    }

    public String heading(Incident i) {
        return i.number() + "  " + i.title();
    }

    public String level(Incident i) {
        return i.level() == null ? messages.get("board.levelNone") : i.level().label();
    }

    public String task(HandlingTask t) {
        return t.unitName() + "：" + t.description()
                + (t.dueAt() == null ? "" : "  " + messages.get("board.task.due", t.dueAt().atZone(zone).format(TIME)))
                + "  [" + messages.name(t.status()) + "]" + (t.result() == null ? "" : "  " + t.result());
    }

    public String timeline(TimelineEntry t) {
        return t.at().atZone(zone).format(TIME) + "  " + timeline.kindName(t) + "  " + t.actor() + "  "
                + timeline.render(t);
    }

    /** One version in the list: its revision, state, who last changed it, and its text on one line. */
    public String statement(Statement st) {
        return messages.get("board.statement.line", st.revision(), messages.name(st.status()), st.updatedBy()) + "  "
                + st.text().replace('\n', ' ');
    }

    /** A leader's decision on a version: which version, who, when, and the comment where there is one. */
    public String statementReview(Statement st, StatementReview review) {
        String line = messages.get("board.statement.revision", st.revision()) + "  " + messages.get("board.statement.review." + review.decision().name(), review.decidedBy(),
                review.decidedAt().atZone(zone).format(TIME));
        return review.comment() == null ? line : line + "：" + review.comment();
    }

    public String evidence(Evidence e) {
        return e.capturedAt().atZone(zone).format(TIME) + "  " + e.capturedBy() + "  "
                + (e.kind() == EvidenceKind.FILE ? e.originalName() + "  SHA-256 " + e.sha256() : e.url())
                + (e.note() == null || e.note().isBlank() ? "" : "  " + e.note());
    }

    /** When a metrics point was measured, as a clock time in the office's zone ("12-07 08:30"). */
    public String metricTime(MetricPoint point) {
        return point.at().atZoneSameInstant(zone).format(TIME);
    }

    /** A figure as reported, with thousands separated; blank when the platform did not report it. */
    public static String figure(Long value) {
        return value == null ? "" : String.format(java.util.Locale.ROOT, "%,d", value);
    }

    /** The headline of a check of the incident's evidence files: all intact, none to check, or how many not. */
    public String evidenceCheckHeadline(EvidenceService.CheckResult result) {
        if (result.files() == 0) {
            return messages.get("board.evidence.noFiles");
        }
        return result.problems().isEmpty() ? messages.get("board.evidence.allIntact", result.files())
                : messages.get("board.evidence.problems", result.files(), result.problems().size());
    }

    /** One file a check found changed or missing: its name, both hashes. */
    public String evidenceProblem(EvidenceService.Problem p) {
        return messages.get(
                p.kind() == EvidenceService.Problem.Kind.MISSING ? "board.evidence.missing" : "board.evidence.changed",
                p.evidence().originalName(), p.evidence().sha256(), p.actualSha256());
    }

    public List<FactLine> facts(Incident i) {
        IncidentFacts f = i.facts();
        String unknown = messages.get("incident.cli.unknownTime");
        String secrecy = messages.name(i.secrecy().level())
                + (i.secrecy().term() == null ? "" : "★" + i.secrecy().term());
        return List.of(
                line("incident.secrecy", secrecy),
                line("incident.discoveredAt", reported(i.discoveredAt())),
                line("incident.happenedAt", i.happenedAt() == null ? unknown : reported(i.happenedAt())),
                line("incident.when", f.sevenWs().when()), line("incident.where", f.sevenWs().where()),
                line("incident.who", f.sevenWs().who()), line("incident.what", f.sevenWs().what()),
                line("incident.why", f.sevenWs().why()), line("incident.how", f.sevenWs().how()),
                line("incident.result", f.sevenWs().result()), line("incident.source", f.source()),
                line("incident.firstPublishedAt", f.firstPublishedAt() == null ? "" : reported(f.firstPublishedAt())),
                line("incident.firstMedium", f.firstMedium()), line("incident.firstPlatform", f.firstPlatform()),
                line("incident.firstAccount", f.firstAccount()), line("incident.links", String.join("\n", f.links())),
                line("incident.spread", f.spread()), line("incident.trueSituation", f.trueSituation()),
                line("incident.background", f.background()));
    }

    private FactLine line(String field, String value) {
        return new FactLine(messages.get("field." + field), value == null ? "" : value);
    }

    /** A reported time as typed, with its offset when it is not the office's ("2026-03-01 22:00 (+09:00)"). */
    public String reported(OffsetDateTime time) {
        String shown = time.format(DAY_TIME);
        return time.getOffset().equals(zone.getRules().getOffset(time.toInstant())) ? shown
                : shown + " (" + time.getOffset() + ")";
    }
}
