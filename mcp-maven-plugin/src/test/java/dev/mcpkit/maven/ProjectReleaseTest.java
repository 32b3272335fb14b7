package dev.mcpkit.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;

import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.model.PluginManagement;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.junit.jupiter.api.Test;

/**
 * The release the mcp goals write into launchers, JBang entries and the .mcpb comes from the POM the way the compiler
 * reads it, not from the JDK running the build (these tests run on another JDK than the releases they declare).
 */
class ProjectReleaseTest {

    private static final String COMPILER = "org.apache.maven.plugins:maven-compiler-plugin";
    private static final String TOOLCHAINS = "org.apache.maven.plugins:maven-toolchains-plugin";

    private final Model model = new Model();

    ProjectReleaseTest() {
        model.setBuild(new Build());
    }

    private int release() {
        PackageMojo mojo = new PackageMojo();
        mojo.project = new MavenProject(model);
        return mojo.release();
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
        PackageMojo mojo = new PackageMojo();
        mojo.project = new MavenProject(model);
        mojo.javaRelease = "21";
        assertThat(mojo.release()).isEqualTo(21);
    }
}
