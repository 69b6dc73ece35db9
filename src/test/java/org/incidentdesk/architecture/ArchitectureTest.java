package org.incidentdesk.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.incidentdesk.archfixture.domain.DomainThatBuildsNodes;
import org.incidentdesk.archfixture.service.ServiceThatAsksTheInjectedClock;
import org.incidentdesk.archfixture.service.ServiceThatDrawsPdf;
import org.incidentdesk.archfixture.service.ServiceThatOpensTheUi;
import org.incidentdesk.archfixture.service.ServiceThatReadsTheWallClock;
import org.incidentdesk.archfixture.service.ServiceThatReadsTimelineText;
import org.incidentdesk.archfixture.ui.ViewModelThatQueuesItself;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.incidentdesk");
    }

    @Test
    void productionCodeKeepsTheLayerRules() {
        assertTrue(production.size() > 50, "the importer found the production classes");
        LayerRules.layers().check(production);
        LayerRules.domainIsPlainJava().check(production);
        LayerRules.onlyStoreUsesJooq().check(production);
        LayerRules.onlyUiUsesScene().check(production);
        LayerRules.viewModelsHoldNoNodes().check(production);
        LayerRules.servicesKnowNoJavaFx().check(production);
        RuntimeRules.noWallClockOutsideApp().check(production);
        RuntimeRules.onlyUiCommonQueuesOnTheFxThread().check(production);
        LayerRules.onlyReportUsesPdfBox().check(production);
        RecordRules.onlyTheRendererAndExportsReadAPersonsTimelineText().check(production);
        RecordRules.noCodeReadsTheOldAuditSentences().check(production);
        RecordRules.renderedTimelineTextGoesOnlyToPeople().check(production);
        RecordRules.onlyTheRecorderAppendsToTheTimeline().check(production);
    }

    @Test
    void aServiceThatReadsMeaningOutOfTimelineTextIsCaught() {
        JavaClasses planted = new ClassFileImporter().importClasses(ServiceThatReadsTimelineText.class);
        AssertionError words = assertThrows(AssertionError.class,
                () -> RecordRules.onlyTheRendererAndExportsReadAPersonsTimelineText().check(planted));
        assertTrue(words.getMessage().contains("ServiceThatReadsTimelineText.taskDone"), words.getMessage());
        AssertionError rendered = assertThrows(AssertionError.class,
                () -> RecordRules.renderedTimelineTextGoesOnlyToPeople().check(planted));
        assertTrue(rendered.getMessage().contains("ServiceThatReadsTimelineText.ended"), rendered.getMessage());
        AssertionError bypass = assertThrows(AssertionError.class,
                () -> RecordRules.onlyTheRecorderAppendsToTheTimeline().check(planted));
        assertTrue(bypass.getMessage().contains("ServiceThatReadsTimelineText.noteBehindTheRecordersBack"),
                bypass.getMessage());
    }

    @Test
    void aServiceThatDrawsPdfItselfIsCaught() {
        JavaClasses planted = new ClassFileImporter().importClasses(ServiceThatDrawsPdf.class);
        AssertionError failure = assertThrows(AssertionError.class, () -> LayerRules.onlyReportUsesPdfBox().check(planted));
        assertTrue(failure.getMessage().contains("org.apache.pdfbox.pdmodel.PDDocument"), failure.getMessage());
    }

    @Test
    void readingTheWallClockOrSleepingOutsideAppIsCaught() {
        JavaClasses planted = new ClassFileImporter().importClasses(ServiceThatReadsTheWallClock.class);
        AssertionError failure = assertThrows(AssertionError.class,
                () -> RuntimeRules.noWallClockOutsideApp().check(planted));
        String message = failure.getMessage();
        assertTrue(message.contains("Instant.now()"), message);
        assertTrue(message.contains("Clock.systemDefaultZone()"), message);
        assertTrue(message.contains("Thread.sleep(long)"), message);
        assertFalse(message.contains("LocalDate.now(java.time.Clock)"), "now(clock) reads the injected clock: " + message);
    }

    @Test
    void readingTheInjectedClockIsAllowed() {
        RuntimeRules.noWallClockOutsideApp()
                .check(new ClassFileImporter().importClasses(ServiceThatAsksTheInjectedClock.class));
    }

    @Test
    void aUiClassOutsideUiCommonCallingRunLaterIsCaught() {
        JavaClasses planted = new ClassFileImporter().importClasses(ViewModelThatQueuesItself.class);
        AssertionError failure = assertThrows(AssertionError.class,
                () -> RuntimeRules.onlyUiCommonQueuesOnTheFxThread().check(planted));
        assertTrue(failure.getMessage().contains("ViewModelThatQueuesItself"), failure.getMessage());
    }

    @Test
    void aDomainClassThatBuildsNodesIsCaught() {
        JavaClasses planted = new ClassFileImporter().importClasses(DomainThatBuildsNodes.class);
        AssertionError failure = assertThrows(AssertionError.class, () -> LayerRules.domainIsPlainJava().check(planted));
        assertTrue(failure.getMessage().contains("javafx.scene.control.Label"), failure.getMessage());
        assertThrows(AssertionError.class, () -> LayerRules.onlyUiUsesScene().check(planted));
    }

    @Test
    void aServiceThatReachesUpIntoTheUiIsCaught() {
        JavaClasses planted = new ClassFileImporter().importClasses(ServiceThatOpensTheUi.class,
                org.incidentdesk.ui.shell.Workspace.class);
        AssertionError failure = assertThrows(AssertionError.class, () -> LayerRules.layers().check(planted));
        assertTrue(failure.getMessage().contains("ServiceThatOpensTheUi"), failure.getMessage());
    }
}
