package dev.mcpkit.maven.core.validate.checks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import dev.mcpkit.maven.core.validate.Category;
import dev.mcpkit.maven.core.validate.Check;
import dev.mcpkit.maven.core.validate.Findings;
import dev.mcpkit.maven.core.validate.LaunchProbe;
import dev.mcpkit.maven.core.validate.ProjectModel;
import tools.jackson.databind.JsonNode;

/** One name and one version everywhere a user or registry sees them: POM, --describe, server.json, .mcpb manifest. */
public final class NameVersionCheck implements Check {

    private static final String FIX = "run mcp:package again after changing the version; the server should read its version from the POM";

    @Override
    public String id() {
        return "consistency.name-version";
    }

    @Override
    public Category category() {
        return Category.CONSISTENCY;
    }

    @Override
    public String title() {
        return "name and version agree: POM, --describe, server.json, .mcpb";
    }

    @Override
    public void run(ProjectModel model, Findings findings) {
        String version = model.project().coordinates().version();
        String name = model.serverName();
        if (model.descriptor() != null) {
            String described = model.descriptor().server().version();
            if (!version.equals(described)) {
                findings.error("--describe reports version " + described + " but the POM says " + version,
                        "take the server version from the POM (e.g. a filtered mcp-server.properties with version=${project.version})");
            }
        }
        Path serverJson = model.layout().serverJson();
        if (Files.isRegularFile(serverJson)) {
            JsonNode root = read(serverJson);
            if (root == null) {
                findings.error("target/mcp/server.json is not valid JSON", FIX);
            } else {
                same("server.json version", root.path("version").asString(null), version, findings);
                for (JsonNode p : root.path("packages")) {
                    same("server.json package " + p.path("identifier").asString("") + " version", p.path("version").asString(null), version, findings);
                }
                String registryName = root.path("name").asString("");
                if (!registryName.equals(name) && !registryName.endsWith("/" + name)) {
                    findings.error("server.json names the server '" + registryName + "', which does not end in '/" + name + "'",
                            "name it <namespace>/" + name + " (mcp.serverName sets the name clients use)");
                }
            }
        } else {
            findings.info("no target/mcp/server.json yet: run mcp:package to check it");
        }
        List<Path> bundles = model.layout().packaged(".mcpb");
        if (bundles.isEmpty()) {
            findings.info("no .mcpb bundle yet: run mcp:package to check it");
        }
        for (Path bundle : bundles) {
            JsonNode manifest = manifest(bundle);
            String rel = model.layout().relative(bundle);
            if (manifest == null) {
                findings.error(rel + " has no readable manifest.json", FIX);
                continue;
            }
            same(rel + " manifest version", manifest.path("version").asString(null), version, findings);
            same(rel + " manifest name", manifest.path("name").asString(null), name, findings);
        }
    }

    private static void same(String what, String actual, String expected, Findings findings) {
        if (!expected.equals(actual)) {
            findings.error(what + " is " + actual + ", expected " + expected, FIX);
        }
    }

    static JsonNode read(Path file) {
        try {
            return LaunchProbe.parse(Files.readString(file));
        } catch (IOException e) {
            return null;
        }
    }

    private static JsonNode manifest(Path bundle) {
        try (ZipFile zip = new ZipFile(bundle.toFile())) {
            ZipEntry e = zip.getEntry("manifest.json");
            if (e == null) {
                return null;
            }
            try (InputStream in = zip.getInputStream(e)) {
                return LaunchProbe.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            return null;
        }
    }
}
