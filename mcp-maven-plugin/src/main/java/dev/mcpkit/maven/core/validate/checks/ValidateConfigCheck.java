package dev.mcpkit.maven.core.validate.checks;

import java.io.IOException;
import java.time.Duration;

import dev.mcpkit.maven.core.describe.Setting;
import dev.mcpkit.maven.core.process.ProcessRun;
import dev.mcpkit.maven.core.validate.ArtifactCommand;
import dev.mcpkit.maven.core.validate.Category;
import dev.mcpkit.maven.core.validate.Check;
import dev.mcpkit.maven.core.validate.Findings;
import dev.mcpkit.maven.core.validate.GuiEnvironment;
import dev.mcpkit.maven.core.validate.ProjectModel;

/**
 * {@code --validate-config} exists and tells the truth: with an empty environment and no .env it fails when a
 * setting is required, and succeeds when none is.
 */
public final class ValidateConfigCheck implements Check {

    @Override
    public String id() {
        return "ux.validate-config";
    }

    @Override
    public Category category() {
        return Category.USER_EXPERIENCE;
    }

    @Override
    public String title() {
        return "--validate-config fails without required settings";
    }

    @Override
    public void run(ProjectModel model, Findings findings) throws InterruptedException {
        if (!GuiEnvironment.availableOrNote(findings)) {
            return;
        }
        ArtifactCommand command = ArtifactCommand.of(model);
        if (command == null || model.descriptor() == null) {
            findings.info("not checked: nothing to run or the server could not describe itself (see packaging.entry-point)");
            return;
        }
        String required = null;
        for (Setting s : model.descriptor().settings()) {
            if (s.required() && required == null) {
                required = s.key();
            }
        }
        try (GuiEnvironment env = GuiEnvironment.create()) {
            ProcessRun.Result r = ProcessRun.run(command.with("--validate-config"), env.environment(), true,
                    env.workingDirectory(), Duration.ofSeconds(20));
            String out = (r.stdout() + "\n" + r.stderr()).toLowerCase(java.util.Locale.ROOT);
            if (out.contains("unknown option") || out.contains("unrecognized option")) {
                findings.error(command.description() + " does not know --validate-config",
                        "handle --validate-config: check every setting and say how to fix what is missing (mcp-runtime's run(args) does)");
            } else if (required != null && r.exit() == 0) {
                findings.error(command.description() + " --validate-config exits 0 with an empty environment although " + required + " is required",
                        "make --validate-config exit non-zero when a required setting has no value");
            } else if (required == null && r.exit() != 0) {
                findings.error(command.description() + " --validate-config exits " + VersionHelpCheck.exitText(r)
                                + " although no setting is required: " + VersionHelpCheck.tail(r.stderr() + r.stdout()),
                        "make --validate-config exit 0 when every setting is optional or has a default");
            }
        } catch (IOException e) {
            findings.error("cannot run " + command.description() + " --validate-config: " + e.getMessage(), "rebuild with mvn package");
        }
    }
}
