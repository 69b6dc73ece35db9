package org.incidentdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.incidentdesk.app.AppContext;
import org.incidentdesk.domain.common.Actor;
import org.incidentdesk.domain.escalation.Alarm;
import org.incidentdesk.domain.escalation.AlertStage;
import org.incidentdesk.domain.incident.IncidentFacts;
import org.incidentdesk.domain.incident.IncidentNumber;
import org.incidentdesk.domain.incident.IncidentPhase;
import org.incidentdesk.domain.incident.LevelMark;
import org.incidentdesk.domain.incident.SevenWs;
import org.incidentdesk.domain.incident.TaskStatus;
import org.incidentdesk.domain.incident.TimelineFact;
import org.incidentdesk.domain.plan.ContingencyPlan;
import org.incidentdesk.domain.plan.DeadlineRule;
import org.incidentdesk.domain.plan.OfficePlan;
import org.incidentdesk.domain.plan.WarningLevel;
import org.incidentdesk.domain.roster.OrgUnit;
import org.incidentdesk.domain.security.Role;
import org.incidentdesk.domain.security.Secrecy;
import org.incidentdesk.service.account.AccountService;
import org.incidentdesk.service.common.EventBus;
import org.incidentdesk.service.plan.PlanService;
import org.incidentdesk.store.Database;
import org.incidentdesk.store.DatabaseFiles;
import org.incidentdesk.store.H2CrashRepair;
import org.incidentdesk.store.Stamp;
import org.incidentdesk.store.Store;

/**
 * A data directory with the demo office (made as the program makes it on a first start) and, written straight
 * through the repositories, {@code incidents} incidents in every phase with {@code timelineEntries} timeline
 * entries (a quarter of them notes, which the board's search reads), an open task on every second incident and two
 * open deadlines of the plan on each incident not yet ended (one in a hundred overdue, the rest ahead), then brought
 * in line with the plan as the program's first start would ({@link #inLineWithThePlan}). Kept under
 * target/bench and reused by later runs
 * (a marker file names what it holds and when it was seeded), since writing it takes a minute or more. Every time in
 * it counts from {@code seededAt}; a copy a figure measures is moved to its own time ({@link #movedTo}).
 */
public record SeededOffice(Path dataDir, int incidents, int timelineEntries, double seedSeconds, Instant seededAt) {
    static final int FULL_INCIDENTS = 10_000;
    static final int FULL_TIMELINE_ENTRIES = 200_000;
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String MARKER = "bench-office.txt";
    /** The clerk's account name and password (invented, for the bench office only). */
    static final String CLERK = "bench-clerk";
    static final String CLERK_PASSWORD = "Zhiban#2026";
    private static final String ADMIN_PASSWORD = "Anquan#2026";

    static SeededOffice ensure(Path dataDir, int incidents, int timelineEntries) throws IOException {
        String expected = incidents + " incidents, " + timelineEntries + " timeline entries, seed 5\nseeded at ";
        Path marker = dataDir.resolve(MARKER);
        // a seeded office some process left open (killed) is seeded again: one such office, left by a window the
        // harness had to kill, hung every later figure on its first write (H2 spinning in a row lock, 2026-12-07)
        boolean leftOpen = H2CrashRepair.repairIfUnclean(DatabaseFiles.fileIn(dataDir));
        if (!leftOpen && Files.exists(marker) && Files.readString(marker).startsWith(expected)) {
            Instant seededAt = Instant.parse(Files.readString(marker).substring(expected.length()).strip());
            return new SeededOffice(dataDir, incidents, timelineEntries, 0, seededAt);
        }
        delete(dataDir);
        Files.createDirectories(dataDir);
        long start = System.nanoTime();
        System.out.printf("  seeding %s in %s%n", expected.lines().findFirst().orElseThrow(), dataDir);
        try (AppContext context = AppContext.openEmbedded(dataDir, Clock.systemUTC(), ZONE)) {
            withAccounts(context); // the demo office is made as on a first start, then its accounts
        }
        Instant now = Instant.now();
        try (Database database = Database.openEmbedded(dataDir)) {
            fill(new Store(database, event -> { }), incidents, timelineEntries, now);
        }
        try (AppContext context = AppContext.openEmbedded(dataDir, Clock.systemUTC(), ZONE)) {
            inLineWithThePlan(context);
        }
        Files.writeString(marker, expected + now);
        return new SeededOffice(dataDir, incidents, timelineEntries, (System.nanoTime() - start) / 1e9, now);
    }

    /**
     * The office's security administrator (the first-run wizard's) and a clerk ({@link #CLERK}, 办公室) who signs in
     * to run incidents: the window opens nothing of the office before somebody has signed in, and without an
     * account it shows only the first-run wizard, so a figure measuring the board signs in as the clerk.
     */
    private static void withAccounts(AppContext context) {
        var people = context.roster().load().people();
        var accounts = context.accounts();
        accounts.createAdministrator("bench-admin", people.get(0).id(), ADMIN_PASSWORD.toCharArray(),
                ADMIN_PASSWORD.toCharArray());
        accounts.signInOnThisThread("bench-admin", ADMIN_PASSWORD.toCharArray());
        try {
            accounts.create(new AccountService.NewAccount(CLERK, null, people.get(1).id(), EnumSet.of(Role.OFFICE_STAFF),
                    Secrecy.NONE), CLERK_PASSWORD.toCharArray(), CLERK_PASSWORD.toCharArray());
        } finally {
            accounts.signOutThisThread();
        }
    }

    /**
     * What the program's first start does to the office, done once here rather than in every copy's first start
     * (minutes on two cores, longer than a figure waits for a start): the deadlines of every open incident derived
     * from its plan (the two written above are retimed to the plan's start points, the plan's other rules added),
     * and every alert already due raised.
     */
    private static void inLineWithThePlan(AppContext context) {
        context.startDeadlineAlarms();
        Instant armedAt = Instant.now(); // deriving armed what fell due with an alarm at the moment it derived it
        long until = System.nanoTime() + Duration.ofMinutes(60).toNanos();
        while (context.deadlines().armable().stream().anyMatch(d -> !d.nextAlertAt().isAfter(armedAt))) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("the alerts due in the seeded office were not raised in 60 min");
            }
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the seeded office's alerts were raised", e);
            }
        }
    }

    /**
     * This office in {@code copy} (a fresh folder), with every time in it moved forward by the time since it was
     * seeded, so that the copy stands at {@code now} as the office stood when seeded: as many deadlines overdue and
     * ahead, incidents as old, whenever it is measured (the office is reused for days; unmoved, more of it fell
     * overdue the later it was measured). The audit log keeps its times: they are in its hash chain.
     */
    SeededOffice movedTo(Path copy, Instant now) throws Exception {
        try (var files = Files.walk(dataDir)) {
            for (Path from : files.toList()) {
                Path to = copy.resolve(dataDir.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        long seconds = Duration.between(seededAt, now).toSeconds();
        try (Connection jdbc = DriverManager.getConnection(Database.embeddedUrl(copy), "sa", "");
             var columns = jdbc.createStatement().executeQuery("SELECT TABLE_NAME, COLUMN_NAME FROM "
                     + "INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' AND DATA_TYPE LIKE 'TIMESTAMP%' "
                     + "AND TABLE_NAME NOT LIKE 'AUDIT%' AND TABLE_NAME NOT LIKE 'flyway%'")) {
            List<String> updates = new ArrayList<>();
            while (columns.next()) {
                String column = '"' + columns.getString(2) + '"';
                updates.add("UPDATE \"" + columns.getString(1) + "\" SET " + column + " = DATEADD(SECOND, " + seconds
                        + ", " + column + ") WHERE " + column + " IS NOT NULL");
            }
            try (var statement = jdbc.createStatement()) {
                for (String update : updates) {
                    statement.executeUpdate(update);
                }
            }
        }
        return new SeededOffice(copy, incidents, timelineEntries, seedSeconds, now);
    }

    private static void fill(Store store, int count, int timelineEntries, Instant now) {
        Actor actor = new Actor("基准");
        PlanService plans = new PlanService(store, Clock.systemUTC(), () -> actor, new EventBus());
        OfficePlan plan = store.inTransaction(s -> s.plans().active()).orElseThrow();
        ContingencyPlan content = plans.current(plan.id()).plan();
        List<WarningLevel> levels = content.levelsBySeverity();
        List<String> categories = content.categories().stream().map(c -> c.id()).toList();
        List<OrgUnit> units = store.inTransaction(s -> s.roster().units());
        List<DeadlineRule> rules = content.deadlines();
        IncidentPhase[] phases = IncidentPhase.values();
        Random random = new Random(7);
        int perIncident = Math.max(1, timelineEntries / count);
        Stamp stamp = new Stamp(now, actor);
        for (int start = 0; start < count; start += 500) {
            int from = start;
            store.run(s -> {
                for (int i = from; i < Math.min(count, from + 500); i++) {
                    IncidentNumber number = s.incidents().allocateNumber(2026);
                    OffsetDateTime discovered = now.minus(Duration.ofMinutes(random.nextInt(500_000))).atZone(ZONE)
                            .toOffsetDateTime();
                    IncidentFacts facts = new IncidentFacts(new SevenWs("", "城" + (i % 40) + "区某小区", "网民",
                            i % 7 == 0 ? "反映停水" : "网传消息", "", "", ""), "网络舆情监测", null, "", "", "",
                            List.of(), "", "", "");
                    long id = s.incidents().insert(number, "网传事件第 " + i + " 号",
                            categories.get(i % categories.size()), facts, null, discovered, plan.id(),
                            plan.currentVersion(), stamp);
                    var incident = s.incidents().find(id).orElseThrow();
                    if (i % 5 != 0) {
                        s.incidents().updateLevel(incident, LevelMark.of(levels.get(i % levels.size())), stamp);
                        incident = s.incidents().find(id).orElseThrow();
                    }
                    IncidentPhase phase = phases[i % phases.length];
                    s.incidents().updatePhase(incident, phase, stamp);
                    for (int t = 0; t < perIncident; t++) {
                        boolean note = t % 4 == 0;
                        s.timeline().append(id, note ? new TimelineFact.Note()
                                        : new TimelineFact.TaskUpdated(t, "县网信办", TaskStatus.IN_PROGRESS),
                                note ? "已核查 " + t + " 次，反馈 " + random.nextInt(100) : "单位回复", stamp);
                    }
                    if (phase.ordinal() < IncidentPhase.ENDED.ordinal()) {
                        for (int d = 0; d < 2; d++) {
                            DeadlineRule rule = rules.get((i + d) % rules.size());
                            // one in a hundred already overdue; the rest from an hour to a month ahead, so that
                            // a start does not raise thousands of alerts at once (no office lets them pile up)
                            Instant due = i % 100 == 0 ? now.minus(Duration.ofMinutes(random.nextInt(600) + 1))
                                    : now.plus(Duration.ofMinutes(60 + random.nextInt(43_200)));
                            s.deadlines().insert(id, rule, 1, null, discovered.toInstant(), due,
                                    new Alarm(AlertStage.REMINDER, due.minus(Duration.ofMinutes(30))), stamp);
                        }
                    }
                    if (i % 2 == 0) {
                        OrgUnit unit = units.get(i % units.size());
                        s.tasks().insert(id, unit.id(), unit.name(), "核实并回复",
                                now.plus(Duration.ofMinutes(random.nextInt(2000) - 1000)), stamp);
                    }
                }
            });
        }
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
