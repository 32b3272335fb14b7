package dev.mcpkit.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.model.Model;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

/** The mcp:package, mcp:package-no-fork, mcp:run and mcp:inspect parameters bind from the POM, with documented defaults. */
@MojoTest
class PackagingMojoBindingTest {

    private static final String PACKAGE_POM = "src/test/resources/unit/package/pom.xml";
    private static final String DEFAULTS_POM = "src/test/resources/unit/install/pom.xml";

    @Test
    @InjectMojo(goal = "package", pom = PACKAGE_POM)
    void packageBindsItsParametersFromThePom(PackageMojo mojo) {
        assertThat(mojo.jarLayout).isEqualTo("thin");
        assertThat(mojo.startupCache).isFalse();
        assertThat(mojo.outputTimestamp).isEqualTo("2026-01-02T03:04:05Z");
        assertThat(mojo.runtime).isEqualTo("jlink");
        assertThat(mojo.registryName).isEqualTo("io.github.ada/weather");
        assertThat(mojo.registryDescription).isEqualTo("Forecasts");
        assertThat(mojo.bundleUrl).isEqualTo("https://example.org/weather.mcpb");
    }

    @Test
    @InjectMojo(goal = "package-no-fork", pom = DEFAULTS_POM)
    void packageDefaultsToAnUberJarWithTheStartupCacheOnTheSystemJava(PackageNoForkMojo mojo) {
        assertThat(mojo.jarLayout).isEqualTo("uber");
        assertThat(mojo.startupCache).isTrue();
        assertThat(mojo.runtime).isEqualTo("system");
        assertThat(mojo.registryName).isNull();
        assertThat(mojo.skipPackage).isFalse();
    }

    @Test
    void theMcpNamePropertyNamesTheServerInTheRegistryUnlessRegistryNameIsSet() {
        Model model = new Model();
        model.getProperties().setProperty("mcpName", "io.github.ada/weather-mcp");
        PackageMojo mojo = new PackageMojo();
        mojo.project = new MavenProject(model);
        assertThat(mojo.registryName()).isEqualTo("io.github.ada/weather-mcp");
        mojo.registryName = "io.github.ada/other";
        assertThat(mojo.registryName()).isEqualTo("io.github.ada/other");
    }

    @Test
    @InjectMojo(goal = "package", pom = DEFAULTS_POM)
    @MojoParameter(name = "skipPackage", value = "true")
    void packageSkipSaysWhy(PackageMojo mojo) {
        assertThat(mojo.goalSkipReason()).isEqualTo("mcp.package.skip is true");
    }

    @Test
    @InjectMojo(goal = "run", pom = PACKAGE_POM)
    void runBindsTheServersArguments(RunMojo mojo) {
        assertThat(mojo.args).containsExactly("--port", "8080");
    }

    @Test
    @InjectMojo(goal = "run", pom = DEFAULTS_POM)
    void runPassesNoArgumentsByDefault(RunMojo mojo) {
        assertThat(mojo.args).isEmpty();
    }

    @Test
    @InjectMojo(goal = "inspect", pom = PACKAGE_POM)
    void inspectBindsTheFormatAndTheOutputFile(InspectMojo mojo) {
        assertThat(mojo.format).isEqualTo("json");
        assertThat(mojo.output).isEqualTo("target/inspect.json");
    }

    @Test
    @InjectMojo(goal = "inspect", pom = DEFAULTS_POM)
    void inspectDefaultsToTablesOnStdout(InspectMojo mojo) {
        assertThat(mojo.format).isEqualTo("table");
        assertThat(mojo.output).isNull();
        assertThat(mojo.skipInspect).isFalse();
    }
}
