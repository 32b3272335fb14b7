package dev.mcpkit.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.mcpkit.maven.core.setup.MainClassResolver;
import dev.mcpkit.maven.core.validate.PomFacts;
import dev.mcpkit.maven.core.validate.PomFacts.DeclaredVersion;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.project.MavenProject;

/** Adapts a {@link MavenProject} to the plain {@link PomFacts} the checks read. */
final class ProjectFacts {

    private ProjectFacts() {
    }

    static PomFacts of(MavenProject project, String configuredMainClass) {
        Model m = project.getModel();
        return new PomFacts(project.getGroupId(), project.getArtifactId(), project.getVersion(),
                m.getName(), m.getDescription(), m.getUrl(), m.getLicenses().size(), m.getScm() != null,
                m.getDevelopers().size(), m.getOrganization() != null, m.getIssueManagement() != null,
                ProjectRelease.declared(project), mainClass(project, configuredMainClass), versions(project));
    }

    private static String mainClass(MavenProject project, String configured) {
        Path jar = Path.of(project.getBuild().getDirectory(), project.getBuild().getFinalName() + ".jar");
        try {
            return MainClassResolver.resolve(configured, project.getProperties().getProperty("exec.mainClass"), jar);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Dependencies with their effective version (ranges and LATEST survive interpolation) and resolved version;
     * build plugins with the version some POM of the parent chain pins, or null when Maven's default applies.
     */
    private static List<DeclaredVersion> versions(MavenProject project) {
        List<DeclaredVersion> versions = new ArrayList<>();
        for (Dependency d : project.getDependencies()) {
            String key = d.getGroupId() + ":" + d.getArtifactId();
            String resolved = null;
            for (Artifact a : project.getArtifacts()) {
                if (a.getGroupId().equals(d.getGroupId()) && a.getArtifactId().equals(d.getArtifactId())) {
                    resolved = a.getVersion();
                }
            }
            versions.add(new DeclaredVersion(DeclaredVersion.Kind.DEPENDENCY, key, d.getVersion(), resolved));
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
            if (original.getBuild() == null) {
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
}
