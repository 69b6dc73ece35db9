package org.incidentdesk.service.documents;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import org.incidentdesk.domain.common.FieldChange;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.domain.document.DocumentOffice;
import org.incidentdesk.domain.document.IssuedDocument;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.domain.roster.Person;
import org.incidentdesk.domain.roster.Roster;
import org.incidentdesk.domain.roster.UnitKind;
import org.incidentdesk.report.DocumentComposer;
import org.incidentdesk.report.FontChoice;
import org.incidentdesk.report.FontFallback;
import org.incidentdesk.report.OfficialDocument;
import org.incidentdesk.report.PdfPrinting;
import org.incidentdesk.report.RenderedPdf;
import org.incidentdesk.report.forms.FormBlanks;
import org.incidentdesk.report.forms.FormKind;
import org.incidentdesk.report.forms.IncidentForms;
import org.incidentdesk.report.forms.IncidentReportData;
import org.incidentdesk.report.forms.IssueDetails;
import org.incidentdesk.report.forms.ReviewForm;
import org.incidentdesk.report.forms.ReviewReportData;
import org.incidentdesk.report.forms.RosterForms;
import org.incidentdesk.report.forms.SampleForms;
import org.incidentdesk.report.forms.WarningNoticeData;
import org.incidentdesk.service.common.ActorSource;
import org.incidentdesk.service.roster.Liaisons;
import org.incidentdesk.service.roster.ResponseDuty;
import org.incidentdesk.service.common.EventBus;
import org.incidentdesk.service.incident.IncidentRecorder;
import org.incidentdesk.domain.escalation.DeadlineAction;
import java.util.Optional;
import org.incidentdesk.store.Stamp;
import org.incidentdesk.store.StoreSession;
import org.incidentdesk.store.Store;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.service.security.Access;
import org.incidentdesk.service.security.IncidentVisibility;
import org.incidentdesk.service.security.Unguarded;

/**
 * The official forms: composes each from its data, previews it with the number it would get, and exports or prints
 * it. Exporting and printing take the 文号 from the office's yearly series and record the document (form, number,
 * who, when, SHA-256 of the PDF) in the same transaction, so a failed export or print takes no number and leaves
 * no record. Thread-safe; never call it on the JavaFX thread (it reads fonts, the database, files and printers).
 * <p>The 文书 feature is {@code documents} in service and ui; {@code report} is the GB/T 9704 typesetting layer
 * beneath it (and the CLI command users type).
 */
public final class DocumentService {
    private static final String DEFAULT_PREFIX = "网舆办";
    private static final String OFFICE_HEAD = "办公室主任";
    /** On every page of a form filled with invented data: it is no document of the office. */
    static final String SPECIMEN_MARK = "示例（虚构数据，非正式公文）";

    private final Store store;
    private final Clock clock;
    private final ZoneId zone;
    private final ActorSource actors;
    private final DocumentComposer composer;
    private final IncidentFormData incidents;
    private final PlanFormData plans;
    private final IncidentActs acts;
    private final DispatchRecords dispatches;
    private final DocumentSecrecy secrecy;

    public DocumentService(Store store, Clock clock, ZoneId zone, ActorSource actors, DocumentComposer composer,
                         IncidentFormData incidents) {
        this(store, clock, zone, actors, composer, incidents, PlanFormData.none());
    }

    public DocumentService(Store store, Clock clock, ZoneId zone, ActorSource actors, DocumentComposer composer,
                         IncidentFormData incidents, PlanFormData plans) {
        this(store, clock, zone, actors, composer, incidents, plans, IncidentActs.none(), new EventBus());
    }

    /**
     * @param acts   meets the deadlines a document is the act of (the deadlines service)
     * @param events where the dispatch rows are announced after commit
     */
    public DocumentService(Store store, Clock clock, ZoneId zone, ActorSource actors, DocumentComposer composer,
                         IncidentFormData incidents, PlanFormData plans, IncidentActs acts, EventBus events) {
        this.acts = acts;
        this.dispatches = new DispatchRecords(new IncidentRecorder(clock, actors, events));
        this.plans = plans;
        this.store = store;
        this.clock = clock;
        this.zone = zone;
        this.actors = actors;
        this.composer = composer;
        this.incidents = incidents;
        this.secrecy = new DocumentSecrecy(actors, incidents);
    }

    public List<FormKind> forms() {
        return Arrays.asList(FormKind.values());
    }

    /** Which face serves each role and whether it is a substitute. Parses font folders on first use. */
    public List<FontChoice> fonts() {
        return composer.fonts().mapping();
    }

    /** The faces a character missing from its role's face is set in, ending with the rare-character face. */
    public List<FontFallback> fontFallbacks() {
        return composer.fonts().fallbacks();
    }

    /** Parses the faces ahead of the first document, so the first preview comes quickly. */
    @Unguarded("parses fonts ahead of the first preview; changes no data")
    public void warmUp() {
        composer.compose(OfficialDocument.builder(org.incidentdesk.report.DocumentFormat.PLAIN).title("预热").build());
    }

    /** The stored settings, or ones derived from the roster's command until the office saves its own. */
    public DocumentOffice office() {
        return store.inTransaction(s -> office(s));
    }

    public DocumentOffice saveOffice(DocumentOffice office) {
        Access.require(actors, Permission.SETTINGS);
        List<Violation> problems = office.problems();
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return store.inTransaction(s -> {
            Stamp stamp = stamp();
            s.documents().saveOffice(office, stamp);
            s.audit().append(stamp, "update", "document_office", 1, FieldChange.set("officeName", office.officeName()),
                    FieldChange.set("numberPrefix", office.numberPrefix()));
            return s.documents().office().orElseThrow();
        });
    }

    /** The document as it would be issued now, with the number the next document would take (none is taken). */
    public RenderedPdf preview(FormRequest request) {
        return store.inTransaction(s -> {
            DocumentOffice office = office(s);
            Subject subject = subject(request);
            String number = takesNumber(request, subject)
                    ? office.documentNumber(year(), s.documents().peekNumber(office.numberPrefix(), year())) : null;
            return composer.compose(document(s, subject.request(), office, number));
        });
    }

    /**
     * What to confirm before the number is taken: the blanks the document still leaves to fill in by hand and the
     * font roles set in a substitute face. Takes no number.
     */
    public IssueCheck check(FormRequest request) {
        List<String> blanks = store.inTransaction(s -> {
            Subject subject = subject(request);
            subject.refuseIfPending();
            return FormBlanks.of(document(s, subject.request(), office(s), null));
        });
        List<String> substitutes = fonts().stream().filter(FontChoice::substitute).map(c -> c.role().chineseName())
                .toList();
        return new IssueCheck(blanks, substitutes);
    }

    /** Takes the number, writes the PDF to {@code file} and records it, all or nothing. */
    public IssuedPdf export(FormRequest request, Path file) {
        Access.require(actors, Permission.DOCUMENT_ISSUE);
        PdfDelivery.checkFileName(file);
        return issue(request, IssuedDocument.Delivery.EXPORT, file.toAbsolutePath().toString(),
                pdf -> PdfDelivery.write(pdf, file));
    }

    /** Takes the number, prints on {@code printer} (A4, no scaling, both sides when offered) and records it. */
    public IssuedPdf print(FormRequest request, String printer, int copies, boolean duplex) {
        Access.require(actors, Permission.DOCUMENT_PRINT);
        return issue(request, IssuedDocument.Delivery.PRINT, printer,
                pdf -> PdfDelivery.print(pdf, printer, request.form().id(), copies, duplex));
    }

    public List<PdfPrinting.Printer> printers() {
        return PdfPrinting.printers();
    }

    /** The newest documents issued, those the account's clearance permits. */
    public List<IssuedDocument> recentlyIssued(int limit) {
        return store.inTransaction(s -> s.documents().issued(null, null, limit, secrecy.clearance(),
                IncidentVisibility.scope(actors)));
    }

    private IssuedPdf issue(FormRequest request, IssuedDocument.Delivery delivery, String target,
                            java.util.function.Consumer<RenderedPdf> deliver) {
        return store.inTransaction(s -> {
            DocumentOffice office = office(s);
            Subject subject = subject(request);
            subject.refuseIfPending();
            String number = takesNumber(request, subject)
                    ? office.documentNumber(year(), s.documents().takeNumber(office.numberPrefix(), year())) : null;
            OfficialDocument document = document(s, subject.request(), office, number);
            RenderedPdf pdf = composer.compose(document);
            deliver.accept(pdf);
            Stamp stamp = stamp();
            IssuedDocument record = new IssuedDocument(null, request.form().id(), document.title(), number,
                    subject.incidentIds().isEmpty() ? request.incidentId() : subject.incidentIds().get(0), delivery,
                    target, pdf.pages(), pdf.sha256(), subject.request().secrecy().name(), request.urgency().name(), stamp.at(),
                    stamp.actor().name());
            long id = s.documents().record(record, stamp);
            s.documents().keepPdf(id, pdf.bytes());
            s.audit().append(stamp, delivery == IssuedDocument.Delivery.EXPORT ? "export" : "print", "document", id,
                    DocumentReprints.delivered(request.form().id(), number, target, pdf.sha256()));
            IssuedDocument issued = new IssuedDocument(id, record.form(), record.title(), number, record.incidentId(),
                    delivery, target, record.pages(), record.sha256(), record.secrecy(), record.urgency(), stamp.at(),
                    stamp.actor().name());
            dispatched(s, request.form(), subject, document, issued, stamp);
            return new IssuedPdf(pdf, issued);
        });
    }

    /** A sample never takes a number of the office's series; a notice waits for its warning's approval. */
    private static boolean takesNumber(FormRequest request, Subject subject) {
        return request.form().numbered() && !request.sample() && subject.pendingWarning() == null;
    }

    /**
     * A numbered document issued from incidents is an act on each: a dispatch row on its timeline, and the
     * deadlines whose act the form is are met, in the issuing transaction. A register or a sample is no act.
     */
    private void dispatched(StoreSession s, FormKind form, Subject subject, OfficialDocument document,
                            IssuedDocument issued, Stamp stamp) {
        if (issued.number() == null) {
            return;
        }
        for (long incidentId : subject.incidentIds()) {
            dispatches.record(s, incidentId, form, document, issued, stamp);
            DeadlineAction.ofForm(form.planForm()).ifPresent(act -> acts.actDone(incidentId, act, stamp.at(), stamp.actor().name()));
        }
    }

    /**
     * What a request is filled from: the request itself (a warning notice names its warning), the incidents the
     * document is an act on, and the number of a warning that still awaits approval (its notice takes no 文号).
     */
    private record Subject(FormRequest request, List<Long> incidentIds, String pendingWarning) {
        void refuseIfPending() {
            if (pendingWarning != null) {
                throw new ValidationException(List.of(Violation.of("warning", "validation.report.warningPending",
                        pendingWarning)));
            }
        }
    }

    /** The request's subject, marked at least as its incidents are; refused above the account's clearance. */
    private Subject subject(FormRequest request) {
        Subject subject = unmarked(request);
        FormRequest marked = secrecy.marked(subject.request(), subject.incidentIds());
        secrecy.requireCleared(org.incidentdesk.domain.security.Secrecy.valueOf(marked.secrecy().name()),
                marked.form().id());
        return new Subject(marked, subject.incidentIds(), subject.pendingWarning());
    }

    private Subject unmarked(FormRequest request) {
        if (request.sample() || !request.form().fromIncident()) {
            return new Subject(request, List.of(), null);
        }
        if (isWarningNotice(request.form())) {
            long warningId = request.warningId() != null ? request.warningId()
                    : incidents.newestWarning(incident(request)).orElseThrow(() -> noData(request, "noIncident"));
            WarningStanding standing = incidents.warningStanding(warningId).orElseThrow(() -> noWarning(warningId));
            return new Subject(request.forWarning(warningId), standing.incidentIds(),
                    standing.awaitingApproval() ? standing.number() : null);
        }
        return new Subject(request, List.of(incident(request)), null);
    }

    private static boolean isWarningNotice(FormKind form) {
        return form == FormKind.WARNING_ISSUE || form == FormKind.WARNING_ADJUST || form == FormKind.WARNING_LIFT;
    }

    private OfficialDocument document(StoreSession s, FormRequest request, DocumentOffice office, String number) {
        OfficialDocument document = filled(s, request, office, number);
        return request.sample() && request.form().fromIncident() ? document.markedAsSpecimen(SPECIMEN_MARK) : document;
    }

    private OfficialDocument filled(StoreSession s, FormRequest request, DocumentOffice office, String number) {
        Roster roster = s.roster().load();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        IssueDetails issue = new IssueDetails(office.officeName(), office.masthead(), number, request.copyNumber(),
                request.secrecy(), request.secrecyPeriod(), request.urgency(), today, List.of("各成员单位"), List.of(),
                office.officeName(), List.of());
        FormKind form = request.form();
        return switch (form) {
            case ROSTER -> RosterForms.roster(issue, office.officeName(), roster, today);
            case DUTY -> {
                LocalDate from = request.dutyFrom() != null ? request.dutyFrom()
                        : today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                LocalDate to = request.dutyTo() != null ? request.dutyTo() : from.plusDays(6);
                yield RosterForms.duty(issue, office.officeName(), roster, from, to, zone);
            }
            case WARNING_ISSUE -> IncidentForms.warningNotice(issue, warning(request, WarningNoticeData.Action.ISSUE));
            case WARNING_ADJUST -> IncidentForms.warningNotice(issue, warning(request, WarningNoticeData.Action.ADJUST));
            case WARNING_LIFT -> IncidentForms.warningNotice(issue, warning(request, WarningNoticeData.Action.LIFT));
            case FIRST_REPORT -> IncidentForms.incidentReport(upward(issue, roster),
                    report(request, IncidentReportData.Stage.FIRST, office, roster));
            case FOLLOW_UP_REPORT -> IncidentForms.incidentReport(upward(issue, roster),
                    report(request, IncidentReportData.Stage.FOLLOW_UP, office, roster));
            case FINAL_REPORT -> IncidentForms.incidentReport(upward(issue, roster),
                    report(request, IncidentReportData.Stage.FINAL, office, roster));
            case BULLETIN -> IncidentForms.bulletin(issue, request.sample() ? SampleForms.bulletin(request.sequence())
                    : incidents.bulletin(incident(request), request.sequence()).orElseThrow(() -> noData(request, "noIncident")));
            case PLAN -> PlanDocumentForm.of(issue, plans.plan(request.planId()).orElseThrow(() -> noPlan(request)));
            case REVIEW_REPORT -> ReviewForm.of(upward(issue, roster), review(request));
            case STATEMENT -> IncidentForms.statement(issue, request.sample() ? SampleForms.statement()
                    : incidents.statement(incident(request)).orElseThrow(() -> noData(request, "noApprovedStatement")));
        };
    }

    /** Reports go up to the command, signed by the head of its office (签发人). */
    private static IssueDetails upward(IssueDetails issue, Roster roster) {
        String command = roster.units().stream().filter(u -> u.kind() == UnitKind.COMMAND).map(OrgUnit::name)
                .findFirst().orElse(null);
        List<String> signers = roster.units().stream().filter(u -> u.kind() == UnitKind.OFFICE)
                .flatMap(u -> roster.holders(u.id(), OFFICE_HEAD).stream()).map(Person::name).limit(2).toList();
        return new IssueDetails(issue.issuer(), issue.masthead(), issue.number(), issue.copyNumber(), issue.secrecy(),
                issue.secrecyPeriod(), issue.urgency(), issue.date(), command == null ? List.of() : List.of(command),
                issue.copiesTo(), issue.printedBy(), signers);
    }

    /** The review's data; its accountability records only when the request asks for them. */
    private ReviewReportData review(FormRequest request) {
        ReviewReportData data = request.sample() ? SampleForms.review()
                : incidents.review(incident(request)).orElseThrow(() -> noData(request, "noIncident"));
        return request.accountability() ? data : data.withoutAccountability();
    }

    private WarningNoticeData warning(FormRequest request, WarningNoticeData.Action action) {
        if (request.sample()) {
            return SampleForms.warning(action);
        }
        long warningId = request.warningId();
        return incidents.warningNotice(warningId, action).orElseThrow(() -> noWarning(warningId));
    }

    private static ValidationException noWarning(long warningId) {
        return new ValidationException(List.of(Violation.of("warning", "validation.report.noWarning", warningId)));
    }

    private IncidentReportData report(FormRequest request, IncidentReportData.Stage stage, DocumentOffice office,
                                      Roster roster) {
        if (request.sample()) {
            return SampleForms.report(stage, request.sequence());
        }
        IncidentReportData data = incidents.report(incident(request), stage, request.sequence())
                .orElseThrow(() -> noData(request, "noIncident"));
        Optional<ResponseDuty.OnCall> contact = officeContact(roster);
        return data.sentBy(office.officeName(), contact.map(ResponseDuty.OnCall::person).orElse(null),
                contact.map(DocumentService::phone).orElse(null));
    }

    /** Whom the command calls back about a report: the office's liaison (联络员), else the head of the office. */
    private static Optional<ResponseDuty.OnCall> officeContact(Roster roster) {
        Optional<OrgUnit> office = roster.units().stream().filter(u -> u.kind() == UnitKind.OFFICE).findFirst();
        return office.flatMap(unit -> Liaisons.onCall(roster, unit).stream().findFirst()
                .or(() -> roster.holders(unit.id(), OFFICE_HEAD).stream().findFirst()
                        .map(head -> Liaisons.onCall(unit, head))));
    }

    /** The office phone first (a report is answered at the desk), else the mobile; null when there is neither. */
    private static String phone(ResponseDuty.OnCall contact) {
        String number = !contact.officePhone().isEmpty() ? contact.officePhone() : contact.mobile();
        return number.isEmpty() ? null : number;
    }

    private static long incident(FormRequest request) {
        if (request.incidentId() == null) {
            throw new ValidationException(List.of(Violation.of("incident", "validation.report.incidentRequired",
                    request.form().id())));
        }
        return request.incidentId();
    }

    private static ValidationException noData(FormRequest request, String reason) {
        return new ValidationException(List.of(Violation.of("incident", "validation.report." + reason,
                request.incidentId(), request.form().id())));
    }

    private static ValidationException noPlan(FormRequest request) {
        return new ValidationException(List.of(Violation.of("plan", "validation.report.noActivePlan", request.form().id())));
    }

    private DocumentOffice office(StoreSession s) {
        return s.documents().office().orElseGet(() -> {
            String command = s.roster().units().stream().filter(u -> u.kind() == UnitKind.COMMAND).map(OrgUnit::name)
                    .findFirst().orElse("本单位");
            return DocumentOffice.named(command + "办公室", DEFAULT_PREFIX);
        });
    }

    private int year() {
        return LocalDate.now(clock.withZone(zone)).getYear();
    }

    private Stamp stamp() {
        return new Stamp(clock.instant(), actors.current());
    }
}
