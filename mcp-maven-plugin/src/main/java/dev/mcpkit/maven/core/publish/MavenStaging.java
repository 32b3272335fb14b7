package dev.mcpkit.maven.core.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.mcpkit.maven.core.project.Coordinates;
import dev.mcpkit.maven.core.project.ServerProject;

/**
 * Lays the project's jar, sources, javadoc and POM out as a Maven repository under {@link JReleaserConfig#STAGING},
 * which JReleaser signs, checksums and uploads to the Central Publisher Portal: the layout {@code mvn deploy} to a
 * directory writes, without a second build.
 */
public final class MavenStaging {

    private MavenStaging() {
    }

    /** The staged files, in upload order. */
    public static List<Path> stage(ServerProject project) throws PublishException, IOException {
        Coordinates c = project.coordinates();
        Path jar = project.layout().jar();
        String base = jar.getFileName().toString().replaceFirst("\\.jar$", "");
        Map<String, Path> built = new LinkedHashMap<>();
        built.put(".jar", jar);
        built.put("-sources.jar", jar.resolveSibling(base + "-sources.jar"));
        built.put("-javadoc.jar", jar.resolveSibling(base + "-javadoc.jar"));
        built.put(".pom", project.layout().basedir().resolve("pom.xml"));
        List<String> missing = new ArrayList<>();
        built.forEach((suffix, file) -> {
            if (!Files.isRegularFile(file)) {
                missing.add(project.layout().basedir().toAbsolutePath().relativize(file.toAbsolutePath()).toString().replace('\\', '/'));
            }
        });
        if (!missing.isEmpty()) {
            throw new PublishException("Maven Central needs the jar, its sources, its javadoc and the POM; missing: "
                    + String.join(", ", missing) + ". Add maven-source-plugin (goal jar-no-fork) and maven-javadoc-plugin"
                    + " (goal jar) to the build, as the archetype's POM does, and run mvn package first");
        }
        Path dir = project.layout().basedir().resolve(JReleaserConfig.STAGING)
                .resolve(c.groupId().replace('.', '/')).resolve(c.artifactId()).resolve(c.version());
        Files.createDirectories(dir);
        List<Path> staged = new ArrayList<>();
        for (Map.Entry<String, Path> e : built.entrySet()) {
            Path target = dir.resolve(c.artifactId() + "-" + c.version() + e.getKey());
            Files.copy(e.getValue(), target, StandardCopyOption.REPLACE_EXISTING);
            staged.add(target);
        }
        return staged;
    }
}
