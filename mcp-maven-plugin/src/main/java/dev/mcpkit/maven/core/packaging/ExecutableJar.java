package dev.mcpkit.maven.core.packaging;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * The entries of the server's executable jar: the project's classes and, for an uber jar, every runtime
 * dependency's classes (the project's win on a clash, service files are concatenated, signatures and
 * {@code module-info} dropped: the jar runs on the class path). Entries are sorted by name after the manifest
 * so that the bytes do not depend on the file system's listing order.
 */
public final class ExecutableJar {

    private ExecutableJar() {
    }

    public static List<ArchiveEntry> entries(Path classes, List<Path> dependencies, JarLayout layout, String mainClass,
                                             String title, String version) throws IOException {
        TreeMap<String, byte[]> files = new TreeMap<>();
        boolean multiRelease = false;
        if (Files.isDirectory(classes)) {
            List<Path> found;
            try (Stream<Path> walk = Files.walk(classes)) {
                found = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : found) {
                String name = classes.relativize(file).toString().replace('\\', '/');
                if (!name.equals(JarFile.MANIFEST_NAME)) {
                    files.put(name, Files.readAllBytes(file));
                }
            }
        }
        if (layout == JarLayout.UBER) {
            for (Path dependency : dependencies) {
                multiRelease |= merge(dependency, files);
            }
        }
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.put(new Attributes.Name("Created-By"), "mcpkit");
        main.put(Attributes.Name.MAIN_CLASS, mainClass);
        main.put(Attributes.Name.IMPLEMENTATION_TITLE, title);
        main.put(Attributes.Name.IMPLEMENTATION_VERSION, version);
        if (multiRelease) {
            main.put(new Attributes.Name("Multi-Release"), "true");
        }
        if (layout == JarLayout.THIN && !dependencies.isEmpty()) {
            // both spellings: the jar is found in lib/ (launchers) and beside lib/ (java -jar target/mcp/<jar>)
            StringBuilder cp = new StringBuilder();
            for (Path dependency : dependencies) {
                String file = dependency.getFileName().toString();
                cp.append(cp.length() == 0 ? "" : " ").append(file).append(" lib/").append(file);
            }
            main.put(Attributes.Name.CLASS_PATH, cp.toString());
        }
        ByteArrayOutputStream mf = new ByteArrayOutputStream();
        manifest.write(mf);
        List<ArchiveEntry> entries = new ArrayList<>();
        entries.add(new ArchiveEntry(JarFile.MANIFEST_NAME, mf.toByteArray(), false));
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            entries.add(new ArchiveEntry(e.getKey(), e.getValue(), false));
        }
        return entries;
    }

    /**
     * Adds a dependency's files; true when it is a multi-release jar. Read through the central directory, which
     * is what {@code java} reads too: a jar with bytes before its first entry still gives all of its files.
     */
    private static boolean merge(Path jar, TreeMap<String, byte[]> files) throws IOException {
        boolean multiRelease = false;
        try (ZipFile zip = ZipFile.builder().setPath(jar).get()) {
            for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
                String name = e.getName();
                if (e.isDirectory()) {
                    continue;
                }
                byte[] content;
                try (InputStream in = zip.getInputStream(e)) {
                    content = in.readAllBytes();
                }
                if (name.equals(JarFile.MANIFEST_NAME)) {
                    multiRelease = new Manifest(new ByteArrayInputStream(content)).getMainAttributes()
                            .getValue("Multi-Release") != null;
                } else if (name.startsWith("META-INF/services/") && files.containsKey(name)) {
                    files.put(name, concat(files.get(name), content));
                } else if (!dropped(name)) {
                    files.putIfAbsent(name, content);
                }
            }
        }
        return multiRelease;
    }

    private static boolean dropped(String name) {
        String upper = name.toUpperCase(java.util.Locale.ROOT);
        return name.endsWith("module-info.class") || upper.equals("META-INF/INDEX.LIST")
                || (upper.startsWith("META-INF/") && upper.indexOf('/', 9) < 0
                    && (upper.endsWith(".SF") || upper.endsWith(".DSA") || upper.endsWith(".RSA") || upper.endsWith(".EC")));
    }

    private static byte[] concat(byte[] first, byte[] second) {
        String a = new String(first, StandardCharsets.UTF_8);
        String joined = a.endsWith("\n") || a.isEmpty() ? a : a + "\n";
        return (joined + new String(second, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }
}
