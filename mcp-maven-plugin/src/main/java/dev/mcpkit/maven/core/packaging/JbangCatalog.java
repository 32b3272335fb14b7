package dev.mcpkit.maven.core.packaging;

import dev.mcpkit.maven.core.launch.LaunchSpecs;
import dev.mcpkit.maven.core.project.ServerProject;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code jbang-catalog.json}: an alias that runs the published jar, so {@code jbang <name>@<owner>} starts the server. */
public final class JbangCatalog {

    private JbangCatalog() {
    }

    public static ObjectNode build(String alias, String description, ServerProject project, int javaRelease) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.putObject("catalogs");
        ObjectNode entry = root.putObject("aliases").putObject(alias);
        entry.put("script-ref", project.coordinates().groupId() + ":" + project.coordinates().artifactId() + ":" + project.coordinates().version());
        if (description != null) {
            entry.put("description", description);
        }
        entry.put("java", javaRelease + "+");
        // the JVM must not write to stdout, which carries the protocol
        ArrayNode options = entry.putArray("java-options");
        LaunchSpecs.STDOUT_SAFE_JVM_FLAGS.forEach(options::add);
        return root;
    }
}
