package dev.mcpkit.maven.core.validate.checks;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.mcpkit.maven.core.process.Platform;
import dev.mcpkit.maven.core.validate.Category;
import dev.mcpkit.maven.core.validate.Check;
import dev.mcpkit.maven.core.validate.Findings;
import dev.mcpkit.maven.core.validate.ProjectModel;

/** Users on macOS/Linux and on Windows each get a launcher: {@code bin/<name>} (executable) and {@code bin/<name>.cmd}. */
public final class LaunchersCheck implements Check {

    @Override
    public String id() {
        return "ux.launchers";
    }

    @Override
    public Category category() {
        return Category.USER_EXPERIENCE;
    }

    @Override
    public String title() {
        return "POSIX and Windows launchers present";
    }

    @Override
    public void run(ProjectModel model, Findings findings) {
        Path posix = model.layout().posixLauncher(model.serverName());
        Path windows = model.layout().windowsLauncher(model.serverName());
        String fix = "run mcp:package (bound to package) before mcp:validate, e.g. mvn verify";
        if (!Files.isRegularFile(posix)) {
            findings.error("the POSIX launcher " + model.layout().relative(posix) + " is missing", fix);
        } else if (Platform.current() != Platform.WINDOWS && !Files.isExecutable(posix)) {
            findings.error(model.layout().relative(posix) + " is not executable", "chmod +x it, or let mcp:package write it");
        }
        if (!Files.isRegularFile(windows)) {
            findings.error("the Windows launcher " + model.layout().relative(windows) + " is missing", fix);
        }
    }
}
