package dev.mcpkit.maven.core.validate.checks;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.mcpkit.maven.core.validate.Category;
import dev.mcpkit.maven.core.validate.Check;
import dev.mcpkit.maven.core.validate.Findings;
import dev.mcpkit.maven.core.validate.ProjectModel;
import tools.jackson.databind.JsonNode;

/** The MCP Registry refuses a server.json whose description is longer than 100 characters. */
public final class ServerJsonCheck implements Check {

    static final int MAX_DESCRIPTION = 100;

    @Override
    public String id() {
        return "consistency.server-json";
    }

    @Override
    public Category category() {
        return Category.CONSISTENCY;
    }

    @Override
    public String title() {
        return "server.json description <= 100 characters";
    }

    @Override
    public void run(ProjectModel model, Findings findings) {
        Path file = model.layout().serverJson();
        if (!Files.isRegularFile(file)) {
            findings.info("no target/mcp/server.json yet: run mcp:package to check it");
            return;
        }
        JsonNode root = NameVersionCheck.read(file);
        String description = root == null ? "" : root.path("description").asString("");
        if (description.isBlank()) {
            findings.error("server.json has no description", "give the POM a <description> of at most " + MAX_DESCRIPTION + " characters");
        } else if (description.length() > MAX_DESCRIPTION) {
            findings.error("server.json's description has " + description.length() + " characters; the MCP Registry allows " + MAX_DESCRIPTION,
                    "shorten the POM's <description> (or the server's description) to " + MAX_DESCRIPTION + " characters or fewer");
        }
    }
}
