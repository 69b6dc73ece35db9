package org.incidentdesk.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.incidentdesk.service.security.Access;
import org.incidentdesk.service.security.Unguarded;

/**
 * Roles are enforced in the service layer (issue 20 item 2): every public method of a service that acts must call
 * {@link Access} before it acts, directly or through the methods it calls in the service layer. A method whose name
 * says it only reads is not asked; one that acts yet is no person's action (a timer, a checkpoint at start) says
 * why with {@link Unguarded}.
 */
public final class GuardRules {
    /**
     * Names that read: what the window and the command line show. A method that changes something must not be
     * named like this (the test cannot see the difference otherwise).
     */
    static final Pattern READS = Pattern.compile("(find|list|load|detail|summary|summaries|get|is|has|current|all|active"
            + "|of|by|preview|check|activationCheck|diff|template|templates|officePlan|officePlans|version|versions"
            + "|resolve|planOf|forms|fonts|fontFallbacks|office|printers|recentlyIssued|issued|original|attempts"
            + "|callList|deadlines|escalations|armable|armableChangedSince|ofIncident|dueWithin|followUps"
            + "|lessons|actions|backlog|ownerChoices|liaisons|dueAt|forPlan|forIncident|records|due|dueStates|alarm"
            + "|changedSince|written|figures|listing|person|path|currentSha256|checkpointLog|settings|status"
            + "|armedCount|noteTexts|activeCategories|activeCategoriesOrNone|suggestTaskDue|completeFacts"
            + "|parties|statements|keywords|handovers|latest|warningsInForce|byNumberOrId|incidentNumbers|levelOf"
            + "|overallLevel|overall|sensitivePeriodNow|authorities|decisions|board|receipts|history"
            + "|historyOfIncident|noticeData|authority|issuerRoles|roleName|authorityFor|alerts|accountability"
            + "|revisions|reviews|gather|onBackupTaken|backups|newest|bulletin|newestWarning|report|review"
            + "|warningNotice|warningStanding|plan|matches|activePlan|diffAgainstTemplate)");

    /** Read-only methods whose name elsewhere acts: {@code DeadlineService.open} lists, {@code ReviewService.open} opens. */
    static final Set<String> READS_HERE = Set.of("DeadlineService.open", "IncidentService.propose",
            "LevelAssessor.assess", "LevelAssessor.isMet", "IncidentRecorder.stamp", "IncidentRecorder.origin",
            "AccountService.setUpMode", "AccountService.lockedNow", "CurrentSession.session",
            "CurrentSession.commandSession", "CurrentSession.windowSession", "AccountSession.accountName",
            "AccountSession.accountId", "AccountSession.signedInAt", "AccountSession.toString",
            "AccountSession.principal", "CurrentSession.principal",
            "PasswordHasher.hash");

    /** Packages of services; the plan's file format and document text, imports and plumbing act for nobody. */
    private static final List<String> SERVICES = List.of("org.incidentdesk.service.");
    private static final List<String> NOT_SERVICES = List.of("org.incidentdesk.service.common",
            "org.incidentdesk.service.importing", "org.incidentdesk.service.plan.format",
            "org.incidentdesk.service.plan.document", "org.incidentdesk.service.security",
            // the window's own per-user preferences file (geometry, language), not the office's data
            "org.incidentdesk.service.settings");

    private GuardRules() {
    }

    /** Public acting service methods that never reach {@link Access}: what the test lists as failures. */
    public static Set<String> unguardedActingMethods(JavaClasses classes) {
        Set<String> unguarded = new TreeSet<>();
        for (JavaMethod method : actingMethods(classes)) {
            if (!reachesGuard(method)) {
                unguarded.add(method.getOwner().getSimpleName() + "." + method.getName());
            }
        }
        return unguarded;
    }

    /** Public service methods that reach {@link Access}, as {@code Class.method}: what the role matrix must cover. */
    public static Set<String> guardedMethods(JavaClasses classes) {
        Set<String> guarded = new TreeSet<>();
        for (JavaClass owner : serviceClasses(classes)) {
            for (JavaMethod method : owner.getMethods()) {
                if (isPublicInstance(method) && !method.isAnnotatedWith(Unguarded.class) && reachesGuard(method)) {
                    guarded.add(owner.getSimpleName() + "." + method.getName());
                }
            }
        }
        return guarded;
    }

    private static List<JavaMethod> actingMethods(JavaClasses classes) {
        return serviceClasses(classes).stream().flatMap(c -> c.getMethods().stream())
                .filter(GuardRules::isPublicInstance)
                .filter(m -> !READS.matcher(m.getName()).matches()
                        && !READS_HERE.contains(m.getOwner().getSimpleName() + "." + m.getName()))
                .filter(m -> !m.isAnnotatedWith(Unguarded.class))
                .toList();
    }

    private static List<JavaClass> serviceClasses(JavaClasses classes) {
        return classes.stream()
                .filter(c -> SERVICES.stream().anyMatch(c.getPackageName()::startsWith)
                        || c.getPackageName().contains(".archfixture.service"))
                .filter(c -> NOT_SERVICES.stream().noneMatch(p -> c.getPackageName().equals(p)
                        || c.getPackageName().startsWith(p + ".")))
                .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
                .filter(c -> !c.isRecord() && !c.isEnum() && !c.isInterface() && !c.isAnnotation()
                        && !c.isAssignableTo(Throwable.class))
                .toList();
    }

    private static boolean isPublicInstance(JavaMethod m) {
        return m.getModifiers().contains(JavaModifier.PUBLIC) && !m.getModifiers().contains(JavaModifier.STATIC)
                && !m.getModifiers().contains(JavaModifier.SYNTHETIC) && !m.getModifiers().contains(JavaModifier.BRIDGE)
                && !List.of("equals", "hashCode", "toString").contains(m.getName())
                && !(m.getName().equals("close") && m.getRawParameterTypes().isEmpty()
                        && m.getOwner().isAssignableTo(AutoCloseable.class));
    }

    /** Whether the method calls {@link Access}, itself or through the service-layer methods it calls. */
    static boolean reachesGuard(JavaCodeUnit start) {
        Set<JavaCodeUnit> seen = new HashSet<>();
        Deque<JavaCodeUnit> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            JavaCodeUnit unit = todo.pop();
            if (!seen.add(unit)) {
                continue;
            }
            for (var call : unit.getMethodCallsFromSelf()) {
                JavaClass target = call.getTargetOwner();
                if (target.isEquivalentTo(Access.class)) {
                    return true;
                }
                if (target.getPackageName().startsWith("org.incidentdesk.service")
                        || target.getPackageName().contains(".archfixture.service")) {
                    call.getTarget().resolveMember().ifPresent(todo::push);
                }
            }
        }
        return false;
    }
}
