package dev.mcpkit.maven.core.validate.checks;

import java.nio.file.Path;
import java.util.regex.Pattern;

import dev.mcpkit.maven.core.describe.ServerDescriptor;
import dev.mcpkit.maven.core.describe.Setting;
import dev.mcpkit.maven.core.validate.Category;
import dev.mcpkit.maven.core.validate.Check;
import dev.mcpkit.maven.core.validate.Findings;
import dev.mcpkit.maven.core.validate.ProjectModel;

/** Every environment variable the server reads is named in the README, so users know it exists. */
public final class SettingsDocumentedCheck implements Check {

    @Override
    public String id() {
        return "security.settings-documented";
    }

    @Override
    public Category category() {
        return Category.SECURITY;
    }

    @Override
    public String title() {
        return "every setting documented in the README";
    }

    @Override
    public void run(ProjectModel model, Findings findings) {
        ServerDescriptor d = Described.orNote(model, findings);
        if (d == null || d.settings().isEmpty()) {
            return;
        }
        Path readme = model.layout().readme();
        String text = model.layout().readmeText();
        for (Setting s : d.settings()) {
            if (!Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(s.key()) + "(?![A-Za-z0-9_])").matcher(text).find()) {
                findings.error("the setting " + s.key() + " is not documented in " + model.layout().relative(readme),
                        "describe " + s.key() + " in the README's configuration section (what it is, whether it is required, its default)");
            }
        }
    }
}
