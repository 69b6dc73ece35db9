package org.incidentdesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import org.incidentdesk.domain.audit.EntryHash;
import org.incidentdesk.domain.common.AuditEntry;
import org.incidentdesk.domain.incident.TimelineEntry;
import org.incidentdesk.domain.incident.TimelineRenderer;

/**
 * Rules of the incident record (issue 17): meaning lives in typed facts, words only at the edge. A timeline row
 * has no rendered text any more (V11.2 dropped the column; the V11.1 migration is the one reader of the old
 * text); a person's words reach people only through the renderer or as data in an export; the renderer's output
 * goes to people (window, command line, forms, alerts), never back into logic.
 */
final class RecordRules {
    private RecordRules() {
    }

    static ArchRule onlyTheRendererAndExportsReadAPersonsTimelineText() {
        return noClasses().that().doNotHaveFullyQualifiedName(TimelineRenderer.class.getName())
                .and().doNotHaveFullyQualifiedName("org.incidentdesk.cli.IncidentJson")
                .should().callMethod(TimelineEntry.class, "personText")
                .because("code switches on the typed fact; a person's words are shown, never interpreted");
    }

    static ArchRule noCodeReadsTheOldAuditSentences() {
        // the one exception, EntryHash, hashes the old sentence as bytes so the chain covers it: it reads no meaning
        return noClasses().that().doNotHaveFullyQualifiedName(EntryHash.class.getName())
                .should().callMethod(AuditEntry.class, "legacySummary")
                .because("an audit row's meaning is its action, entity and field changes");
    }

    static ArchRule renderedTimelineTextGoesOnlyToPeople() {
        return noClasses().that().resideInAnyPackage("..store..", "..domain..", "..service..")
                .and().doNotHaveFullyQualifiedName("org.incidentdesk.service.escalation.DeadlineService")
                .and().doNotHaveFullyQualifiedName(TimelineRenderer.class.getName())
                .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "renders a timeline entry",
                        call -> call.getTarget().getOwner().isEquivalentTo(TimelineRenderer.class)
                                && !call.getTarget().getName().equals("<init>")))
                .because("only the window, the command line, the forms and the alerts sent to people render entries;"
                        + " logic reads the typed fact");
    }

    /** One way an incident changes: the recorder checks, touches, appends, audits and announces in one go. */
    static ArchRule onlyTheRecorderAppendsToTheTimeline() {
        return noClasses().that().doNotHaveFullyQualifiedName("org.incidentdesk.service.incident.IncidentRecorder")
                .and().resideOutsideOfPackage("..store..")
                .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "appends a timeline row or touches an incident",
                        call -> call.getTarget().getOwner().getName().equals("org.incidentdesk.store.TimelineRepository")
                                && call.getTarget().getName().equals("append")
                                || call.getTarget().getOwner().getName().equals("org.incidentdesk.store.IncidentRepository")
                                && call.getTarget().getName().equals("touch")))
                .because("IncidentRecorder is the one path: archived check, touch, typed row, audit row, event");
    }
}
