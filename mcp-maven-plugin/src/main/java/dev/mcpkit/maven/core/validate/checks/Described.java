package dev.mcpkit.maven.core.validate.checks;

import dev.mcpkit.maven.core.describe.ServerDescriptor;
import dev.mcpkit.maven.core.validate.Findings;
import dev.mcpkit.maven.core.validate.ProjectModel;

/** Checks that need the server's description say so once, as info: the cause is reported by packaging.entry-point. */
final class Described {

    private Described() {
    }

    static ServerDescriptor orNote(ProjectModel model, Findings findings) {
        if (model.descriptor() == null) {
            findings.info("not checked: the server could not describe itself (see packaging.entry-point)");
        }
        return model.descriptor();
    }
}
