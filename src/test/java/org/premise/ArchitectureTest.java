package org.premise;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The layers of Premise's production code, checked on its compiled classes so that they
 * cannot drift. From the bottom up:
 * <ol>
 * <li>foundation: {@code org.premise} itself (bad input, bundled resources, text), {@code ints},
 * {@code rdf} (vocabulary, terms, readers and writers), {@code digest} (the digest format);</li>
 * <li>{@code kb}: a knowledge base of sources, the dataset layout, statement names;</li>
 * <li>{@code query}: the named queries and their results;</li>
 * <li>{@code reason}: rules, the derivation service, the analysis, credences;</li>
 * <li>views of a derived knowledge base: {@code aif}, {@code links}, {@code map}, {@code report};</li>
 * <li>{@code store} (TDB2) and {@code server} (Fuseki), side by side, neither using the other;</li>
 * <li>{@code app}: what a command orchestrates (loading, store or memory, serving);</li>
 * <li>{@code cli}: commands that bind options, call {@code app} and print;</li>
 * </ol>
 * and beside them {@code bench}, which may use anything and which nothing uses.
 */
class ArchitectureTest {
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("org.premise");

    /** The rules below hold vacuously over no classes: make sure the compiled classes were found. */
    @Test
    void everyLayerHasClasses() {
        for (String layer : new String[] {"org.premise.rdf", "org.premise.kb", "org.premise.query", "org.premise.reason",
                "org.premise.report", "org.premise.store", "org.premise.server", "org.premise.app", "org.premise.cli",
                "org.premise.bench"}) {
            assertTrue(PRODUCTION.containPackage(layer), "no classes found in " + layer);
        }
    }

    @Test
    void noCyclesBetweenTopLevelPackages() {
        slices().matching("org.premise.(*)..").should().beFreeOfCycles().check(PRODUCTION);
    }

    @Test
    void noCyclesBetweenAnyPackages() {
        slices().matching("org.premise.(**)").should().beFreeOfCycles().check(PRODUCTION);
    }

    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Foundation").definedBy("org.premise", "org.premise.ints..", "org.premise.rdf..", "org.premise.digest..")
                .layer("Knowledge").definedBy("org.premise.kb..")
                .layer("Queries").definedBy("org.premise.query..")
                .layer("Reasoning").definedBy("org.premise.reason..")
                .layer("Views").definedBy("org.premise.aif..", "org.premise.links..", "org.premise.map..", "org.premise.report..")
                .layer("Storage").definedBy("org.premise.store..")
                .layer("Server").definedBy("org.premise.server..")
                .layer("Application").definedBy("org.premise.app..")
                .layer("CommandLine").definedBy("org.premise.cli..")
                .layer("Benchmarks").definedBy("org.premise.bench..")
                .whereLayer("Foundation").mayNotAccessAnyLayer()
                .whereLayer("Knowledge").mayOnlyAccessLayers("Foundation")
                .whereLayer("Queries").mayOnlyAccessLayers("Foundation", "Knowledge")
                .whereLayer("Reasoning").mayOnlyAccessLayers("Foundation", "Knowledge", "Queries")
                .whereLayer("Views").mayOnlyAccessLayers("Foundation", "Knowledge", "Queries", "Reasoning")
                .whereLayer("Storage").mayOnlyAccessLayers("Foundation", "Knowledge")
                .whereLayer("Server").mayOnlyAccessLayers("Foundation", "Knowledge", "Queries", "Reasoning", "Views")
                .whereLayer("Application").mayOnlyAccessLayers("Foundation", "Knowledge", "Queries", "Reasoning", "Views",
                        "Storage", "Server")
                .whereLayer("CommandLine").mayOnlyAccessLayers("Foundation", "Knowledge", "Queries", "Reasoning", "Views",
                        "Server", "Application")
                .whereLayer("Benchmarks").mayNotBeAccessedByAnyLayer()
                .ensureAllClassesAreContainedInArchitecture()
                .check(PRODUCTION);
    }

    @Test
    void theAnalysisAlgorithmsDoNotKnowJena() {
        noClasses().that().resideInAPackage("org.premise.reason.analysis..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.jena..")
                .because("the analysis runs on int-coded argument graphs; Jena is for parsing, SPARQL and serving")
                .check(PRODUCTION);
    }

    @Test
    void credencesDoNotKnowJenaEither() {
        noClasses().that().resideInAPackage("org.premise.reason.credence..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.jena..")
                .because("credences propagate over the same int-coded argument graphs as the analysis")
                .check(PRODUCTION);
    }

    @Test
    void commandsUseTheApplicationLayerNotTheStore() {
        noClasses().that().resideInAPackage("org.premise.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.premise.store..")
                .because("whether a command reads a store or memory is decided in org.premise.app")
                .check(PRODUCTION);
    }

    @Test
    void theServerDoesNotUseTheCommandLine() {
        noClasses().that().resideInAPackage("org.premise.server..")
                .should().dependOnClassesThat().resideInAPackage("org.premise.cli..")
                .because("what a command and an endpoint both answer lives below both, in report")
                .check(PRODUCTION);
    }

    @Test
    void nothingInProductionUsesTheBenchmarks() {
        noClasses().that().resideOutsideOfPackage("org.premise.bench..")
                .should().dependOnClassesThat().resideInAPackage("org.premise.bench..")
                .check(PRODUCTION);
    }
}
