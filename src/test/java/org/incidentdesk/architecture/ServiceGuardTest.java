package org.incidentdesk.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.incidentdesk.archfixture.service.ServiceThatForgetsItsGuard;
import org.junit.jupiter.api.Test;

/** Roles are enforced in the service layer: no public acting service method goes without the guard (issue 20.2). */
class ServiceGuardTest {
    @Test
    void everyPublicActingServiceMethodAsksForTheRoleFirst() {
        JavaClasses production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.incidentdesk.service");
        assertEquals(Set.of(), GuardRules.unguardedActingMethods(production),
                "these public service methods act without Access.require (or an @Unguarded reason)");
    }

    @Test
    void aServiceMethodThatActsWithoutItsGuardIsCaught() {
        JavaClasses planted = new ClassFileImporter().importClasses(ServiceThatForgetsItsGuard.class);
        assertEquals(Set.of("ServiceThatForgetsItsGuard.delete"), GuardRules.unguardedActingMethods(planted));
        assertEquals(Set.of("ServiceThatForgetsItsGuard.add", "ServiceThatForgetsItsGuard.addTwice"),
                GuardRules.guardedMethods(planted));
    }
}
