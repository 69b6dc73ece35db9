package org.incidentdesk.app;

import org.incidentdesk.service.common.ActorSource;
import org.incidentdesk.service.backup.BackupService;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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

/**
 * The command line's view of the composition root: one it opened for a command and closes after it, or the
 * window's, which a command run for the command line borrows and leaves open.
 */
final class ContextServices implements CliServices {
    private final AppContext context;
    private final boolean ownsContext;
    private final List<Runnable> listening = new CopyOnWriteArrayList<>();

    private ContextServices(AppContext context, boolean ownsContext) {
        this.context = context;
        this.ownsContext = ownsContext;
    }

    /** Services of a context opened for one command: closing them closes it. */
    static ContextServices owning(AppContext context) {
        return new ContextServices(context, true);
    }

    /** Services on the window's context: closing them only stops what the command listened to. */
    static ContextServices borrowing(AppContext context) {
        return new ContextServices(context, false);
    }

    @Override
    public ActorSource actors() {
        return context.actors();
    }

    @Override
    public void whenDatabaseStops(java.util.function.IntConsumer action) {
        listening.add(context.databaseWatchdog().onOverdue(o -> action.accept((int) o.running().toSeconds())));
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
        listening.forEach(Runnable::run);
        if (ownsContext) {
            context.close(); // signs the command's account out too
        } else {
            context.accounts().signOutThisThread(); // the account a command run by the window signed in with
        }
    }
}
