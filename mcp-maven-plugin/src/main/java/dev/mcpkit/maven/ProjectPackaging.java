package dev.mcpkit.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import dev.mcpkit.maven.core.packaging.ProjectInfo;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.model.Developer;
import org.apache.maven.model.License;
import org.apache.maven.project.MavenProject;

/** Adapts a {@link MavenProject} to what packaging needs: POM metadata, runtime jars, the reproducible timestamp. */
final class ProjectPackaging {

    private ProjectPackaging() {
    }

    static ProjectInfo info(MavenProject project) {
        List<String> licenses = new ArrayList<>();
        for (License l : project.getLicenses()) {
            if (l.getName() != null) {
                licenses.add(l.getName());
            }
        }
        ProjectInfo.Author author = null;
        if (!project.getDevelopers().isEmpty()) {
            Developer d = project.getDevelopers().get(0);
            author = new ProjectInfo.Author(d.getName() != null ? d.getName() : d.getId(), d.getEmail(), d.getUrl());
        } else if (project.getOrganization() != null && project.getOrganization().getName() != null) {
            author = new ProjectInfo.Author(project.getOrganization().getName(), null, project.getOrganization().getUrl());
        }
        String scm = null;
        if (project.getScm() != null) {
            scm = project.getScm().getUrl() != null ? project.getScm().getUrl() : project.getScm().getConnection();
        }
        return new ProjectInfo(project.getGroupId(), project.getArtifactId(), project.getVersion(), project.getName(),
                project.getDescription(), project.getUrl(), licenses, author, scm);
    }

    /** The runtime dependency jars (the class path without the project's own classes). */
    static List<Path> dependencies(MavenProject project) {
        List<Path> jars = new ArrayList<>();
        try {
            for (String element : project.getRuntimeClasspathElements()) {
                Path p = Path.of(element);
                if (Files.isRegularFile(p)) {
                    jars.add(p);
                }
            }
        } catch (DependencyResolutionRequiredException e) {
            throw new IllegalStateException("runtime dependencies are not resolved", e);
        }
        return jars;
    }

    /**
     * {@code project.build.outputTimestamp} as Maven reads it: ISO-8601 or seconds since the epoch; unset (or one
     * character, Maven's "off") means now, so the archives are then not reproducible.
     */
    static Instant timestamp(String value) {
        if (value == null || value.trim().length() < 2) {
            return Instant.now();
        }
        String v = value.trim();
        if (v.chars().allMatch(Character::isDigit)) {
            return Instant.ofEpochSecond(Long.parseLong(v));
        }
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("project.build.outputTimestamp '" + v
                    + "' is neither ISO-8601 (2026-01-01T00:00:00Z) nor seconds since 1970: fix it in pom.xml");
        }
    }
}
