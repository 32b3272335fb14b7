package dev.mcpkit.maven.core.validate.checks;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

import dev.mcpkit.maven.core.process.ProcessRun;
import dev.mcpkit.maven.core.validate.ArtifactCommand;
import dev.mcpkit.maven.core.validate.Category;
import dev.mcpkit.maven.core.validate.Check;
import dev.mcpkit.maven.core.validate.Findings;
import dev.mcpkit.maven.core.validate.ProjectModel;

/** The first thing a user types: {@code --version} and {@code --help} of the packaged server exit 0, with the POM's version. */
public final class VersionHelpCheck implements Check {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @Override
    public String id() {
        return "ux.version-help";
    }

    @Override
    public Category category() {
        return Category.USER_EXPERIENCE;
    }

    @Override
    public String title() {
        return "--version and --help exit 0, version = POM";
    }

    @Override
    public void run(ProjectModel model, Findings findings) throws InterruptedException {
        ArtifactCommand command = ArtifactCommand.of(model);
        if (command == null) {
            findings.error("there is nothing to run: no launcher, jar or compiled main class",
                    "run mvn package (mcp:package writes target/mcp/bin/" + model.serverName() + ")");
            return;
        }
        try {
            ProcessRun.Result version = ProcessRun.run(command.with("--version"), Map.of(), false, model.layout().basedir(), TIMEOUT);
            String expected = model.project().coordinates().version();
            if (version.exit() != 0) {
                findings.error(command.description() + " --version exits " + exitText(version) + ": " + tail(version.stderr()),
                        "make main() call run(args) so --version is handled before anything else starts");
            } else if (!Pattern.compile("(?<![\\w.-])" + Pattern.quote(expected) + "(?![\\w.-])").matcher(version.stdout()).find()) {
                findings.error(command.description() + " --version prints '" + version.stdout().strip() + "', not the POM version " + expected,
                        "take the version from the POM (filter it into a resource, e.g. mcp-server.properties: version=${project.version})");
            }
            ProcessRun.Result help = ProcessRun.run(command.with("--help"), Map.of(), false, model.layout().basedir(), TIMEOUT);
            if (help.exit() != 0) {
                findings.error(command.description() + " --help exits " + exitText(help) + ": " + tail(help.stderr()),
                        "make main() call run(args) so --help prints the usage and exits 0");
            } else if (help.stdout().isBlank()) {
                findings.error(command.description() + " --help prints nothing on stdout", "print the usage on stdout and exit 0");
            }
        } catch (IOException e) {
            findings.error("cannot start " + command.description() + ": " + e.getMessage(), "rebuild with mvn package");
        }
    }

    static String exitText(ProcessRun.Result r) {
        return r.timedOut() ? "(no exit within " + TIMEOUT.toSeconds() + " s)" : String.valueOf(r.exit());
    }

    static String tail(String text) {
        String t = text.strip();
        int nl = t.lastIndexOf('\n');
        String last = nl < 0 ? t : t.substring(nl + 1);
        return last.length() > 200 ? last.substring(0, 200) + "…" : last;
    }
}
