package dev.mcpkit.maven.core.packaging;

import java.util.List;

/**
 * What the POM says about the project, for bundle and registry metadata: coordinates, description, home page,
 * licence names, the first developer (or the organization) as author, and the SCM URL.
 */
public record ProjectInfo(String groupId, String artifactId, String version, String name, String description, String url,
                          List<String> licenses, Author author, String scmUrl) {

    public ProjectInfo {
        licenses = licenses == null ? List.of() : List.copyOf(licenses);
    }

    /** A person or organization; any part may be null. */
    public record Author(String name, String email, String url) {
    }
}
