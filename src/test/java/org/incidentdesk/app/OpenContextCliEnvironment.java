package org.incidentdesk.app;

import org.incidentdesk.service.common.ActorSource;
import org.incidentdesk.service.drill.DrillOffice;

import org.incidentdesk.service.backup.BackupService;
import org.incidentdesk.service.backup.RestoreService;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import org.incidentdesk.cli.CliEnvironment;
import org.incidentdesk.cli.CliServices;
import org.incidentdesk.service.incident.IncidentService;
import org.incidentdesk.service.plan.PlanService;
import org.incidentdesk.service.roster.RosterService;
import org.incidentdesk.service.roster.io.RosterExportService;
import org.incidentdesk.service.roster.io.RosterImportService;

/**
 * The command line on a composition root that is already open (the window's, in UI tests): commands see the
 * window's database, and ending a command leaves it open.
 */
public final class OpenContextCliEnvironment implements CliEnvironment {
    private final AppContext context;

    public OpenContextCliEnvironment(AppContext context) {
        this.context = context;
    }

    @Override
    public DrillOffice.Opener drillOffices() {
        return ContextDrillOffice::open;
    }

    @Override
    public RestoreService restorer(Path dataDirOverride) {
        return AppContext.restorer(context.dataDir(), context.clock(), ActorSource.operatingSystemUser());
    }

    @Override
    public CliServices open(Path dataDirOverride) {
        ContextServices services = new ContextServices(context);
        return new CliServices() {
            @Override
            public void whenDatabaseStops(java.util.function.IntConsumer action) {
                services.whenDatabaseStops(action);
            }

            @Override
            public BackupService backups() {
                return services.backups();
            }

            @Override
            public Path dataDir() {
                return services.dataDir();
            }

            @Override
            public RosterService roster() {
                return services.roster();
            }

            @Override
            public RosterImportService rosterImport() {
                return services.rosterImport();
            }

            @Override
            public RosterExportService rosterExport() {
                return services.rosterExport();
            }

            @Override
            public PlanService plans() {
                return services.plans();
            }

            @Override
            public org.incidentdesk.service.documents.DocumentService documents() {
                return services.documents();
            }

            @Override
            public org.incidentdesk.service.escalation.DeadlineOverview deadlines() {
                return services.deadlines();
            }

            @Override
            public IncidentService incidents() {
                return services.incidents();
            }

            @Override
            public org.incidentdesk.service.warning.WarningService warnings() {
                return services.warnings();
            }

            @Override
            public org.incidentdesk.service.account.AccountService accounts() {
                return services.accounts();
            }

            @Override
            public org.incidentdesk.service.audit.AuditService audit() {
                return services.audit();
            }

            @Override
            public org.incidentdesk.service.review.ReviewService reviews() {
                return services.reviews();
            }

            @Override
            public org.incidentdesk.service.review.ReviewListService reviewList() {
                return services.reviewList();
            }

            @Override
            public ZoneId zone() {
                return services.zone();
            }

            @Override
            public void close() {
                // the window's database stays open
            }
        };
    }

    @Override
    public void openWindow(Path dataDirOverride, Locale locale) {
        throw new AssertionError("no window from a command run beside one");
    }
}
