package dev.mcpkit.maven;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The plugin's shape: Maven's types stop at the mojos and the two adapters ({@code MavenServerProject} for the model,
 * {@code MavenArtifacts} for the resolver), and the core's packages depend on each other one way, so each can be read
 * and tested without the ones above it.
 */
class PackageStructureTest {

    private static final JavaClasses PLUGIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.mcpkit.maven");

    @Test
    void onlyTheMojosAndTheAdaptersReadMavensTypes() {
        noClasses().that().resideInAPackage("dev.mcpkit.maven..")
                .and().doNotHaveSimpleName("MavenServerProject")
                .and().doNotHaveSimpleName("MavenArtifacts")
                .and().haveSimpleNameNotEndingWith("Mojo")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.maven..", "org.eclipse.aether..",
                        "org.codehaus.plexus..")
                .because("the core is plain Java, unit-tested without Maven")
                .check(PLUGIN);
    }

    @Test
    void theCoreDoesNotReachBackIntoTheMojos() {
        noClasses().that().resideInAPackage("dev.mcpkit.maven.core..")
                .should().dependOnClassesThat().resideInAPackage("dev.mcpkit.maven")
                .check(PLUGIN);
    }

    @Test
    void theCorePackagesFormNoCycle() {
        slices().matching("dev.mcpkit.maven.core.(*)..").should().beFreeOfCycles().check(PLUGIN);
    }
}
