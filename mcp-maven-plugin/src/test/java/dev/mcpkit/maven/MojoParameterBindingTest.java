package dev.mcpkit.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcpkit.maven.core.describe.Setting;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.junit.jupiter.api.Test;

/** The mcp:config and mcp:install parameters bind from the POM configuration, with documented defaults. */
@MojoTest
class MojoParameterBindingTest {

    private static final String CONFIG_POM = "src/test/resources/unit/config/pom.xml";
    private static final String INSTALL_POM = "src/test/resources/unit/install/pom.xml";

    @Test
    @InjectMojo(goal = "config", pom = CONFIG_POM)
    void configBindsEveryParameterFromThePom(ConfigMojo mojo) {
        assertThat(mojo.client).isEqualTo("vscode");
        assertThat(mojo.launch).isEqualTo("java");
        assertThat(mojo.mainClass).isEqualTo("com.example.WeatherServer");
        assertThat(mojo.serverName).isEqualTo("weather-eu");
        assertThat(mojo.describe).isEqualTo("handshake");
        assertThat(mojo.describeTimeout).isEqualTo(15);
        assertThat(mojo.jvmOptions).containsExactly("-Xmx128m");
        assertThat(mojo.javaRelease).isEqualTo("21");
        assertThat(mojo.settings).extracting(SettingConfig::toSetting).containsExactly(
                new Setting("WEATHER_API_KEY", "API key", "string", true, true, null),
                new Setting("WEATHER_UNITS", null, "string", false, false, "metric"));
    }

    @Test
    @InjectMojo(goal = "config", pom = INSTALL_POM)
    void configDefaults(ConfigMojo mojo) {
        assertThat(mojo.launch).isEqualTo("launcher");
        assertThat(mojo.describe).isEqualTo("auto");
        assertThat(mojo.describeTimeout).isEqualTo(60);
        assertThat(mojo.skip).isFalse();
        assertThat(mojo.skipConfig).isFalse();
        assertThat(mojo.mainClass).isNull();
        assertThat(mojo.settings).isEmpty();
        assertThat(mojo.output).isNull();
    }

    @Test
    @InjectMojo(goal = "config", pom = CONFIG_POM)
    @MojoParameter(name = "client", value = "goose")
    @MojoParameter(name = "launch", value = "jbang")
    void commandLineValuesOverrideThePom(ConfigMojo mojo) {
        assertThat(mojo.client).isEqualTo("goose");
        assertThat(mojo.launch).isEqualTo("jbang");
    }

    @Test
    @InjectMojo(goal = "config", pom = CONFIG_POM)
    @MojoParameter(name = "output", value = "x.json")
    void configTakesAnOutputFile(ConfigMojo mojo) {
        assertThat(mojo.output).isEqualTo("x.json");
    }

    @Test
    @InjectMojo(goal = "install", pom = INSTALL_POM)
    void installBindsItsOwnParameters(InstallMojo mojo) {
        assertThat(mojo.client).isEqualTo("claude-code");
        assertThat(mojo.scope).isEqualTo("project");
        assertThat(mojo.configFile).isEqualTo("/tmp/somewhere/.mcp.json");
        assertThat(mojo.dryRun).isTrue();
        assertThat(mojo.uninstall).isTrue();
        assertThat(mojo.skipInstall).isFalse();
    }

    @Test
    @InjectMojo(goal = "install", pom = CONFIG_POM)
    void installDefaultsToUserScopeAndWritesForReal(InstallMojo mojo) {
        assertThat(mojo.scope).isEqualTo("user");
        assertThat(mojo.dryRun).isFalse();
        assertThat(mojo.uninstall).isFalse();
        assertThat(mojo.configFile).isNull();
    }

    @Test
    @InjectMojo(goal = "install", pom = INSTALL_POM)
    void installOnAnUncompiledProjectSaysToCompileAndRunInstall(InstallMojo mojo) {
        mojo.project.getBuild().setOutputDirectory("target/never-compiled/classes");
        org.assertj.core.api.Assertions.assertThatThrownBy(mojo::execute)
                .hasMessageEndingWith("does not exist: compile first, e.g. mvn compile mcp:install");
    }

    @Test
    @InjectMojo(goal = "install", pom = INSTALL_POM)
    @MojoParameter(name = "skip", value = "true")
    void globalSkipReturnsBeforeTouchingTheServerOrAnyFile(InstallMojo mojo) throws Exception {
        mojo.execute();
        assertThat(mojo.skip).isTrue();
    }

    @Test
    @InjectMojo(goal = "config", pom = INSTALL_POM)
    @MojoParameter(name = "skipConfig", value = "true")
    void goalSkipSaysWhy(ConfigMojo mojo) {
        assertThat(mojo.goalSkipReason()).isEqualTo("mcp.config.skip is true");
    }

    @Test
    void unnamedSettingIsAConfigurationErrorNamingTheElement() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SettingConfig().toSetting())
                .hasMessageContaining("<setting> has no <key>");
    }
}
