package dev.mcpkit.maven.core.validate.checks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import dev.mcpkit.maven.core.process.ProcessRun;
import dev.mcpkit.maven.core.validate.Category;
import dev.mcpkit.maven.core.validate.Check;
import dev.mcpkit.maven.core.validate.Findings;
import dev.mcpkit.maven.core.validate.ProjectLayout;
import dev.mcpkit.maven.core.validate.ProjectModel;

/** .env holds real values: ignored by git, never committed, never shipped in the jar, an archive or the .mcpb. */
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
        List<Path> artifacts = new ArrayList<>(layout.packaged(".jar", ".zip", ".mcpb", ".tar.gz", ".tgz"));
        if (Files.isRegularFile(layout.jar()) && !artifacts.contains(layout.jar())) {
            artifacts.add(layout.jar());
        }
        for (Path artifact : artifacts) {
            for (String entry : entries(artifact)) {
                String base = entry.substring(entry.lastIndexOf('/') + 1);
                if (base.equals(".env")) {
                    findings.error(layout.relative(artifact) + " contains " + entry + " (real settings, possibly secrets)",
                            "keep .env out of src/main/resources and the packaged files, rebuild, and rotate the secrets it held");
                }
            }
        }
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

    private static List<String> entries(Path archive) {
        List<String> names = new ArrayList<>();
        String file = archive.getFileName().toString();
        try {
            if (file.endsWith(".tar.gz") || file.endsWith(".tgz")) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(archive))) {
                    readTarNames(in, names);
                }
            } else {
                try (ZipFile zip = new ZipFile(archive.toFile())) {
                    Enumeration<? extends ZipEntry> e = zip.entries();
                    while (e.hasMoreElements()) {
                        names.add(e.nextElement().getName());
                    }
                }
            }
        } catch (IOException e) {
            // an unreadable archive is the packaging goal's problem; nothing to list
        }
        return names;
    }

    /** Names from a ustar stream: 512-byte headers, name at 0 (100 bytes), prefix at 345 (155), size in octal at 124. */
    private static void readTarNames(InputStream in, List<String> names) throws IOException {
        byte[] header = new byte[512];
        while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
            String name = field(header, 0, 100);
            String prefix = field(header, 345, 155);
            names.add(prefix.isEmpty() ? name : prefix + "/" + name);
            String size = field(header, 124, 12).trim();
            long bytes = size.isEmpty() ? 0 : Long.parseLong(size, 8);
            in.skipNBytes((bytes + 511) / 512 * 512);
        }
    }

    private static String field(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, java.nio.charset.StandardCharsets.UTF_8);
    }
}
