package dev.mcpkit.maven.core.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.jar.Manifest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecutableJarTest {

    @TempDir
    Path tmp;

    private Path classes;
    private Path depA;
    private Path depB;

    @BeforeEach
    void project() throws IOException {
        classes = Files.createDirectories(tmp.resolve("classes/com/example"));
        Files.writeString(classes.resolve("Main.class"), "own main");
        Files.createDirectories(tmp.resolve("classes/META-INF/services"));
        Files.writeString(tmp.resolve("classes/META-INF/services/com.example.Spi"), "com.example.Own\n");
        classes = tmp.resolve("classes");
        depA = jar("a.jar", Map.of("org/a/A.class", "a", "com/example/Main.class", "dependency's main",
                "META-INF/services/com.example.Spi", "org.a.Impl\n", "META-INF/SIGNER.SF", "sig", "module-info.class", "mod",
                "META-INF/MANIFEST.MF", "Manifest-Version: 1.0\nMulti-Release: true\n"));
        depB = jar("b.jar", Map.of("org/b/B.class", "b", "META-INF/services/com.example.Spi", "org.b.Impl\n"));
    }

    private Path jar(String name, Map<String, String> files) throws IOException {
        List<ArchiveEntry> entries = new java.util.ArrayList<>();
        new java.util.TreeMap<>(files).forEach((k, v) -> entries.add(new ArchiveEntry(k, v.getBytes(StandardCharsets.UTF_8), false)));
        Path jar = tmp.resolve(name);
        ZipWriter.write(jar, entries, Instant.EPOCH);
        return jar;
    }

    private static String text(List<ArchiveEntry> entries, String name) {
        return entries.stream().filter(e -> e.name().equals(name)).findFirst()
                .map(e -> new String(e.content(), StandardCharsets.UTF_8)).orElse(null);
    }

    @Test
    void uberJarMergesDependenciesKeepsOwnClassesOnAClashAndConcatenatesServiceFiles() throws IOException {
        List<ArchiveEntry> entries = ExecutableJar.entries(classes, List.of(depA, depB), JarLayout.UBER, "com.example.Main", "app", "1.0");
        assertThat(text(entries, "org/a/A.class")).isEqualTo("a");
        assertThat(text(entries, "org/b/B.class")).isEqualTo("b");
        assertThat(text(entries, "com/example/Main.class")).isEqualTo("own main");
        assertThat(text(entries, "META-INF/services/com.example.Spi")).isEqualTo("com.example.Own\norg.a.Impl\norg.b.Impl\n");
    }

    @Test
    void dependencyWithBytesBeforeItsFirstEntryIsMergedWhole() throws IOException {
        // as java -jar does, the central directory is read: a launch script before the entries hides none of them
        Path prefixed = tmp.resolve("prefixed.jar");
        Files.write(prefixed, concat("#!/bin/sh\nexec java -jar \"$0\" \"$@\"\n".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(depB)));
        List<ArchiveEntry> entries = ExecutableJar.entries(classes, List.of(prefixed), JarLayout.UBER, "com.example.Main", "app", "1.0");
        assertThat(text(entries, "org/b/B.class")).isEqualTo("b");
        assertThat(text(entries, "META-INF/services/com.example.Spi")).isEqualTo("com.example.Own\norg.b.Impl\n");
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    @Test
    void uberJarDropsSignaturesAndModuleDescriptorsOfDependencies() throws IOException {
        List<ArchiveEntry> entries = ExecutableJar.entries(classes, List.of(depA), JarLayout.UBER, "com.example.Main", "app", "1.0");
        assertThat(entries).extracting(ArchiveEntry::name).doesNotContain("META-INF/SIGNER.SF", "module-info.class");
    }

    @Test
    void manifestComesFirstWithMainClassVersionAndMultiReleaseOfADependency() throws IOException {
        List<ArchiveEntry> entries = ExecutableJar.entries(classes, List.of(depA, depB), JarLayout.UBER, "com.example.Main", "app", "1.0");
        assertThat(entries.get(0).name()).isEqualTo("META-INF/MANIFEST.MF");
        Manifest mf = new Manifest(new ByteArrayInputStream(entries.get(0).content()));
        assertThat(mf.getMainAttributes().getValue("Main-Class")).isEqualTo("com.example.Main");
        assertThat(mf.getMainAttributes().getValue("Implementation-Version")).isEqualTo("1.0");
        assertThat(mf.getMainAttributes().getValue("Multi-Release")).isEqualTo("true");
        assertThat(entries.subList(1, entries.size())).extracting(ArchiveEntry::name).isSorted();
    }

    @Test
    void thinJarHoldsOnlyOwnClassesAndNamesDependenciesBothBesideAndInLib() throws IOException {
        List<ArchiveEntry> entries = ExecutableJar.entries(classes, List.of(depA, depB), JarLayout.THIN, "com.example.Main", "app", "1.0");
        assertThat(entries).extracting(ArchiveEntry::name).doesNotContain("org/a/A.class", "org/b/B.class");
        Manifest mf = new Manifest(new ByteArrayInputStream(entries.get(0).content()));
        assertThat(mf.getMainAttributes().getValue("Class-Path")).isEqualTo("a.jar lib/a.jar b.jar lib/b.jar");
        assertThat(mf.getMainAttributes().getValue("Multi-Release")).isNull();
    }

    @Test
    void unknownLayoutNamesTheParameterToFix() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> JarLayout.parse("fat")).hasMessageContaining("mcp.jarLayout");
    }
}
