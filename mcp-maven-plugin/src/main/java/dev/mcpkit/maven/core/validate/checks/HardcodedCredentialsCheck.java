package dev.mcpkit.maven.core.validate.checks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import dev.mcpkit.maven.core.validate.AllowedSecret;
import dev.mcpkit.maven.core.validate.Category;
import dev.mcpkit.maven.core.validate.Check;
import dev.mcpkit.maven.core.validate.Findings;
import dev.mcpkit.maven.core.validate.ProjectLayout;
import dev.mcpkit.maven.core.validate.ProjectModel;
import dev.mcpkit.maven.core.validate.SecretScanner;
import dev.mcpkit.maven.core.validate.SecretScanner.Hit;
import dev.mcpkit.maven.core.validate.Severity;

/** Scans src/main (sources and resources), the POM and the built jars' entries; src/test fixtures are not shipped. */
public final class HardcodedCredentialsCheck implements Check {

    private static final long MAX_FILE = 4 * 1024 * 1024;

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
        return "no hard-coded credentials in sources, POM or jar";
    }

    @Override
    public void run(ProjectModel model, Findings findings) {
        ProjectLayout layout = model.layout();
        List<Hit> hits = new ArrayList<>();
        Path pom = layout.basedir().resolve("pom.xml");
        scanFile(layout, pom, hits);
        Path main = layout.basedir().resolve("src/main");
        if (Files.isDirectory(main)) {
            try (Stream<Path> files = Files.walk(main)) {
                files.filter(Files::isRegularFile).sorted().forEach(f -> scanFile(layout, f, hits));
            } catch (IOException e) {
                findings.error("cannot read src/main: " + e.getMessage(), "check the directory's permissions");
            }
        }
        Set<String> seen = new HashSet<>();
        for (Hit h : hits) {
            seen.add(h.fingerprint());
        }
        // the project's own jar first: a value found there is reported once, not again for the packaged copy
        List<Path> jars = new ArrayList<>();
        if (Files.isRegularFile(layout.jar())) {
            jars.add(layout.jar());
        }
        for (Path p : layout.packaged(".jar")) {
            if (!jars.contains(p)) {
                jars.add(p);
            }
        }
        for (Path jar : jars) {
            for (Hit h : scanJar(layout, jar, findings)) {
                // a value already reported at its source line is the same finding, compiled
                if (seen.add(h.fingerprint())) {
                    hits.add(h);
                }
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
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_FILE) {
                return;
            }
            byte[] bytes = Files.readAllBytes(file);
            String name = layout.relative(file);
            hits.addAll(isText(bytes) ? SecretScanner.scanText(name, new String(bytes, StandardCharsets.UTF_8))
                    : SecretScanner.scanBinary(name, bytes));
        } catch (IOException e) {
            // unreadable files are reported by the build itself
        }
    }

    private static List<Hit> scanJar(ProjectLayout layout, Path jar, Findings findings) {
        List<Hit> hits = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (e.isDirectory() || e.getSize() > MAX_FILE || isDependencyEntry(layout, e.getName())) {
                    continue;
                }
                byte[] bytes;
                try (InputStream in = zip.getInputStream(e)) {
                    bytes = in.readAllBytes();
                }
                String name = layout.relative(jar) + "!/" + e.getName();
                hits.addAll(isText(bytes) && !e.getName().endsWith(".class")
                        ? SecretScanner.scanText(name, new String(bytes, StandardCharsets.UTF_8))
                        : SecretScanner.scanBinary(name, bytes));
            }
        } catch (IOException e) {
            findings.error("cannot read " + layout.relative(jar) + ": " + e.getMessage(), "rebuild the jar");
        }
        return hits;
    }

    /** Classes of shaded libraries are not the project's code: only classes it compiled itself are scanned. */
    private static boolean isDependencyEntry(ProjectLayout layout, String name) {
        return name.endsWith(".class") && !Files.isRegularFile(layout.classesDirectory().resolve(name));
    }

    private static boolean isText(byte[] bytes) {
        int n = Math.min(bytes.length, 8000);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return false;
            }
        }
        return true;
    }
}
