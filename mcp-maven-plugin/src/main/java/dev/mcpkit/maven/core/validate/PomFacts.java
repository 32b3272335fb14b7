package dev.mcpkit.maven.core.validate;

import java.util.List;

import dev.mcpkit.maven.core.release.DeclaredRelease;

/**
 * What the POM declares, as plain values (the mojo adapter reads them from Maven's model).
 *
 * @param javaRelease   what the POM says about the Java release (compiler configuration, properties, toolchain)
 * @param mainClass     the declared main class ({@code mcp.mainClass}, {@code exec.mainClass} or the jar's Main-Class); null when none
 * @param versions      every dependency and build plugin with the version the POMs declare for it
 */
public record PomFacts(String groupId, String artifactId, String version, String name, String description, String url,
                       int licenses, boolean scm, int developers, boolean organization, boolean issueManagement,
                       DeclaredRelease javaRelease, String mainClass, List<DeclaredVersion> versions) {

    public PomFacts {
        versions = List.copyOf(versions);
    }

    public boolean isSnapshot() {
        return version != null && version.endsWith("-SNAPSHOT");
    }

    /** A dependency or plugin and the version the POMs declare for it (null: none, Maven picks one). */
    public record DeclaredVersion(Kind kind, String coordinates, String declared, String resolved) {

        public enum Kind { DEPENDENCY, PLUGIN }
    }
}
