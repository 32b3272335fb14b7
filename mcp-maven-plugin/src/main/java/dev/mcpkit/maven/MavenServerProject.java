package dev.mcpkit.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.mcpkit.maven.core.project.Coordinates;
import dev.mcpkit.maven.core.project.DeclaredVersion;
import dev.mcpkit.maven.core.project.ProjectLayout;
import dev.mcpkit.maven.core.project.ProjectMetadata;
import dev.mcpkit.maven.core.project.ServerProject;
import dev.mcpkit.maven.core.release.DeclaredRelease;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.model.Build;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Developer;
import org.apache.maven.model.License;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * The plugin's one adapter from Maven's model: reads a {@link MavenProject} and the goal's configuration into the
 * immutable {@link ServerProject} that every goal and check works on. Nothing else outside the mojos reads Maven types.
 */
final class MavenServerProject {

    private static final String COMPILER = "org.apache.maven.plugins:maven-compiler-plugin";
    private static final String TOOLCHAINS = "org.apache.maven.plugins:maven-toolchains-plugin";

    private MavenServerProject() {
    }

    /**
     * @param configuredMain    {@code mcp.mainClass}, or null
     * @param configuredRelease {@code mcp.javaRelease}, or null
     * @param mcpDirectory      {@code mcp.directory}, where {@code mcp:package} writes
     */
    static ServerProject read(MavenProject project, String configuredMain, String configuredRelease, Path mcpDirectory) {
        Build build = project.getBuild();
        Path buildDirectory = Path.of(build.getDirectory());
        ProjectLayout layout = new ProjectLayout(project.getBasedir().toPath(), buildDirectory, Path.of(build.getOutputDirectory()),
                buildDirectory.resolve(build.getFinalName() + ".jar"), mcpDirectory);
        return new ServerProject(
                new Coordinates(project.getGroupId(), project.getArtifactId(), project.getVersion(), project.getPackaging()),
                metadata(project.getModel()), layout, runtimeClasspath(project), mcpRuntime(project), versions(project),
                declaredRelease(project), configuredRelease, Runtime.version().feature(), configuredMain,
                project.getProperties().getProperty("exec.mainClass"));
    }

    private static ProjectMetadata metadata(Model m) {
        List<ProjectMetadata.License> licenses = new ArrayList<>();
        for (License l : m.getLicenses()) {
            licenses.add(new ProjectMetadata.License(l.getName(), l.getUrl()));
        }
        List<ProjectMetadata.Person> developers = new ArrayList<>();
        for (Developer d : m.getDevelopers()) {
            developers.add(new ProjectMetadata.Person(d.getId(), d.getName() != null ? d.getName() : d.getId(), d.getEmail(), d.getUrl()));
        }
        ProjectMetadata.Person organization = m.getOrganization() == null ? null
                : new ProjectMetadata.Person(null, m.getOrganization().getName(), null, m.getOrganization().getUrl());
        ProjectMetadata.Scm scm = m.getScm() == null ? null
                : new ProjectMetadata.Scm(m.getScm().getUrl(), m.getScm().getConnection(), m.getScm().getDeveloperConnection());
        ProjectMetadata.IssueTracker issues = m.getIssueManagement() == null ? null
                : new ProjectMetadata.IssueTracker(m.getIssueManagement().getSystem(), m.getIssueManagement().getUrl());
        return new ProjectMetadata(m.getName(), m.getDescription(), m.getUrl(), licenses, developers, organization, scm, issues);
    }

    private static List<Path> runtimeClasspath(MavenProject project) {
        List<Path> classpath = new ArrayList<>();
        try {
            for (String element : project.getRuntimeClasspathElements()) {
                classpath.add(Path.of(element));
            }
        } catch (DependencyResolutionRequiredException e) {
            throw new IllegalStateException("runtime dependencies are not resolved", e);
        }
        return classpath;
    }

    /** Servers built on mcp-runtime answer {@code --describe}; others get a handshake. */
    private static boolean mcpRuntime(MavenProject project) {
        for (Artifact artifact : project.getArtifacts()) {
            if ("dev.mcpkit".equals(artifact.getGroupId()) && "mcp-runtime".equals(artifact.getArtifactId())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Dependencies with their effective version (ranges and LATEST survive interpolation) and resolved version;
     * build plugins with the version some POM of the parent chain pins, or null when Maven's default applies.
     */
    private static List<DeclaredVersion> versions(MavenProject project) {
        List<DeclaredVersion> versions = new ArrayList<>();
        for (Dependency d : project.getDependencies()) {
            String resolved = null;
            for (Artifact a : project.getArtifacts()) {
                if (a.getGroupId().equals(d.getGroupId()) && a.getArtifactId().equals(d.getArtifactId())) {
                    resolved = a.getVersion();
                }
            }
            versions.add(new DeclaredVersion(DeclaredVersion.Kind.DEPENDENCY, d.getGroupId() + ":" + d.getArtifactId(), d.getVersion(), resolved));
        }
        Set<String> pinned = pinnedPlugins(project);
        for (Plugin p : project.getBuildPlugins()) {
            String declared = pinned.contains(p.getKey()) ? p.getVersion() : null;
            versions.add(new DeclaredVersion(DeclaredVersion.Kind.PLUGIN, p.getKey(), declared, p.getVersion()));
        }
        return versions;
    }

    private static Set<String> pinnedPlugins(MavenProject project) {
        Set<String> pinned = new HashSet<>();
        for (MavenProject p = project; p != null; p = p.getParent()) {
            Model original = p.getOriginalModel();
            if (original == null || original.getBuild() == null) {
                continue;
            }
            List<Plugin> declared = new ArrayList<>(original.getBuild().getPlugins());
            if (original.getBuild().getPluginManagement() != null) {
                declared.addAll(original.getBuild().getPluginManagement().getPlugins());
            }
            for (Plugin plugin : declared) {
                if (plugin.getVersion() != null && !plugin.getVersion().isBlank()) {
                    pinned.add(plugin.getKey());
                }
            }
        }
        return pinned;
    }

    /** What the POM declares about its Java release, read the way the compiler reads it; {@code JavaRelease} decides. */
    private static DeclaredRelease declaredRelease(MavenProject project) {
        List<Xpp3Dom> compiler = configurations(project, COMPILER, "default-compile");
        List<Xpp3Dom> toolchains = configurations(project, TOOLCHAINS, null);
        String toolchain = value(compiler, "jdkToolchain", "version");
        return new DeclaredRelease(value(compiler, "release"), project.getProperties().getProperty("maven.compiler.release"),
                value(compiler, "target"), project.getProperties().getProperty("maven.compiler.target"),
                toolchain != null ? toolchain : value(toolchains, "toolchains", "jdk", "version"));
    }

    /**
     * The plugin's configurations, the one that wins first: the execution's (when named, else every execution's), the
     * build plugin's, then pluginManagement's (Maven merges it into a declared plugin, not into one bound implicitly).
     */
    private static List<Xpp3Dom> configurations(MavenProject project, String key, String execution) {
        List<Xpp3Dom> found = new ArrayList<>();
        List<Plugin> plugins = new ArrayList<>();
        plugins.add(project.getPlugin(key));
        if (project.getPluginManagement() != null) {
            plugins.add(project.getPluginManagement().getPluginsAsMap().get(key));
        }
        for (Plugin plugin : plugins) {
            if (plugin == null) {
                continue;
            }
            for (PluginExecution e : plugin.getExecutions()) {
                if (execution == null || execution.equals(e.getId())) {
                    add(found, e.getConfiguration());
                }
            }
            add(found, plugin.getConfiguration());
        }
        return found;
    }

    private static void add(List<Xpp3Dom> found, Object configuration) {
        if (configuration instanceof Xpp3Dom dom) {
            found.add(dom);
        }
    }

    /** The text at {@code path} in the first configuration that has it, or null. */
    private static String value(List<Xpp3Dom> configurations, String... path) {
        for (Xpp3Dom dom : configurations) {
            Xpp3Dom node = dom;
            for (int i = 0; i < path.length && node != null; i++) {
                node = node.getChild(path[i]);
            }
            // an expression left as written names a property that is not set: the compiler sees no value either
            if (node != null && node.getValue() != null && !node.getValue().isBlank() && !node.getValue().contains("${")) {
                return node.getValue().trim();
            }
        }
        return null;
    }
}
