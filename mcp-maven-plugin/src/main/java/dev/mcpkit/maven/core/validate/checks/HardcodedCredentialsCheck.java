package dev.mcpkit.maven.core.validate.checks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.mcpkit.maven.core.project.ProjectLayout;
import dev.mcpkit.maven.core.validate.AllowedSecret;
import dev.mcpkit.maven.core.validate.ArchiveContents;
import dev.mcpkit.maven.core.validate.Category;
import dev.mcpkit.maven.core.validate.Check;
import dev.mcpkit.maven.core.validate.Findings;
import dev.mcpkit.maven.core.validate.ProjectModel;
import dev.mcpkit.maven.core.validate.SecretScanner.Hit;
import dev.mcpkit.maven.core.validate.SecretScanner;
import dev.mcpkit.maven.core.validate.Severity;

/**
 * Scans what ships: pom.xml, src/main (sources and resources), the README, LICENSE, NOTICE and .env.example that the
 * archives carry, and every file inside the jars, the zip, the tar.gz and the .mcpb; src/test fixtures are not shipped.
 */
public final class HardcodedCredentialsCheck implements Check {

    private static final int MAX_FILE = 4 * 1024 * 1024;

    @Override
    public String id() {
        return "security.hardcoded-credentials";
    }

    @Override
    public Category category() {
        return Category.SECURITY;
    }

    @Override
    public String title() {
        return "no hard-coded credentials in what ships";
    }

    @Override
    public void run(ProjectModel model, Findings findings) {
        ProjectLayout layout = model.layout();
        List<Hit> hits = new ArrayList<>();
        try {
            for (Path file : layout.shippedSources()) {
                scanFile(layout, file, hits);
            }
        } catch (IOException e) {
            findings.error("cannot read the project's files: " + e.getMessage(), "check the directories' permissions");
        }
        Set<String> seen = new HashSet<>();
        for (Hit h : hits) {
            seen.add(h.fingerprint());
        }
        ArchiveContents contents = new ArchiveContents(MAX_FILE);
        for (Path archive : layout.shippedArchives()) {
            try {
                contents.read(archive, layout.relative(archive), file -> {
                    for (Hit h : scanEntry(layout, file)) {
                        // a value already reported at its source line, or in another archive, is the same finding
                        if (seen.add(h.fingerprint())) {
                            hits.add(h);
                        }
                    }
                });
            } catch (IOException e) {
                findings.error("cannot read " + layout.relative(archive) + ": " + e.getMessage(), "rebuild it");
            }
        }
        for (Hit h : hits) {
            if (allowed(model.allowedSecrets(), h)) {
                continue;
            }
            String where = h.line() > 0 ? h.file() + ":" + h.line() : h.file();
            findings.add(Severity.ERROR, where + ": " + h.description() + " " + h.masked() + " [" + h.rule() + "]",
                    "remove it and read it from a setting (environment variable); if it is not a credential, add an"
                            + " <allowedSecrets> entry with <path>" + h.file().replaceFirst("!.*", "") + "</path> and a <reason>", where);
        }
    }

    private static boolean allowed(List<AllowedSecret> allowList, Hit hit) {
        String file = hit.file().replaceFirst("!.*", "");
        for (AllowedSecret a : allowList) {
            if (a.matches(file, hit.rule()) || a.matches(hit.file(), hit.rule())) {
                return true;
            }
        }
        return false;
    }

    private static void scanFile(ProjectLayout layout, Path file, List<Hit> hits) {
        try {
            if (Files.size(file) <= MAX_FILE) {
                hits.addAll(SecretScanner.scan(layout.relative(file), Files.readAllBytes(file)));
            }
        } catch (IOException e) {
            // unreadable files are reported by the build itself
        }
    }

    private static List<Hit> scanEntry(ProjectLayout layout, ArchiveContents.File file) {
        if (file.bytes() == null || isDependencyEntry(layout, file.entry())) {
            return List.of();
        }
        return SecretScanner.scan(file.location(), file.bytes());
    }

    /** Classes of shaded libraries are not the project's code: only classes it compiled itself are scanned. */
    private static boolean isDependencyEntry(ProjectLayout layout, String name) {
        return name.endsWith(".class") && !Files.isRegularFile(layout.classesDirectory().resolve(name));
    }
}
