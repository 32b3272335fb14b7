package dev.mcpkit.maven.core.project;

import java.util.List;

/**
 * What the POM says about the project for people and registries: Maven Central requires most of it, bundles, the MCP
 * Registry and releases show it. Any element may be missing (null, or an empty list).
 */
public record ProjectMetadata(String name, String description, String url, List<License> licenses, List<Person> developers,
                              Person organization, Scm scm, IssueTracker issueManagement) {

    public ProjectMetadata {
        licenses = List.copyOf(licenses);
        developers = List.copyOf(developers);
    }

    /** The first developer, else the organization, else null: whom a bundle names as its author. */
    public Person author() {
        return !developers.isEmpty() ? developers.get(0) : organization != null && organization.name() != null ? organization : null;
    }

    /** The licence names, in POM order. */
    public List<String> licenseNames() {
        return licenses.stream().map(License::name).filter(n -> n != null).toList();
    }

    /** The repository's browsable URL, else its connection; null without {@code <scm>}. */
    public String scmUrl() {
        return scm == null ? null : scm.url() != null ? scm.url() : scm.connection();
    }

    public record License(String name, String url) {
    }

    /** A developer or the organization; any part may be null, a developer's {@code name} falls back to its id. */
    public record Person(String id, String name, String email, String url) {
    }

    public record Scm(String url, String connection, String developerConnection) {
    }

    public record IssueTracker(String system, String url) {
    }
}
