package dev.mcpkit.maven.core.validate.checks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;

import dev.mcpkit.maven.core.validate.Category;
import dev.mcpkit.maven.core.validate.Check;
import dev.mcpkit.maven.core.validate.Findings;
import dev.mcpkit.maven.core.validate.ProjectModel;

/**
 * A main class is declared and compiled. That the packaged launcher then starts is proven by
 * {@code ux.version-help} and {@code ux.client-launch}, which run it.
 */
public final class EntryPointCheck implements Check {

    @Override
    public String id() {
        return "packaging.entry-point";
    }

    @Override
    public Category category() {
        return Category.PACKAGING;
    }

    @Override
    public String title() {
        return "main class declared and compiled";
    }

    @Override
    public void run(ProjectModel model, Findings findings) {
        String main = model.project().declaredMainClass();
        if (main == null || main.isBlank()) {
            findings.error("no main class is declared",
                    "set <exec.mainClass> (or mcp.mainClass) in pom.xml to the class whose main() calls run(args)");
            return;
        }
        String entry = main.replace('.', '/') + ".class";
        Path compiled = model.layout().classesDirectory().resolve(entry);
        if (!Files.isRegularFile(compiled) && !inJar(model.layout().jar(), entry)) {
            findings.error("main class " + main + " does not exist in the build output",
                    "fix the class name in exec.mainClass/mcp.mainClass or add the class under src/main/java");
            return;
        }
        if (model.describeError() != null) {
            findings.error("the server did not start and describe itself: " + firstLine(model.describeError()),
                    "run the main class by hand with --describe and fix what it reports");
        }
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    private static boolean inJar(Path jar, String entry) {
        if (!Files.isRegularFile(jar)) {
            return false;
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getEntry(entry) != null;
        } catch (IOException e) {
            return false;
        }
    }
}
