package dev.mcpkit.maven.core.validate;

import java.util.List;

/**
 * What the POM declares, as plain values (the mojo adapter reads them from Maven's model).
 *
 * @param javaRelease   {@code maven.compiler.release} or the compiler plugin's {@code release}; null when undeclared
 * @param mainClass     the declared main class ({@code mcp.mainClass}, {@code exec.mainClass} or the jar's Main-Class); null when none
 * @param versions      every dependency and build plugin with the version the POMs declare for it
 */
public record PomFacts(String groupId, String artifactId, String version, String name, String description, String url,
                       int licenses, boolean scm, int developers, boolean organization, boolean issueManagement,
                       String javaRelease, String mainClass, List<DeclaredVersion> versions) {

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
