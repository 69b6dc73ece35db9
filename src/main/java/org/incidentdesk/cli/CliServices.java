package org.incidentdesk.cli;

import java.nio.file.Path;
import java.time.ZoneId;
import org.incidentdesk.service.audit.AuditService;
import org.incidentdesk.service.backup.BackupService;
import org.incidentdesk.service.escalation.DeadlineOverview;
import org.incidentdesk.service.incident.IncidentService;
import org.incidentdesk.service.warning.WarningService;
import org.incidentdesk.service.plan.PlanService;
import org.incidentdesk.service.review.ReviewListService;
import org.incidentdesk.service.review.ReviewService;
import org.incidentdesk.service.documents.DocumentService;
import org.incidentdesk.service.roster.RosterService;
import org.incidentdesk.service.roster.io.RosterExportService;
import org.incidentdesk.service.roster.io.RosterImportService;

/** The services a command needs, opened on one data directory and closed when the command ends. */
public interface CliServices extends AutoCloseable {
    Path dataDir();

    RosterService roster();

    RosterImportService rosterImport();

    RosterExportService rosterExport();
    PlanService plans();

    DocumentService documents();

    IncidentService incidents();

    WarningService warnings();

    /** Who the command acts as: the account it signed in with, or the workstation in set-up mode. */
    org.incidentdesk.service.common.ActorSource actors();

    /** Local accounts: the command signs in with one once the office has any. */
    org.incidentdesk.service.account.AccountService accounts();

    /** The audit trail: verify, checkpoints, export, purge. */
    AuditService audit();

    /** The deadlines of incidents as the 时限一览 shows them. */
    DeadlineOverview deadlines();

    /** Backups of the open database. */
    BackupService backups();

    /** After-action reviews: one review's timeline, figures and ratings. */
    ReviewService reviews();

    /** The list of all reviews with their figures, statistics and trend. */
    ReviewListService reviewList();

    /** The office's time zone: times typed without an offset are in it, timeline times are shown in it. */
    ZoneId zone();

    /**
     * Calls {@code action} with the seconds a database write has been running, once it runs past the bound (the
     * database has stopped answering, perhaps damaged).
     */
    void whenDatabaseStops(java.util.function.IntConsumer action);

    @Override
    void close();
}
