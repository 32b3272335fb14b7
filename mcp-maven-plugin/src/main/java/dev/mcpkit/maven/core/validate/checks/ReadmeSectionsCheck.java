package dev.mcpkit.maven.core.validate.checks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.mcpkit.maven.core.validate.Category;
import dev.mcpkit.maven.core.validate.Check;
import dev.mcpkit.maven.core.validate.Findings;
import dev.mcpkit.maven.core.validate.LaunchProbe;
import dev.mcpkit.maven.core.validate.ProjectModel;
import tools.jackson.databind.JsonNode;

/** The README answers what users ask first: how to start, install, configure Claude Desktop, configure, troubleshoot. */
public final class ReadmeSectionsCheck implements Check {

    private static final Map<String, Pattern> SECTIONS = new LinkedHashMap<>();
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+(.+)$");

    static {
        SECTIONS.put("Quick start", Pattern.compile("quick ?start|getting started"));
        SECTIONS.put("Installation", Pattern.compile("install"));
        SECTIONS.put("Configuration", Pattern.compile("configur|settings"));
        SECTIONS.put("Troubleshooting", Pattern.compile("troubleshoot"));
    }

    @Override
    public String id() {
        return "docs.readme";
    }

    @Override
    public Category category() {
        return Category.DOCUMENTATION;
    }

    @Override
    public String title() {
        return "README: quick start, install, Claude Desktop, config, troubleshooting";
    }

    @Override
    public void run(ProjectModel model, Findings findings) {
        Path readme = model.layout().readme();
        if (!Files.isRegularFile(readme)) {
            findings.error("the project has no README.md",
                    "add README.md with sections Quick start, Installation, Claude Desktop, Configuration, Troubleshooting and Tools (mvn mcp:docs writes the tools part)");
            return;
        }
        String text;
        try {
            text = Files.readString(readme);
        } catch (IOException e) {
            findings.error("cannot read README.md: " + e.getMessage(), "check the file");
            return;
        }
        List<String> headings = new ArrayList<>();
        Matcher h = HEADING.matcher(text);
        while (h.find()) {
            headings.add(h.group(1).toLowerCase(Locale.ROOT));
        }
        for (Map.Entry<String, Pattern> section : SECTIONS.entrySet()) {
            if (headings.stream().noneMatch(x -> section.getValue().matcher(x).find())) {
                findings.error("README.md has no " + section.getKey() + " section",
                        "add a heading '## " + section.getKey() + "' with what users need to know");
            }
        }
        List<String> names = new ArrayList<>();
        for (String block : jsonBlocks(text)) {
            JsonNode node = LaunchProbe.parse(block);
            if (node != null && node.path("mcpServers").isObject()) {
                names.addAll(node.path("mcpServers").propertyNames());
            }
        }
        if (names.isEmpty()) {
            findings.error("README.md has no Claude Desktop configuration example (a json block with mcpServers)",
                    "paste the output of mvn mcp:config -Dmcp.client=claude-desktop into a ```json block");
        } else if (!names.contains(model.serverName())) {
            findings.error("README.md's Claude Desktop example names the server " + names + ", not '" + model.serverName() + "'",
                    "use \"" + model.serverName() + "\" as the key under mcpServers (the name the launcher and snippets use)");
        }
    }

    /**
     * The bodies of fenced code blocks tagged json, jsonc or untagged. Fences are paired line by
     * line, so a ```sh block before a ```json block cannot shift which fence opens and which closes.
     */
    public static List<String> jsonBlocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        StringBuilder body = null;
        boolean wanted = false;
        for (String line : markdown.split("\\R", -1)) {
            String trimmed = line.trim();
            if (body == null) {
                if (trimmed.startsWith("```")) {
                    String info = trimmed.substring(3).trim();
                    wanted = info.isEmpty() || info.equals("json") || info.equals("jsonc");
                    body = new StringBuilder();
                }
            } else if (trimmed.equals("```")) {
                if (wanted) {
                    blocks.add(body.toString());
                }
                body = null;
            } else {
                body.append(line).append('\n');
            }
        }
        return blocks;
    }
}
