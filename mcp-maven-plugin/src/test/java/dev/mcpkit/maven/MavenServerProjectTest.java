package dev.mcpkit.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;

import dev.mcpkit.maven.core.project.Coordinates;
import dev.mcpkit.maven.core.project.DeclaredVersion;
import dev.mcpkit.maven.core.project.ProjectLayout;
import dev.mcpkit.maven.core.project.ProjectMetadata;
import dev.mcpkit.maven.core.project.ServerProject;
import dev.mcpkit.maven.core.release.JavaRelease;
import org.apache.maven.model.Build;
import org.apache.maven.model.Developer;
import org.apache.maven.model.License;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.model.PluginManagement;
import org.apache.maven.model.Scm;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one adapter from Maven's model. The release the mcp goals write into launchers, JBang entries and the .mcpb comes
 * from the POM the way the compiler reads it, not from the JDK running the build (these tests run on another JDK than
 * the releases they declare).
 */
class MavenServerProjectTest {

    private static final String COMPILER = "org.apache.maven.plugins:maven-compiler-plugin";
    private static final String TOOLCHAINS = "org.apache.maven.plugins:maven-toolchains-plugin";

    @TempDir
    Path base;

    private final Model model = new Model();

    MavenServerProjectTest() {
        model.setGroupId("com.example");
        model.setArtifactId("weather");
        model.setVersion("1.2.0");
        model.setBuild(new Build());
    }

    private MavenProject project() {
        model.getBuild().setDirectory(base.resolve("target").toString());
        model.getBuild().setOutputDirectory(base.resolve("target/classes").toString());
        model.getBuild().setFinalName("weather-1.2.0");
        MavenProject project = new MavenProject(model);
        project.setFile(base.resolve("pom.xml").toFile());
        project.setOriginalModel(model);
        return project;
    }

    private ServerProject read(String configuredRelease) {
        return MavenServerProject.read(project(), null, configuredRelease, base.resolve("target/mcp"));
    }

    private int release() {
        return read(null).javaRelease().feature();
    }

    private static Plugin plugin(String key, String configuration) throws Exception {
        Plugin plugin = new Plugin();
        plugin.setGroupId(key.substring(0, key.indexOf(':')));
        plugin.setArtifactId(key.substring(key.indexOf(':') + 1));
        plugin.setConfiguration(dom(configuration));
        return plugin;
    }

    private static PluginExecution execution(String id, String configuration) throws Exception {
        PluginExecution execution = new PluginExecution();
        execution.setId(id);
        execution.setConfiguration(dom(configuration));
        return execution;
    }

    private static Xpp3Dom dom(String configuration) throws Exception {
        return configuration == null ? null : Xpp3DomBuilder.build(new StringReader("<configuration>" + configuration + "</configuration>"));
    }

    @Test
    void theCompilerPluginsReleaseWithoutThePropertyDecides() throws Exception {
        model.getBuild().addPlugin(plugin(COMPILER, "<release>19</release><parameters>true</parameters>"));
        assertThat(release()).isEqualTo(19);
    }

    @Test
    void theCompilerPluginsReleaseInPluginManagementDecides() throws Exception {
        PluginManagement management = new PluginManagement();
        management.addPlugin(plugin(COMPILER, "<release>19</release>"));
        model.getBuild().setPluginManagement(management);
        assertThat(release()).isEqualTo(19);
    }

    @Test
    void theDefaultCompileExecutionsReleaseWinsOverThePlugins() throws Exception {
        Plugin compiler = plugin(COMPILER, "<release>21</release>");
        compiler.addExecution(execution("default-compile", "<release>19</release>"));
        model.getBuild().addPlugin(compiler);
        assertThat(release()).isEqualTo(19);
    }

    @Test
    void theCompilerConfigurationWinsOverTheReleaseProperty() throws Exception {
        model.getProperties().setProperty("maven.compiler.release", "21");
        model.getBuild().addPlugin(plugin(COMPILER, "<release>19</release>"));
        assertThat(release()).isEqualTo(19);
    }

    @Test
    void aTargetPropertyDecidesWithoutARelease() {
        model.getProperties().setProperty("maven.compiler.target", "19");
        assertThat(release()).isEqualTo(19);
    }

    @Test
    void aJdkToolchainDecidesWithoutReleaseOrTarget() throws Exception {
        Plugin toolchains = plugin(TOOLCHAINS, null);
        toolchains.addExecution(execution("default", "<toolchains><jdk><version>[19,)</version></jdk></toolchains>"));
        model.getBuild().addPlugin(toolchains);
        assertThat(release()).isEqualTo(19);
    }

    @Test
    void anExpressionNamingAnUnsetPropertyIsNoDeclaration() throws Exception {
        model.getBuild().addPlugin(plugin(COMPILER, "<release>${java.release}</release>"));
        assertThat(release()).isEqualTo(Runtime.version().feature());
    }

    @Test
    void mcpJavaReleaseOverridesThePom() throws Exception {
        model.getBuild().addPlugin(plugin(COMPILER, "<release>19</release>"));
        assertThat(read("21").javaRelease()).isEqualTo(new JavaRelease(21, "mcp.javaRelease"));
    }

    @Test
    void coordinatesMetadataAndLayoutComeFromThePom() {
        model.setName("Weather");
        model.setDescription("Forecasts");
        model.setUrl("https://example.org/weather");
        License license = new License();
        license.setName("Apache-2.0");
        license.setUrl("https://www.apache.org/licenses/LICENSE-2.0");
        model.addLicense(license);
        Developer developer = new Developer();
        developer.setId("ada");
        developer.setEmail("ada@example.org");
        model.addDeveloper(developer);
        Scm scm = new Scm();
        scm.setUrl("https://github.com/ada/weather");
        scm.setConnection("scm:git:https://github.com/ada/weather.git");
        model.setScm(scm);
        model.getProperties().setProperty("exec.mainClass", "com.example.WeatherServer");

        ServerProject project = read(null);

        assertThat(project.coordinates()).isEqualTo(new Coordinates("com.example", "weather", "1.2.0", "jar"));
        assertThat(project.metadata().licenses()).containsExactly(
                new ProjectMetadata.License("Apache-2.0", "https://www.apache.org/licenses/LICENSE-2.0"));
        // a developer without a name is named by its id, so a bundle still has an author
        assertThat(project.metadata().author()).isEqualTo(new ProjectMetadata.Person("ada", "ada", "ada@example.org", null));
        assertThat(project.metadata().scmUrl()).isEqualTo("https://github.com/ada/weather");
        assertThat(project.metadata().organization()).isNull();
        assertThat(project.metadata().issueManagement()).isNull();
        assertThat(project.mainClass()).isEqualTo("com.example.WeatherServer");
        assertThat(project.layout()).isEqualTo(new ProjectLayout(base, base.resolve("target"), base.resolve("target/classes"),
                base.resolve("target/weather-1.2.0.jar"), base.resolve("target/mcp")));
        assertThat(project.mcpRuntime()).isFalse();
    }

    @Test
    void aPluginVersionComesFromThePomOnlyWhenSomePomPinsIt() throws Exception {
        Plugin pinned = plugin(COMPILER, null);
        pinned.setVersion("3.14.1");
        model.getBuild().addPlugin(pinned);
        MavenProject project = project();
        project.setOriginalModel(model.clone());
        // Maven fills in a default version for a plugin that no POM pins: the effective model has one, the original not
        Plugin unpinned = plugin("org.apache.maven.plugins:maven-jar-plugin", null);
        model.getBuild().addPlugin(unpinned);
        unpinned.setVersion("2.4");

        ServerProject read = MavenServerProject.read(project, null, null, base.resolve("target/mcp"));

        assertThat(read.versions()).containsExactly(
                new DeclaredVersion(DeclaredVersion.Kind.PLUGIN, COMPILER, "3.14.1", "3.14.1"),
                new DeclaredVersion(DeclaredVersion.Kind.PLUGIN, "org.apache.maven.plugins:maven-jar-plugin", null, "2.4"));
    }
}
