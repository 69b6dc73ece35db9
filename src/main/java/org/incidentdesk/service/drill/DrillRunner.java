package org.incidentdesk.service.drill;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.incidentdesk.domain.common.Messages;
import org.incidentdesk.domain.common.ValidationException;
import org.incidentdesk.domain.escalation.Deadline;
import org.incidentdesk.domain.escalation.DeadlineAction;
import org.incidentdesk.domain.incident.Assessment;
import org.incidentdesk.domain.incident.Incident;
import org.incidentdesk.domain.incident.IncidentFacts;
import org.incidentdesk.domain.incident.IncidentPhase;
import org.incidentdesk.domain.incident.Intake;
import org.incidentdesk.domain.incident.Lifecycle;
import org.incidentdesk.domain.incident.MetricPoint;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.EventFacts;
import org.incidentdesk.domain.plan.OfficePlan;
import org.incidentdesk.domain.plan.WarningLevel;
import org.incidentdesk.domain.warning.Warning;
import org.incidentdesk.domain.warning.WarningDraft;
import org.incidentdesk.domain.warning.WarningStatus;
import org.incidentdesk.service.common.SimulatedClock;
import org.incidentdesk.service.common.SimulatedScheduler;
import org.incidentdesk.domain.security.Permission;
import org.incidentdesk.service.common.ActorSource;
import org.incidentdesk.service.security.Access;

/**
 * Runs a drill (演练): a fresh office in a temporary data directory, on a simulated clock starting at the
 * scenario's start, with the scenario's plan template active; each step moves the clock to its time (alerts due on
 * the way fire, in order) and does its act through the real services. A step that cannot be done stops the run
 * with its number and why; the temporary directory is removed either way.
 */
public final class DrillRunner {
    private static final Map<String, DeadlineAction> REPORT_KINDS = Map.of("first", DeadlineAction.REPORT_FIRST,
            "follow-up", DeadlineAction.REPORT_FOLLOW_UP, "final", DeadlineAction.REPORT_FINAL,
            "summary", DeadlineAction.REPORT_SUMMARY);

    private final DrillOffice.Opener opener;
    private final Messages messages;
    private final ActorSource actors;

    /** {@code actors}: who runs the drill (the office or a leader); inside it the drill office acts on its own. */
    public DrillRunner(DrillOffice.Opener opener, Messages messages, ActorSource actors) {
        this.opener = opener;
        this.messages = messages;
        this.actors = actors;
    }

    public DrillReport run(DrillScenario scenario) {
        Access.require(actors, Permission.DRILL_RUN);
        Path dir;
        try {
            dir = Files.createTempDirectory("incidentdesk-drill");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ZoneId zone = scenario.start().getOffset();
        SimulatedScheduler scheduler = new SimulatedScheduler(new SimulatedClock(scenario.start().toInstant(), zone));
        try (DrillOffice office = opener.open(dir, scheduler, zone)) {
            return new Run(office, scenario).execute();
        } finally {
            deleteQuietly(dir);
        }
    }

    private final class Run {
        private final DrillOffice office;
        private final DrillScenario scenario;
        private final Map<String, Long> refs = new LinkedHashMap<>();
        private ContingencyPlan plan;

        Run(DrillOffice office, DrillScenario scenario) {
            this.office = office;
            this.scenario = scenario;
        }

        DrillReport execute() {
            try {
                OfficePlan created = office.plans().createFromTemplate(scenario.planId(), scenario.planId());
                office.plans().activate(created.id());
                plan = office.plans().current(created.id()).plan();
            } catch (ValidationException | IllegalArgumentException e) {
                throw new DrillException(0, messages.get("drill.error.plan", scenario.planId()));
            }
            for (DrillStep step : scenario.steps()) {
                office.scheduler().advanceTo(step.at());
                try {
                    perform(step);
                } catch (ValidationException e) {
                    String why = String.join("; ", e.violations().stream().map(messages::describe).toList());
                    throw new DrillException(step.number(), messages.get("drill.error.refused", step.verb(), why));
                }
            }
            return report();
        }

        private void perform(DrillStep step) {
            switch (step.verb()) {
                case "new-incident" -> newIncident(step);
                case "assess" -> assess(step);
                case "report" -> act(step, reportKind(step));
                case "respond" -> act(step, DeadlineAction.RESPOND);
                case "forward" -> act(step, DeadlineAction.FORWARD);
                case "answer" -> act(step, DeadlineAction.ANSWER);
                case "acknowledge" -> office.deadlines().acknowledge(incident(step));
                case "done" -> done(step);
                case "metrics" -> metrics(step);
                case "close" -> close(step);
                case "issue-warning" -> issueWarning(step);
                case "lift-warning" -> liftWarning(step);
                default -> throw new DrillException(step.number(), messages.get("drill.error.verb", step.verb(),
                        String.join(", ", DrillScenario.VERBS.stream().sorted().toList())));
            }
        }

        private void newIncident(DrillStep step) {
            String ref = required(step, "ref");
            if (refs.containsKey(ref)) {
                throw new DrillException(step.number(), messages.get("drill.error.duplicateRef", ref));
            }
            OffsetDateTime discovered = optionalTime(step, "discovered");
            Intake intake = new Intake(Optional.ofNullable(step.arg("title")).orElse(ref), required(step, "category"),
                    discovered == null ? step.at().atZone(office.zone()).toOffsetDateTime() : discovered,
                    optionalTime(step, "happened"), IncidentFacts.NONE);
            Incident incident = office.incidents().intake(intake);
            refs.put(ref, incident.id());
        }

        private void assess(DrillStep step) {
            long id = incident(step);
            WarningLevel level = level(step, required(step, "level"));
            Assessment assessment = office.incidents().assess(id, EventFacts.none());
            if (assessment.proposesLevel() && assessment.proposed().id().equals(level.id())) {
                office.incidents().confirm(assessment.id());
            } else {
                office.incidents().override(assessment.id(), level.id(), messages.get("drill.assessReason"));
            }
        }

        /**
         * Issues a warning for the incident by the plan's authority for the level (or the {@code issuer} named); a
         * level other than the assessed one takes the step's {@code reason}, or says the scenario set it.
         */
        private void issueWarning(DrillStep step) {
            long id = incident(step);
            WarningLevel level = level(step, required(step, "level"));
            String reason = Optional.ofNullable(step.arg("reason")).orElse(messages.get("drill.warningReason"));
            Warning issued = office.warnings().decisions().issue(new WarningDraft(List.of(id), null, level.id(), null,
                    required(step, "scope"), lines(step.arg("items")), lines(step.arg("measures")), step.arg("issuer"),
                    reason));
            if (issued.status() == WarningStatus.PENDING_APPROVAL) {
                office.warnings().decisions().approve(issued.id());
            }
        }

        /** Lifts the incident's warning in force (the newest, if several). */
        private void liftWarning(DrillStep step) {
            long id = incident(step);
            Warning active = office.warnings().ofIncident(id).stream().filter(Warning::isActive).findFirst()
                    .orElseThrow(() -> new DrillException(step.number(), messages.get("drill.error.noWarning",
                            required(step, "ref"))));
            office.warnings().decisions().lift(active.id(), required(step, "reason"), step.arg("issuer"));
        }

        private static List<String> lines(String text) {
            return text == null ? List.of() : List.of(text.split("[；;]"));
        }

        private WarningLevel level(DrillStep step, String text) {
            String t = text.strip();
            return plan.levelNamed(t).orElseThrow(() -> new DrillException(step.number(),
                    messages.get("drill.error.level", t, String.join(", ", plan.levels().stream()
                            .map(l -> l.id() + " " + l.name()).toList()))));
        }

        private DeadlineAction reportKind(DrillStep step) {
            String kind = required(step, "kind");
            DeadlineAction action = REPORT_KINDS.get(kind.toLowerCase(Locale.ROOT));
            if (action == null) {
                throw new DrillException(step.number(), messages.get("drill.error.reportKind", kind));
            }
            return action;
        }

        private void act(DrillStep step, DeadlineAction action) {
            office.deadlines().recordAction(incident(step), action);
        }

        private void done(DrillStep step) {
            String rule = required(step, "rule");
            Deadline open = office.deadlines().deadlines(incident(step)).stream()
                    .filter(d -> d.ruleId().equals(rule) && d.state().isOpen()).findFirst()
                    .orElseThrow(() -> new DrillException(step.number(), messages.get("drill.error.noOpenRule", rule)));
            office.deadlines().complete(open.id());
        }

        private void metrics(DrillStep step) {
            office.incidents().addMetrics(incident(step), new MetricPoint.Figures(
                    step.at().atZone(office.zone()).toOffsetDateTime(), number(step, "reads"),
                    number(step, "reposts"), number(step, "comments"), number(step, "likes"),
                    number(step, "heat"), step.arg("stage")));
        }

        /** Moves the incident to 平息/终止 by the shortest legal way. */
        private void close(DrillStep step) {
            long id = incident(step);
            Incident incident = office.incidents().detail(id).incident();
            for (IncidentPhase next : pathToEnded(incident.phase(), incident.levelDecided())) {
                office.incidents().advance(id, next);
            }
        }

        private long incident(DrillStep step) {
            String ref = required(step, "ref");
            Long id = refs.get(ref);
            if (id == null) {
                id = refs.values().stream().filter(known -> office.incidents().detail(known).incident().number()
                        .toString().equals(ref)).findFirst().orElse(null);
            }
            if (id == null) {
                throw new DrillException(step.number(), messages.get("drill.error.ref", ref));
            }
            return id;
        }

        private String required(DrillStep step, String name) {
            String value = step.arg(name);
            if (value == null || value.isBlank()) {
                throw new DrillException(step.number(), messages.get("drill.error.arg", step.verb(), name));
            }
            return value;
        }

        private OffsetDateTime optionalTime(DrillStep step, String name) {
            String text = step.arg(name);
            if (text == null || text.isBlank()) {
                return null;
            }
            Instant at = DrillScenario.time(text, step.at(), scenario.start()).orElseThrow(() ->
                    new DrillException(step.number(), messages.get("drill.error.time", name, text)));
            return at.atZone(office.zone()).toOffsetDateTime();
        }

        private Long number(DrillStep step, String name) {
            String text = step.arg(name);
            if (text == null) {
                return null;
            }
            try {
                return Long.parseLong(text.strip());
            } catch (NumberFormatException e) {
                throw new DrillException(step.number(), messages.get("drill.error.number", name, text));
            }
        }

        private DrillReport report() {
            List<DrillReport.IncidentResult> results = new ArrayList<>();
            refs.forEach((ref, id) -> {
                Incident incident = office.incidents().detail(id).incident();
                results.add(new DrillReport.IncidentResult(ref, incident.number().toString(),
                        incident.level() == null ? null : incident.level().id(),
                        incident.level() == null ? null : incident.level().name(),
                        office.deadlines().deadlines(id), office.deadlines().escalations(id),
                        office.incidents().detail(id).timeline(), office.reviews().figures(id)));
            });
            return new DrillReport(scenario.planId(), results);
        }
    }

    static List<IncidentPhase> pathToEnded(IncidentPhase from, boolean levelDecided) {
        return Lifecycle.pathTo(from, at -> at == IncidentPhase.ENDED || !at.isOpen(), levelDecided);
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is removed by the system
        }
    }
}
