package org.incidentdesk.app;

import org.incidentdesk.service.backup.BackupService;
import java.nio.file.Path;
import java.time.ZoneId;
import org.incidentdesk.service.audit.AuditService;
import org.incidentdesk.service.escalation.DeadlineOverview;
import org.incidentdesk.service.incident.IncidentService;
import org.incidentdesk.service.warning.WarningService;
import org.incidentdesk.cli.CliServices;
import org.incidentdesk.service.plan.PlanService;
import org.incidentdesk.service.review.ReviewListService;
import org.incidentdesk.service.review.ReviewService;
import org.incidentdesk.service.documents.DocumentService;
import org.incidentdesk.service.roster.RosterService;
import org.incidentdesk.service.roster.io.RosterExportService;
import org.incidentdesk.service.roster.io.RosterImportService;

/** The command line's view of the composition root. */
final class ContextServices implements CliServices {
    private final AppContext context;

    ContextServices(AppContext context) {
        this.context = context;
    }

    @Override
    public void whenDatabaseStops(java.util.function.IntConsumer action) {
        context.databaseWatchdog().onOverdue(o -> action.accept((int) o.running().toSeconds()));
    }

    @Override
    public BackupService backups() {
        return context.backups();
    }

    @Override
    public Path dataDir() {
        return context.dataDir();
    }

    @Override
    public RosterService roster() {
        return context.roster();
    }

    @Override
    public RosterImportService rosterImport() {
        return context.rosterImport();
    }

    @Override
    public RosterExportService rosterExport() {
        return context.rosterExport();
    }

    @Override
    public PlanService plans() {
        return context.plans();
    }

    @Override
    public DocumentService documents() {
        return context.documents();
    }

    @Override
    public IncidentService incidents() {
        return context.incidents();
    }

    @Override
    public WarningService warnings() {
        return context.warnings();
    }

    @Override
    public org.incidentdesk.service.account.AccountService accounts() {
        return context.accounts();
    }

    @Override
    public AuditService audit() {
        return context.audit();
    }

    @Override
    public DeadlineOverview deadlines() {
        return context.deadlineOverview();
    }

    @Override
    public ReviewService reviews() {
        return context.reviews();
    }

    @Override
    public ReviewListService reviewList() {
        return context.reviewList();
    }

    @Override
    public ZoneId zone() {
        return context.zone();
    }

    @Override
    public void close() {
        context.close();
    }
}
