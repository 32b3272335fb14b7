package dev.mcpkit.maven.core.validate.checks;

import dev.mcpkit.maven.core.describe.ServerDescriptor;
import dev.mcpkit.maven.core.describe.Tool;
import dev.mcpkit.maven.core.validate.Category;
import dev.mcpkit.maven.core.validate.Check;
import dev.mcpkit.maven.core.validate.Findings;
import dev.mcpkit.maven.core.validate.ProjectModel;

/**
 * A tool that may change things says how: marked read-only, or destructive (true or false). Clients decide from these
 * hints whether to ask the user before a call, and {@code --read-only} keeps only read-only tools; a tool that says
 * nothing is treated as destructive, which its author may not have meant. A warning.
 */
public final class ToolHintsCheck implements Check {

    @Override
    public String id() {
        return "security.tool-hints";
    }

    @Override
    public Category category() {
        return Category.SECURITY;
    }

    @Override
    public String title() {
        return "tools that may change things say whether they are destructive";
    }

    @Override
    public void run(ProjectModel model, Findings findings) {
        ServerDescriptor d = Described.orNote(model, findings);
        if (d == null) {
            return;
        }
        for (Tool tool : d.tools()) {
            if (!tool.readOnly() && !(tool.annotations().isPresent() && tool.annotations().toNode().has("destructiveHint"))) {
                findings.warning("tool " + tool.name() + " may change things but says neither read-only nor destructive: clients treat"
                        + " it as destructive", "mark it @Tool(readOnly = true) if it only reads, else say destructive = true or false"
                        + " (ToolSpec: .readOnly(...) / .destructive(...))");
            }
        }
    }
}
