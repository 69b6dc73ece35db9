package org.incidentdesk.service.documents;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.incident.HandlingTask;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentFacts;
import org.incidentdesk.domain.incident.LevelMark;
import org.incidentdesk.domain.incident.SevenWs;
import org.incidentdesk.domain.incident.StatementReview;
import org.incidentdesk.domain.security.SecrecyMark;
import org.incidentdesk.report.ChineseNumbers;
import org.incidentdesk.report.forms.IncidentReportData;
import org.incidentdesk.report.forms.ReviewReportData;
import org.incidentdesk.report.forms.SituationBulletinData;
import org.incidentdesk.report.forms.StatementFormData;
import org.incidentdesk.report.forms.WarningNoticeData;
import org.incidentdesk.service.incident.IncidentDetail;
import org.incidentdesk.service.incident.IncidentService;
import org.incidentdesk.service.warning.WarningService;
import org.incidentdesk.domain.warning.Warning;
import org.incidentdesk.domain.warning.WarningStatus;

/**
 * Fills the 舆情信息报告 (首报, 续报, 终报) from the incident board: title, the seven Ws, when it happened and was
 * first published, where it came from, how far it spread, the true situation, the decided level and the tasks
 * taken on; and the 预警通知 from a stored warning (given, or the incident's newest). What the board does not know
 * stays null and prints as a blank to complete by hand; the review report from the incident's after-action review
 * ({@link ReviewFormData}). The 通报 is not filled from the board yet.
 */
public final class BoardFormData implements IncidentFormData {
    /** Levels of this rank or more severe (1 = 特别重大, 2 = 重大) are major events whose reports add R15's analysis. */
    private static final int MAJOR_RANK = 2;

    private final IncidentService incidents;
    private final Optional<WarningService> warnings;
    private final Optional<ReviewFormData> reviews;
    private final Clock clock;
    private final ZoneId zone;

    /** Without warnings: the warning notices have no data. */
    public BoardFormData(IncidentService incidents, Clock clock, ZoneId zone) {
        this(incidents, null, clock, zone);
    }

    public BoardFormData(IncidentService incidents, WarningService warnings, Clock clock, ZoneId zone) {
        this(incidents, warnings, null, clock, zone);
    }

    /** With {@code reviews}, the review report is filled from the incident's after-action review. */
    public BoardFormData(IncidentService incidents, WarningService warnings, ReviewFormData reviews, Clock clock,
                         ZoneId zone) {
        this.incidents = incidents;
        this.warnings = Optional.ofNullable(warnings);
        this.reviews = Optional.ofNullable(reviews);
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public Optional<IncidentReportData> report(long incidentId, IncidentReportData.Stage stage, int sequence) {
        return detail(incidentId).map(d -> report(d, stage, sequence));
    }

    @Override
    public Optional<SecrecyMark> secrecy(long incidentId) {
        return detail(incidentId).map(d -> d.incident().secrecy());
    }

    /** The agreed wording in force (approved or released), with the leader's approval of that version. */
    @Override
    public Optional<StatementFormData> statement(long incidentId) {
        return detail(incidentId).flatMap(d -> d.agreedStatement().flatMap(agreed -> d.reviewsOf(agreed.id()).stream()
                .filter(r -> r.decision() == StatementReview.Decision.APPROVED).reduce((a, b) -> b)
                .map(approval -> new StatementFormData(d.incident().title(), agreed.text(), agreed.revision(),
                        approval.decidedBy(), approval.decidedAt().atZone(zone).toLocalDateTime()))));
    }

    @Override
    public Optional<Long> newestWarning(long incidentId) {
        return warnings.flatMap(w -> w.ofIncident(incidentId).stream().findFirst()).map(Warning::id);
    }

    @Override
    public Optional<WarningStanding> warningStanding(long warningId) {
        return warnings.flatMap(w -> w.find(warningId)).map(found -> new WarningStanding(found.id(), found.number(),
                found.status() == WarningStatus.PENDING_APPROVAL, found.incidentIds()));
    }

    @Override
    public Optional<WarningNoticeData> warningNotice(long warningId, WarningNoticeData.Action action) {
        return warnings.flatMap(w -> w.find(warningId).map(found -> w.noticeData(found.id(), action)));
    }

    @Override
    public Optional<SituationBulletinData> bulletin(long incidentId, int issue) {
        return Optional.empty();
    }

    @Override
    public Optional<ReviewReportData> review(long incidentId) {
        return reviews.map(r -> r.of(incidentId));
    }

    private Optional<IncidentDetail> detail(long incidentId) {
        try {
            return Optional.of(incidents.detail(incidentId));
        } catch (ValidationException unknown) {
            return Optional.empty();
        }
    }

    private IncidentReportData report(IncidentDetail detail, IncidentReportData.Stage stage, int sequence) {
        Incident incident = detail.incident();
        IncidentFacts facts = incident.facts();
        SevenWs ws = facts.sevenWs();
        String when = orNull(ws.when()) != null ? ws.when()
                : incident.happenedAt() == null ? null : ChineseNumbers.dateTime(local(incident.happenedAt()));
        var sevenWs = new org.incidentdesk.report.forms.SevenWs(when, orNull(ws.where()), orNull(ws.who()),
                orNull(ws.what()), orNull(ws.why()), orNull(ws.how()), orNull(ws.result()));
        LevelMark level = incident.level();
        boolean major = level != null && level.rank() <= MAJOR_RANK;
        return new IncidentReportData(stage, sequence, incident.title(), sevenWs, orNull(ws.what()),
                local(facts.firstPublishedAt()), joined(" ", facts.firstMedium(), facts.firstPlatform(), facts.firstAccount()),
                orNull(String.join(" ", facts.links())), orNull(facts.spread()), orNull(facts.trueSituation()),
                orNull(facts.background()), otherMaterial(incident, facts), major, null, null, null,
                measures(detail.tasks()), null, null, null, null, null, null, LocalDateTime.now(clock.withZone(zone)));
    }

    /** 接报来源, 发现时间 and 事件级别, the board's facts the form has no own line for. */
    private String otherMaterial(Incident incident, IncidentFacts facts) {
        return joined("；",
                facts.source().isEmpty() ? null : "信息来源：" + facts.source(),
                incident.discoveredAt() == null ? null : "发现时间：" + ChineseNumbers.dateTime(local(incident.discoveredAt())),
                incident.level() == null ? "事件级别：待研判" : "事件级别：" + incident.level().label());
    }

    private static String measures(List<HandlingTask> tasks) {
        return joined("；", tasks.stream()
                .map(t -> (t.unitName() == null ? "" : t.unitName() + "：") + t.description()).toArray(String[]::new));
    }

    private LocalDateTime local(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(zone).toLocalDateTime();
    }

    private static String joined(String separator, String... parts) {
        return orNull(Stream.of(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(separator)));
    }

    private static String orNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
