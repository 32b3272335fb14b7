package dev.mcpkit.maven;

import java.util.ArrayList;
import java.util.List;

import dev.mcpkit.maven.core.release.DeclaredRelease;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/** Reads what a {@link MavenProject} declares about its Java release; {@code JavaRelease} decides. */
final class ProjectRelease {

    private static final String COMPILER = "org.apache.maven.plugins:maven-compiler-plugin";
    private static final String TOOLCHAINS = "org.apache.maven.plugins:maven-toolchains-plugin";

    private ProjectRelease() {
    }

    static DeclaredRelease declared(MavenProject project) {
        List<Xpp3Dom> compiler = configurations(project, COMPILER, "default-compile");
        List<Xpp3Dom> toolchains = configurations(project, TOOLCHAINS, null);
        String toolchain = value(compiler, "jdkToolchain", "version");
        return new DeclaredRelease(value(compiler, "release"), property(project, "maven.compiler.release"),
                value(compiler, "target"), property(project, "maven.compiler.target"),
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

    private static String property(MavenProject project, String name) {
        return project.getProperties().getProperty(name);
    }
}
