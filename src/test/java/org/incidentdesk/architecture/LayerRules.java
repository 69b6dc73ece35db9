package org.incidentdesk.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/** The layer rules of ARCHITECTURE.md, written once so the real check and the planted-violation check share them. */
final class LayerRules {
    private LayerRules() {
    }

    static ArchRule layers() {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Domain").definedBy("..domain..")
                .layer("Store").definedBy("..store..")
                .layer("Report").definedBy("..report..")
                .layer("Service").definedBy("..service..")
                .layer("Ui").definedBy("..ui..")
                .layer("Cli").definedBy("..cli..")
                .layer("App").definedBy("..app..")
                .whereLayer("App").mayNotBeAccessedByAnyLayer()
                .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Cli").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Service").mayOnlyBeAccessedByLayers("Ui", "Cli", "App")
                .whereLayer("Report").mayOnlyBeAccessedByLayers("Service", "Ui", "Cli", "App")
                .whereLayer("Store").mayOnlyBeAccessedByLayers("Service", "App")
                .because("arrows point down only (ARCHITECTURE.md)");
    }

    static ArchRule domainIsPlainJava() {
        return noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "org.apache.pdfbox..",
                        "..store..", "..service..", "..ui..", "..cli..", "..app..", "..report..")
                .because("the domain is plain Java");
    }

    static ArchRule onlyStoreUsesJooq() {
        return noClasses().that().resideOutsideOfPackage("..store..")
                .should().dependOnClassesThat().resideInAPackage("org.jooq..")
                .because("only the store talks SQL");
    }

    static ArchRule onlyReportUsesPdfBox() {
        return noClasses().that().resideOutsideOfPackage("..report..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "org.apache.fontbox..")
                .because("only the report layer lays out, renders and prints PDF");
    }

    static ArchRule onlyUiUsesScene() {
        return noClasses().that().resideOutsideOfPackage("..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..")
                .because("only the ui builds nodes");
    }

    static ArchRule viewModelsHoldNoNodes() {
        return noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .because("ViewModels hold state and commands, never nodes");
    }

    static ArchRule servicesKnowNoJavaFx() {
        return noClasses().that().resideInAnyPackage("..service..", "..store..", "..report..", "..cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .because("services run without a toolkit (command line, tests, a future server)");
    }
}
