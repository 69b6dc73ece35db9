package org.incidentdesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

/** Rules of the runtime: time comes from the injected clock, and only ui.common queues work on the FX thread. */
final class RuntimeRules {
    private static final Set<String> DATE_TIME_TYPES = Set.of(Instant.class.getName(), LocalDate.class.getName(),
            LocalDateTime.class.getName(), LocalTime.class.getName(), OffsetDateTime.class.getName(),
            ZonedDateTime.class.getName());

    private RuntimeRules() {
    }

    /**
     * Only the composition root reads the system clock; everything else asks the injected {@link Clock}, so tests
     * and drills run on simulated time. {@code now(clock)} is the way to read it and stays allowed.
     */
    static ArchRule noWallClockOutsideApp() {
        return noClasses().that().resideOutsideOfPackage("..app..")
                .should().callMethodWhere(readsTheWallClockOrSleeps())
                .because("time comes from the injected Clock and waiting from the Scheduler (issue 6)");
    }

    static ArchRule onlyUiCommonQueuesOnTheFxThread() {
        return noClasses().that().resideInAPackage("..ui..").and().resideOutsideOfPackage("..ui.common..")
                .should().callMethod("javafx.application.Platform", "runLater", Runnable.class.getName())
                .because("events reach the JavaFX thread through ui.common.FxEvents, view work through FxThread");
    }

    private static DescribedPredicate<JavaMethodCall> readsTheWallClockOrSleeps() {
        return DescribedPredicate.describe("reads the wall clock or sleeps", call -> {
            String owner = call.getTarget().getOwner().getName();
            String name = call.getTarget().getName();
            List<JavaClass> parameters = call.getTarget().getRawParameterTypes();
            boolean nowWithoutClock = DATE_TIME_TYPES.contains(owner) && name.equals("now")
                    && (parameters.isEmpty() || !parameters.get(0).isEquivalentTo(Clock.class));
            boolean systemClock = owner.equals(Clock.class.getName()) && name.startsWith("system");
            boolean millis = owner.equals(System.class.getName()) && name.equals("currentTimeMillis");
            boolean sleep = owner.equals(Thread.class.getName()) && name.equals("sleep");
            return nowWithoutClock || systemClock || millis || sleep;
        });
    }
}
