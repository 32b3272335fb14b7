package dev.mcpkit.maven.core.packaging;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import dev.mcpkit.maven.core.describe.Setting;
import dev.mcpkit.maven.core.project.GitHubRepository;
import dev.mcpkit.maven.core.project.ServerProject;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The MCP Registry's {@code server.json} (schema 2025-12-11): name {@code io.github.<owner>/<name>} when the SCM is
 * on GitHub (or the configured name), the description (at most 100 characters), the POM's version, the
 * repository, and a package entry for the {@code .mcpb} with its SHA-256 and the environment variables.
 */
public final class RegistryEntry {

    public static final String SCHEMA = "https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json";
    static final int MAX_DESCRIPTION = 100;

    private RegistryEntry() {
    }

    /** The registry name; fails with the element to set when none can be derived. */
    public static String name(String configured, String serverName, ServerProject project) {
        if (configured != null && !configured.isBlank()) {
            String n = configured.trim();
            if (!n.matches("[a-zA-Z0-9.-]+/[a-zA-Z0-9._-]+")) {
                throw new IllegalArgumentException("registryName '" + n + "' must look like io.github.<owner>/<name>"
                        + " (one '/', letters, digits, '.', '-', '_'): fix <registryName> (mcp.registryName)");
            }
            return n;
        }
        String owner = githubOwner(project.metadata().scmUrl());
        String namespace = owner != null ? "io.github." + owner : project.coordinates().groupId();
        return namespace + "/" + serverName.replaceAll("[^a-zA-Z0-9._-]", "-");
    }

    /** The description the registry shows: the configured one, else the POM's, else the server's; at most 100 characters. */
    public static String description(String configured, ServerProject project, String serverDescription) {
        String source;
        String text;
        if (configured != null && !configured.isBlank()) {
            text = configured;
            source = "<registryDescription> (mcp.registryDescription)";
        } else if (project.metadata().description() != null && !project.metadata().description().isBlank()) {
            text = project.metadata().description();
            source = "<description> in pom.xml";
        } else {
            text = serverDescription;
            source = "the server's description";
        }
        text = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("server.json needs a description: add <description> to pom.xml"
                    + " (at most " + MAX_DESCRIPTION + " characters)");
        }
        if (text.length() > MAX_DESCRIPTION) {
            throw new IllegalArgumentException("server.json: the description from " + source + " is " + text.length()
                    + " characters, the MCP Registry allows at most " + MAX_DESCRIPTION + ". Shorten it, or set a short one in"
                    + " the mcp-maven-plugin configuration: <registryDescription>...</registryDescription>");
        }
        return text;
    }

    /** Where the .mcpb will be downloaded from: the configured URL, else the GitHub release asset of this version. */
    public static String bundleUrl(String configured, ServerProject project, String fileName) {
        if (configured != null && !configured.isBlank()) {
            return configured.trim();
        }
        String repo = githubRepository(project.metadata().scmUrl());
        if (repo != null) {
            return repo + "/releases/download/v" + project.coordinates().version() + "/" + fileName;
        }
        return fileName;
    }

    public static ObjectNode build(String name, String title, String description, ServerProject project, String bundleUrl,
                                   String sha256, List<Setting> settings) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("$schema", SCHEMA);
        root.put("name", name);
        if (title != null && !title.isBlank() && title.length() <= 100) {
            root.put("title", title);
        }
        root.put("description", description);
        root.put("version", project.coordinates().version());
        String repo = githubRepository(project.metadata().scmUrl());
        if (repo != null) {
            ObjectNode r = root.putObject("repository");
            r.put("url", repo);
            r.put("source", "github");
        } else if (isHttpUrl(project.metadata().scmUrl())) {
            ObjectNode r = root.putObject("repository");
            r.put("url", project.metadata().scmUrl());
            r.put("source", URI.create(project.metadata().scmUrl()).getHost().toLowerCase(Locale.ROOT).replaceFirst("\\.(com|org|io)$", ""));
        }
        if (isHttpUrl(project.metadata().url())) {
            root.put("websiteUrl", project.metadata().url());
        }
        ArrayNode packages = root.putArray("packages");
        ObjectNode mcpb = packages.addObject();
        mcpb.put("registryType", "mcpb");
        mcpb.put("identifier", bundleUrl);
        mcpb.put("version", project.coordinates().version());
        mcpb.put("fileSha256", sha256);
        mcpb.putObject("transport").put("type", "stdio");
        if (!settings.isEmpty()) {
            ArrayNode env = mcpb.putArray("environmentVariables");
            for (Setting s : settings) {
                ObjectNode v = env.addObject();
                v.put("name", s.key());
                if (s.description() != null && !s.description().isBlank()) {
                    v.put("description", s.description());
                }
                v.put("isRequired", s.required());
                v.put("isSecret", s.secret());
                if (!s.secret() && s.defaultValue() != null) {
                    v.put("default", s.defaultValue());
                }
                String format = format(s.type());
                if (!format.equals("string")) {
                    v.put("format", format);
                }
            }
        }
        return root;
    }

    private static String format(String type) {
        switch (type == null ? "string" : type) {
            case "integer":
            case "number":
                return "number";
            case "boolean":
                return "boolean";
            case "path":
            case "file":
            case "directory":
                return "filepath";
            default:
                return "string";
        }
    }

    private static boolean isHttpUrl(String url) {
        return url != null && (url.startsWith("https://") || url.startsWith("http://")) && !url.contains("${");
    }

    /** {@code https://github.com/<owner>/<repo>} from any GitHub SCM URL form, or null. */
    static String githubRepository(String scmUrl) {
        GitHubRepository repo = GitHubRepository.fromScm(scmUrl);
        return repo == null ? null : repo.url();
    }

    static String githubOwner(String scmUrl) {
        GitHubRepository repo = GitHubRepository.fromScm(scmUrl);
        return repo == null ? null : repo.owner();
    }
}
