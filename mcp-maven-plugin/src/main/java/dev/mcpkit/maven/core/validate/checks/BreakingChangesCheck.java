package dev.mcpkit.maven.core.validate.checks;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import dev.mcpkit.maven.core.describe.ServerDescriptor;
import dev.mcpkit.maven.core.describe.Tool;
import dev.mcpkit.maven.core.validate.Category;
import dev.mcpkit.maven.core.validate.Check;
import dev.mcpkit.maven.core.validate.Findings;
import dev.mcpkit.maven.core.validate.PreviousRelease;
import dev.mcpkit.maven.core.validate.ProjectModel;
import dev.mcpkit.maven.core.validate.Severity;
import tools.jackson.databind.JsonNode;

/**
 * Clients and prompts written against the last release keep working: no tool removed, no new required
 * argument, no argument changing type, unless the major version went up.
 */
public final class BreakingChangesCheck implements Check {

    @Override
    public String id() {
        return "consistency.breaking-changes";
    }

    @Override
    public Category category() {
        return Category.CONSISTENCY;
    }

    @Override
    public String title() {
        return "no breaking tool changes since the previous release";
    }

    @Override
    public void run(ProjectModel model, Findings findings) {
        PreviousRelease previous = model.previous();
        if (previous == null) {
            findings.info("no previous release in the local repository to compare with");
            return;
        }
        if (previous.descriptor() == null) {
            findings.info("previous release " + previous.version() + " could not be described: " + previous.problem());
            return;
        }
        ServerDescriptor current = model.descriptor();
        if (current == null) {
            findings.info("not checked: the server could not describe itself (see packaging.entry-point)");
            return;
        }
        boolean majorBump = major(model.project().coordinates().version()) > major(previous.version());
        Severity severity = majorBump ? Severity.INFO : Severity.ERROR;
        String fix = "keep the old tool/argument working, make the new argument optional, or release a new major version (then this is allowed)";
        Map<String, Tool> now = new HashMap<>();
        for (Tool t : current.tools()) {
            now.put(t.name(), t);
        }
        String since = " since " + previous.version();
        for (Tool old : previous.descriptor().tools()) {
            Tool t = now.get(old.name());
            if (t == null) {
                findings.add(severity, "tool " + old.name() + " was removed" + since, fix, null);
                continue;
            }
            JsonNode oldSchema = old.inputSchema().toNode();
            JsonNode newSchema = t.inputSchema().toNode();
            Set<String> oldRequired = names(oldSchema.path("required"));
            for (String r : names(newSchema.path("required"))) {
                if (!oldRequired.contains(r)) {
                    findings.add(severity, "tool " + t.name() + " has a new required argument " + r + since, fix, null);
                }
            }
            for (Map.Entry<String, JsonNode> p : oldSchema.path("properties").properties()) {
                JsonNode after = newSchema.path("properties").path(p.getKey());
                String before = p.getValue().path("type").toString();
                if (!after.isMissingNode() && !before.equals(after.path("type").toString())) {
                    findings.add(severity, "tool " + t.name() + " argument " + p.getKey() + " changed type from "
                            + p.getValue().path("type").asString(before) + " to " + after.path("type").asString(after.path("type").toString()) + since, fix, null);
                }
            }
        }
    }

    private static Set<String> names(JsonNode array) {
        Set<String> s = new HashSet<>();
        for (JsonNode n : array) {
            s.add(n.asString(""));
        }
        return s;
    }

    static int major(String version) {
        String digits = version == null ? "" : version.replaceFirst("^(\\d+).*", "$1");
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
