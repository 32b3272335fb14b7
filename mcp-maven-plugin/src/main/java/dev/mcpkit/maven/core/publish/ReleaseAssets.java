package dev.mcpkit.maven.core.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What {@code mcp:package} wrote and a release ships: the executable jar, the zip and tar.gz distributions, the .mcpb
 * bundle, the MCP Registry's server.json and the JBang catalog, all in {@code target/mcp}.
 *
 * @param serverName the name clients know the server by, read from the bundle's file name
 */
public record ReleaseAssets(String serverName, String version, Path jar, Path zip, Path tarGz, Path mcpb, Path serverJson,
                            Path jbangCatalog) {

    /**
     * @throws PublishException naming every missing file and the command that writes them
     */
    public static ReleaseAssets find(Path mcpDirectory, String version) throws PublishException {
        String suffix = "-" + version + ".mcpb";
        List<Path> bundles = new ArrayList<>();
        if (Files.isDirectory(mcpDirectory)) {
            try (Stream<Path> files = Files.list(mcpDirectory)) {
                files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().forEach(bundles::add);
            } catch (IOException e) {
                throw new PublishException("cannot read " + mcpDirectory + ": " + e.getMessage());
            }
        }
        if (bundles.size() != 1) {
            throw new PublishException((bundles.isEmpty() ? "nothing is packaged for version " + version + " in " + mcpDirectory
                    : "more than one bundle for version " + version + " in " + mcpDirectory + ": " + bundles)
                    + ": run mvn clean package (mcp:package writes the release's files) before mcp:publish");
        }
        String file = bundles.get(0).getFileName().toString();
        String name = file.substring(0, file.length() - suffix.length());
        String base = name + "-" + version;
        ReleaseAssets assets = new ReleaseAssets(name, version, mcpDirectory.resolve(base + ".jar"), mcpDirectory.resolve(base + ".zip"),
                mcpDirectory.resolve(base + ".tar.gz"), bundles.get(0), mcpDirectory.resolve("server.json"),
                mcpDirectory.resolve("jbang-catalog.json"));
        List<String> missing = new ArrayList<>();
        for (Path p : assets.all()) {
            if (!Files.isRegularFile(p)) {
                missing.add(p.getFileName().toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new PublishException(mcpDirectory + " lacks " + String.join(", ", missing)
                    + ": run mvn clean package (mcp:package writes the release's files) before mcp:publish");
        }
        return assets;
    }

    public List<Path> all() {
        return List.of(jar, zip, tarGz, mcpb, serverJson, jbangCatalog);
    }
}
