package org.incidentdesk.service.plan;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.incidentdesk.domain.common.FieldChange;
import org.incidentdesk.domain.event.PlanActivated;
import org.incidentdesk.domain.event.PlanCreated;
import org.incidentdesk.domain.event.PlanVersionSaved;
import org.incidentdesk.domain.common.StaleDataException;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.common.Violation;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.InvalidPlanException;
import org.incidentdesk.domain.plan.MappingCheck;
import org.incidentdesk.domain.plan.OfficePlan;
import org.incidentdesk.domain.plan.PlanProblem;
import org.incidentdesk.domain.plan.PlanRules;
import org.incidentdesk.domain.plan.StoredPlanVersion;
import org.incidentdesk.service.common.ActorSource;
import org.incidentdesk.service.common.EventBus;
import org.incidentdesk.service.plan.format.PlanDocument;
import org.incidentdesk.service.plan.format.PlanReader;
import org.incidentdesk.service.plan.format.PlanWriter;
import org.incidentdesk.store.Stamp;
import org.incidentdesk.store.Store;
import org.incidentdesk.store.StoreSession;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.service.security.Access;
import org.incidentdesk.service.security.Unguarded;

/**
 * Use cases of contingency plans: the six built-in templates, the office's own plans and their immutable
 * versions, which one is active, import and export. Each change is one transaction, stamped, written to the
 * audit log and announced with a {@link org.incidentdesk.domain.event.PlanEvent} once committed; a refused change stores nothing. Thread-safe; never call
 * it on the JavaFX thread.
 */
public final class PlanService {
    static final int MAX_NAME = 200;
    /** The size of {@code plan_version.content}. */
    static final int MAX_CONTENT = 1_000_000;
    private static final Pattern OFFICE_PLAN_REF = Pattern.compile("\\d{1,18}");

    private final Store store;
    private final Clock clock;
    private final ActorSource actors;
    private final EventBus events;
    private final BuiltInPlans builtIns = new BuiltInPlans();
    private final ParsedPlans parsed = new ParsedPlans();

    public PlanService(Store store, Clock clock, ActorSource actors, EventBus events) {
        this.store = store;
        this.clock = clock;
        this.actors = actors;
        this.events = events;
    }

    // ---- templates

    /** The six built-in plans, county (plan 1) to primary (plan 6). */
    public List<ContingencyPlan> templates() {
        return builtIns.all();
    }

    public ContingencyPlan template(String templateId) {
        return builtIns.find(templateId).orElseThrow(() -> unknownTemplate(templateId));
    }

    // ---- office plans

    public List<OfficePlan> officePlans() {
        return store.inTransaction(s -> s.plans().list());
    }

    public OfficePlan officePlan(long planId) {
        return store.inTransaction(s -> find(s, planId));
    }

    /** The plan new incidents run under; empty until the office has a plan. */
    public Optional<OfficePlan> activePlan() {
        return store.inTransaction(s -> s.plans().active());
    }

    /** The current version of an office plan. */
    public PlanVersion current(long planId) {
        return store.inTransaction(s -> {
            OfficePlan plan = find(s, planId);
            return toVersion(s.plans().version(planId, plan.currentVersion()).orElseThrow());
        });
    }

    /** Version {@code number} of an office plan, exactly as it was saved. */
    public PlanVersion version(long planId, int number) {
        return store.inTransaction(s -> {
            find(s, planId);
            return s.plans().version(planId, number).map(this::toVersion).orElseThrow(() -> new ValidationException(
                    List.of(Violation.of("planVersion", "plan.unknownVersion", planId, number))));
        });
    }

    /** Every version of an office plan, oldest first. */
    public List<PlanVersion> versions(long planId) {
        return store.inTransaction(s -> {
            find(s, planId);
            return s.plans().versions(planId).stream().map(this::toVersion).toList();
        });
    }

    /**
     * The plan an id names: a template id ({@code college}) or an office plan's number ({@code 3}), whose
     * current version is returned.
     */
    public ContingencyPlan resolve(String planRef) {
        if (planRef != null && OFFICE_PLAN_REF.matcher(planRef).matches()) {
            return current(Long.parseLong(planRef)).plan();
        }
        if (planRef == null || !BuiltInPlans.isBuiltInId(planRef)) {
            throw new ValidationException(List.of(Violation.of("planId", "plan.unknownPlan", String.valueOf(planRef))));
        }
        return template(planRef);
    }

    /**
     * Creates an office plan as version 1 of a copy of the template, named {@code name} (the template's name
     * when blank). The office's first plan becomes the active one.
     */
    public OfficePlan createFromTemplate(String templateId, String name) {
        Access.require(actors, Permission.PLAN_EDIT);
        return insert(namedCopy(templateId, name), templateId, "create", "template " + templateId);
    }

    /**
     * As {@link #createFromTemplate(String, String)}, inside the caller's transaction, so the plan commits or
     * rolls back with the caller's other writes (the demo office seeds its roster and its plan as one); its
     * event is published when that transaction commits.
     */
    @Unguarded("seeds the demo office inside its own first transaction; the public overload is guarded")
    public OfficePlan createFromTemplate(StoreSession session, String templateId, String name) {
        ContingencyPlan plan = namedCopy(templateId, name);
        return insertIn(session, plan, storable(plan), templateId, "create", "template " + templateId);
    }

    private ContingencyPlan namedCopy(String templateId, String name) {
        ContingencyPlan template = template(templateId);
        String planName = name == null || name.isBlank() ? template.name() : name.strip();
        checkName(planName);
        return template.withName(planName);
    }

    /**
     * Reads, checks and stores a plan file as a new office plan (version 1). A file with any problem is
     * refused with all of them ({@link InvalidPlanException}) and nothing is stored.
     */
    public OfficePlan importPlan(Path file) {
        Access.require(actors, Permission.PLAN_IMPORT);
        ContingencyPlan plan = PlanReader.read(file);
        return importChecked(plan, String.valueOf(file.getFileName()));
    }

    /** As {@link #importPlan(Path)}, for a document already in memory (e.g. dropped on the window). */
    public OfficePlan importPlan(String fileName, String content) {
        Access.require(actors, Permission.PLAN_IMPORT);
        return importChecked(PlanReader.read(fileName, content), fileName);
    }

    private OfficePlan importChecked(ContingencyPlan read, String fileName) {
        ContingencyPlan plan = read.withName(read.name().strip());
        if (plan.name().length() > MAX_NAME) {
            throw new InvalidPlanException(List.of(PlanProblem.at("name", "plan.invalid.tooLong", MAX_NAME)
                    .located(fileName, 0)));
        }
        String templateId = BuiltInPlans.isBuiltInId(plan.id()) ? plan.id() : null;
        return insert(plan, templateId, "import", fileName);
    }

    private OfficePlan insert(ContingencyPlan read, String templateId, String action, String summary) {
        ContingencyPlan plan = read.withRevision(1);
        String content = storable(plan);
        OfficePlan created = store.inTransaction(s -> insertIn(s, plan, content, templateId, action, summary));
        return created;
    }

    private OfficePlan insertIn(StoreSession s, ContingencyPlan plan, String content, String templateId,
            String action, String summary) {
        Stamp stamp = stamp();
        long id = s.plans().insertPlan(plan.name(), templateId, stamp);
        s.plans().insertVersion(id, 1, PlanDocument.SCHEMA_VERSION, content, stamp);
        boolean firstPlan = s.plans().active().isEmpty();
        if (firstPlan) {
            s.plans().activate(id, stamp);
        }
        s.audit().append(stamp, action, "plan", id, FieldChange.set("name", plan.name()), FieldChange.set("source", summary));
        s.raise(new PlanCreated(events.origin(), id, firstPlan));
        return find(s, id);
    }

    /**
     * Saves {@code edited} as the next version of the plan; earlier versions stay exactly as they were.
     * {@code basedOnVersion} is the version the edit started from: if someone saved another version since,
     * the edit is refused ({@link StaleDataException}) rather than silently replacing theirs.
     */
    public PlanVersion saveNewVersion(long planId, int basedOnVersion, ContingencyPlan edited) {
        Access.require(actors, Permission.PLAN_EDIT);
        List<PlanProblem> problems = PlanRules.check(edited);
        if (!problems.isEmpty()) {
            throw new InvalidPlanException(problems);
        }
        ContingencyPlan plan = edited.withName(edited.name().strip()).withRevision(basedOnVersion + 1);
        checkName(plan.name());
        String content = storable(plan);
        PlanVersion saved = store.inTransaction(s -> {
            OfficePlan stored = find(s, planId);
            if (stored.currentVersion() != basedOnVersion) {
                throw new StaleDataException("plan", planId);
            }
            Stamp stamp = stamp();
            int next = stored.currentVersion() + 1;
            s.plans().insertVersion(planId, next, PlanDocument.SCHEMA_VERSION, content, stamp);
            s.plans().advance(stored, plan.name(), next, stamp);
            s.audit().append(stamp, "version", "plan", planId,
                    new FieldChange("version", String.valueOf(stored.currentVersion()), String.valueOf(next)),
                    new FieldChange("name", stored.name(), plan.name()));
            s.raise(new PlanVersionSaved(events.origin(), planId, next));
            return toVersion(s.plans().version(planId, next).orElseThrow());
        });
        return saved;
    }

    /**
     * What activating the plan would mean, for the office to confirm first: which plan it replaces and which of
     * its bodies and roles the roster lacks (so which deadlines and warnings would reach nobody). Reads only.
     */
    public ActivationCheck activationCheck(long planId) {
        return store.inTransaction(s -> {
            OfficePlan plan = find(s, planId);
            ContingencyPlan content = toVersion(s.plans().version(planId, plan.currentVersion()).orElseThrow()).plan();
            Optional<OfficePlan> replaces = s.plans().active().filter(active -> active.id() != planId);
            return new ActivationCheck(plan, content, replaces, MappingCheck.of(content, s.roster().load()));
        });
    }

    /** Makes the plan the one active plan; the previously active plan stops being active. */
    public OfficePlan activate(long planId) {
        Access.require(actors, Permission.PLAN_ACTIVATE);
        OfficePlan activated = store.inTransaction(s -> {
            OfficePlan plan = find(s, planId);
            Stamp stamp = stamp();
            s.plans().activate(planId, stamp);
            s.audit().append(stamp, "activate", "plan", planId, FieldChange.set("active", plan.name()));
            s.raise(new PlanActivated(events.origin(), planId));
            return find(s, planId);
        });
        return activated;
    }

    /** What the office changed in its current version compared with the template it was made from. */
    public List<PlanChange> diffAgainstTemplate(long planId) {
        OfficePlan plan = officePlan(planId);
        if (plan.templateId() == null) {
            throw new ValidationException(List.of(Violation.of("planTemplate", "plan.noTemplate", plan.name())));
        }
        return PlanDiff.between(template(plan.templateId()), current(planId).plan());
    }

    /**
     * Writes the plan an id names (see {@link #resolve}) to {@code file}: JSON for {@code .json}, YAML
     * otherwise. The file is replaced whole or not at all.
     */
    public void export(String planRef, Path file) {
        Access.require(actors, Permission.PLAN_EXPORT);
        PlanWriter.writeFile(resolve(planRef), file);
    }

    /** The plan as the document stored in a version row; refused when it would not fit the column. */
    private static String storable(ContingencyPlan plan) {
        String content = PlanWriter.toYaml(plan);
        if (content.length() > MAX_CONTENT) {
            throw new InvalidPlanException(List.of(PlanProblem.at("", "plan.invalid.tooLarge",
                    String.valueOf(content.length()), String.valueOf(MAX_CONTENT))));
        }
        return content;
    }

    private static void checkName(String name) {
        if (name.isEmpty()) {
            throw new ValidationException(List.of(Violation.of("planName", "validation.required")));
        }
        if (name.length() > MAX_NAME) {
            throw new ValidationException(List.of(Violation.of("planName", "validation.tooLong", MAX_NAME)));
        }
    }

    private static OfficePlan find(StoreSession s, long planId) {
        return s.plans().find(planId).orElseThrow(() -> new ValidationException(
                List.of(Violation.of("planId", "plan.unknownPlan", String.valueOf(planId)))));
    }

    private static ValidationException unknownTemplate(String templateId) {
        return new ValidationException(List.of(Violation.of("planTemplate", "plan.unknownTemplate",
                String.valueOf(templateId), String.join(", ", BuiltInPlans.IDS))));
    }

    private PlanVersion toVersion(StoredPlanVersion stored) {
        ContingencyPlan plan = parsed.read("plan-" + stored.planId() + "-v" + stored.number() + ".yaml",
                stored.content());
        return new PlanVersion(stored.planId(), stored.number(), plan, stored.createdAt(), stored.createdBy());
    }

    private Stamp stamp() {
        return new Stamp(clock.instant(), actors.current());
    }
}
