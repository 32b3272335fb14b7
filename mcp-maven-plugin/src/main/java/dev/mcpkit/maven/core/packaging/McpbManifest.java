package dev.mcpkit.maven.core.packaging;

import java.util.List;

import dev.mcpkit.maven.core.describe.Prompt;
import dev.mcpkit.maven.core.describe.ServerDescriptor;
import dev.mcpkit.maven.core.describe.Setting;
import dev.mcpkit.maven.core.describe.Tool;
import dev.mcpkit.maven.core.project.ProjectMetadata;
import dev.mcpkit.maven.core.project.ServerProject;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code manifest.json} of the MCP Bundle (manifest_version 0.3). The mcpb schema has no Java server type, so
 * the server is {@code binary}; it runs the bundled launcher {@code server/bin/<name>} through {@code /bin/sh}
 * (so it runs however the client unpacks the bundle) and {@code server\bin\<name>.cmd} through {@code cmd /c} on Windows. The
 * launcher is how the bundle finds Java: JAVA_HOME, PATH, then the usual install places, with a clear message
 * when there is none, exactly as for an installed distribution.
 */
public final class McpbManifest {

    private McpbManifest() {
    }

    public static ObjectNode build(String name, ServerDescriptor descriptor, ServerProject project, String description,
                                   String author) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode m = f.objectNode();
        m.put("manifest_version", "0.3");
        m.put("name", name);
        String title = descriptor.server().title();
        if (title != null && !title.isBlank()) {
            m.put("display_name", title);
        }
        m.put("version", project.coordinates().version());
        m.put("description", description);
        ProjectMetadata.Person a = project.metadata().author();
        ObjectNode authorNode = m.putObject("author");
        authorNode.put("name", author);
        if (a != null && a.email() != null && a.email().contains("@")) {
            authorNode.put("email", a.email());
        }
        if (a != null && isHttpUrl(a.url())) {
            authorNode.put("url", a.url());
        }
        String repo = RegistryEntry.githubRepository(project.metadata().scmUrl());
        if (repo == null && isHttpUrl(project.metadata().scmUrl())) {
            repo = project.metadata().scmUrl();
        }
        if (repo != null) {
            ObjectNode r = m.putObject("repository");
            r.put("type", "git");
            r.put("url", repo);
        }
        if (isHttpUrl(project.metadata().url())) {
            m.put("homepage", project.metadata().url());
        }
        if (!project.metadata().licenseNames().isEmpty()) {
            m.put("license", project.metadata().licenseNames().get(0));
        }

        ObjectNode server = m.putObject("server");
        server.put("type", "binary");
        server.put("entry_point", "server/bin/" + name);
        ObjectNode config = server.putObject("mcp_config");
        config.put("command", "/bin/sh");
        config.putArray("args").add("${__dirname}/server/bin/" + name);
        List<Setting> settings = descriptor.settings();
        if (!settings.isEmpty()) {
            ObjectNode env = config.putObject("env");
            for (Setting s : settings) {
                env.put(s.key(), "${user_config." + s.key() + "}");
            }
        }
        ObjectNode win = config.putObject("platform_overrides").putObject("win32");
        win.put("command", "cmd.exe");
        win.putArray("args").add("/c").add("${__dirname}\\server\\bin\\" + name + ".cmd");

        ArrayNode tools = m.putArray("tools");
        for (Tool t : descriptor.tools()) {
            ObjectNode tool = tools.addObject();
            tool.put("name", t.name());
            if (t.description() != null) {
                tool.put("description", t.description());
            }
        }
        if (!descriptor.prompts().isEmpty()) {
            ArrayNode prompts = m.putArray("prompts");
            for (Prompt p : descriptor.prompts()) {
                ObjectNode prompt = prompts.addObject();
                prompt.put("name", p.name());
                if (p.description() != null) {
                    prompt.put("description", p.description());
                }
                if (!p.arguments().isEmpty()) {
                    ArrayNode args = prompt.putArray("arguments");
                    p.arguments().forEach(arg -> args.add(arg.name()));
                }
                // the server renders its prompts itself; mcpb wants a text, so it gets the description
                prompt.put("text", p.description() != null && !p.description().isBlank() ? p.description() : p.name());
            }
        }
        m.putObject("compatibility").putArray("platforms").add("darwin").add("linux").add("win32");

        if (!settings.isEmpty()) {
            ObjectNode userConfig = m.putObject("user_config");
            for (Setting s : settings) {
                ObjectNode u = userConfig.putObject(s.key());
                u.put("type", type(s.type()));
                u.put("title", s.key());
                u.put("description", s.description() == null || s.description().isBlank() ? s.key() : s.description());
                u.put("required", s.required());
                if (s.secret()) {
                    u.put("sensitive", true);
                } else if (s.defaultValue() != null) {
                    putDefault(u, type(s.type()), s.defaultValue());
                }
            }
        }
        return m;
    }

    private static void putDefault(ObjectNode u, String type, String value) {
        try {
            if (type.equals("number")) {
                u.put("default", Double.parseDouble(value));
                return;
            }
        } catch (NumberFormatException e) {
            // not a number after all: keep it as text
        }
        if (type.equals("boolean") && (value.equals("true") || value.equals("false"))) {
            u.put("default", Boolean.parseBoolean(value));
        } else {
            u.put("default", value);
        }
    }

    private static String type(String settingType) {
        switch (settingType == null ? "string" : settingType) {
            case "integer":
            case "number":
                return "number";
            case "boolean":
                return "boolean";
            case "file":
            case "path":
                return "file";
            case "directory":
                return "directory";
            default:
                return "string";
        }
    }

    private static boolean isHttpUrl(String url) {
        return url != null && (url.startsWith("https://") || url.startsWith("http://")) && !url.contains("${");
    }
}
