package dev.mcpkit.maven.core.validate.checks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.mcpkit.maven.core.project.ProjectLayout;
import dev.mcpkit.maven.core.release.JavaRelease;
import dev.mcpkit.maven.core.validate.Category;
import dev.mcpkit.maven.core.validate.Check;
import dev.mcpkit.maven.core.validate.Findings;
import dev.mcpkit.maven.core.validate.ProjectModel;

/**
 * The Java release is declared (compiler configuration, properties or a JDK toolchain, read as {@link JavaRelease}
 * reads them), at least 17, and what the launchers and JBang snippets demand is the same.
 */
public final class JavaReleaseCheck implements Check {

    static final int MINIMUM = 17;
    private static final Pattern POSIX = Pattern.compile("(?m)^required=(\\d+)\\s*$");
    private static final Pattern WINDOWS = Pattern.compile("(?im)^set \"REQUIRED=(\\d+)\"");
    // JSON args ("--java", "17+"), command lines (--java 17+), YAML lists (- --java / - 17+), jbang-catalog.json ("java": "17+")
    private static final Pattern JBANG = Pattern.compile(
            "\"--java\"\\s*,\\s*\"(\\d+)\\+?\"|--java[ =](\\d+)\\+?|- --java\\s*\\n\\s*- '?(\\d+)\\+?|\"java\"\\s*:\\s*\"(\\d+)\\+?\"");

    @Override
    public String id() {
        return "packaging.java-release";
    }

    @Override
    public Category category() {
        return Category.PACKAGING;
    }

    @Override
    public String title() {
        return "Java release declared, >= 17, same in launchers and snippets";
    }

    @Override
    public void run(ProjectModel model, Findings findings) {
        JavaRelease declared;
        try {
            declared = JavaRelease.declared(model.project().declaredRelease());
        } catch (IllegalArgumentException e) {
            findings.error(e.getMessage(), "set it to a number such as " + MINIMUM);
            return;
        }
        if (declared == null) {
            findings.error("the Java release is not declared",
                    "set <maven.compiler.release>" + MINIMUM + "</maven.compiler.release> in the POM's <properties>");
            return;
        }
        int release = declared.feature();
        if (declared.fromTargetOnly()) {
            findings.error("the Java release is not declared: " + declared.source() + " " + release
                    + " sets the class-file version, not the JDK API the server may call",
                    "set <maven.compiler.release>" + release + "</maven.compiler.release> instead of source and target");
        } else if (release < MINIMUM) {
            findings.error("the Java release is " + release + "; mcpkit servers need " + MINIMUM + " or newer",
                    "set <maven.compiler.release>" + MINIMUM + "</maven.compiler.release> (or newer)");
        }
        ProjectLayout layout = model.layout();
        compare(layout, layout.posixLauncher(model.serverName()), POSIX, declared, findings);
        compare(layout, layout.windowsLauncher(model.serverName()), WINDOWS, declared, findings);
        compare(layout, layout.mcpDirectory().resolve("jbang-catalog.json"), JBANG, declared, findings);
        for (Path snippet : clientFiles(layout)) {
            compare(layout, snippet, JBANG, declared, findings);
        }
    }

    private static void compare(ProjectLayout layout, Path file, Pattern pattern, JavaRelease release, Findings findings) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            Matcher m = pattern.matcher(Files.readString(file));
            while (m.find()) {
                String found = null;
                for (int g = 1; g <= m.groupCount() && found == null; g++) {
                    found = m.group(g);
                }
                if (Integer.parseInt(found) != release.feature()) {
                    findings.add(dev.mcpkit.maven.core.validate.Severity.ERROR, layout.relative(file) + " requires Java " + found
                                    + " but the project is compiled for " + release.feature(),
                            "run mcp:package again after changing " + release.source() + " (or remove the stale file)", layout.relative(file));
                }
            }
        } catch (IOException e) {
            findings.error("cannot read " + layout.relative(file) + ": " + e.getMessage(), "check the file's permissions");
        }
    }

    private static List<Path> clientFiles(ProjectLayout layout) {
        Path clients = layout.mcpDirectory().resolve("clients");
        if (!Files.isDirectory(clients)) {
            return List.of();
        }
        try (var files = Files.walk(clients)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
