package dev.mcpkit.maven.core.validate.checks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.mcpkit.maven.core.process.ProcessRun;
import dev.mcpkit.maven.core.project.ProjectLayout;
import dev.mcpkit.maven.core.validate.ArchiveContents;
import dev.mcpkit.maven.core.validate.Category;
import dev.mcpkit.maven.core.validate.Check;
import dev.mcpkit.maven.core.validate.Findings;
import dev.mcpkit.maven.core.validate.ProjectModel;

/**
 * .env holds real values: ignored by git, never committed; neither it nor a variant (.env.production, .env.local…)
 * sits in src/main/resources or ships in the jar, an archive or the .mcpb.
 */
public final class DotEnvExcludedCheck implements Check {

    @Override
    public String id() {
        return "security.dotenv-excluded";
    }

    @Override
    public Category category() {
        return Category.SECURITY;
    }

    @Override
    public String title() {
        return ".env ignored, untracked and not packaged";
    }

    @Override
    public void run(ProjectModel model, Findings findings) throws InterruptedException {
        ProjectLayout layout = model.layout();
        if (!ignored(layout.basedir().resolve(".gitignore"))) {
            findings.error(".gitignore does not ignore .env", "add a line '.env' to .gitignore");
        }
        if (Files.isDirectory(layout.basedir().resolve(".git")) || Files.isRegularFile(layout.basedir().resolve(".git"))) {
            try {
                ProcessRun.Result r = ProcessRun.run(List.of("git", "ls-files", "--", ".env", "**/.env"), Map.of(), false,
                        layout.basedir(), Duration.ofSeconds(10));
                if (r.exit() == 0 && !r.stdout().isBlank()) {
                    findings.error("git tracks " + r.stdout().strip().replace('\n', ' '),
                            "run 'git rm --cached .env' and commit; then rotate every secret it held");
                }
            } catch (IOException e) {
                findings.info("git is not available, so whether .env is tracked was not checked");
            }
        }
        Path resources = layout.basedir().resolve("src/main/resources");
        if (Files.isDirectory(resources)) {
            try (Stream<Path> files = Files.walk(resources)) {
                files.filter(f -> isDotEnv(f.getFileName().toString())).sorted().forEach(f -> findings.error(
                        layout.relative(f) + " would be packaged (real settings, possibly secrets)",
                        "move it out of src/main/resources (a template belongs in .env.example at the project root)"));
            } catch (IOException e) {
                // an unreadable resources directory fails the build itself
            }
        }
        ArchiveContents contents = new ArchiveContents(0);
        for (Path archive : layout.shippedArchives()) {
            String location = layout.relative(archive);
            try {
                contents.read(archive, location, file -> {
                    if (isDotEnv(file.name())) {
                        findings.error(location + " contains " + file.location().substring(location.length() + 2)
                                        + " (real settings, possibly secrets)",
                                "keep .env out of src/main/resources and the packaged files, rebuild, and rotate the secrets it held");
                    }
                });
            } catch (IOException e) {
                // an unreadable archive is the packaging goal's problem; nothing to list
            }
        }
    }

    /** .env and its variants (.env.production, .env.local…) hold real values; .env.example is the template that ships. */
    static boolean isDotEnv(String fileName) {
        return fileName.equals(".env") || fileName.startsWith(".env.") && !fileName.equals(".env.example");
    }

    /** A .gitignore line that matches the file .env at the root (the patterns people use for it). */
    static boolean ignored(Path gitignore) {
        if (!Files.isRegularFile(gitignore)) {
            return false;
        }
        boolean ignored = false;
        try {
            for (String raw : Files.readAllLines(gitignore)) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                boolean negate = line.startsWith("!");
                String pattern = (negate ? line.substring(1) : line).replaceFirst("^/", "").replaceFirst("^\\*\\*/", "");
                if (globMatches(pattern, ".env")) {
                    ignored = !negate;
                }
            }
        } catch (IOException e) {
            return false;
        }
        return ignored;
    }

    private static boolean globMatches(String glob, String name) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append("[^/]*");
                case '?' -> regex.append("[^/]");
                default -> regex.append(java.util.regex.Pattern.quote(String.valueOf(c)));
            }
        }
        return name.matches(regex.toString());
    }
}
