package dev.mcpkit.maven.core.clients;

import java.io.IOException;
import java.util.Map;

import dev.mcpkit.maven.core.launch.LaunchSpec;
import dev.mcpkit.maven.core.output.MarkedSection;
import dev.mcpkit.maven.core.output.TextTemplates;

/**
 * The one-line installs of {@link InstallLines} as Markdown, from the template {@code install.md.ftl}: a whole
 * {@code INSTALL.md} ({@code mcp:package}), or the README's section between its markers ({@code mcp:docs}).
 */
public final class InstallDocs {

    public static final MarkedSection SECTION = new MarkedSection("install", "Install in one line");
    public static final String TEMPLATE = "install.md.ftl";

    private InstallDocs() {
    }

    /** {@code INSTALL.md}: a heading with the version, then the lines. */
    public static String document(String name, String version, String description, LaunchSpec released, TextTemplates templates)
            throws IOException {
        return render(name, version, description, released, templates, true);
    }

    /** The README with its install section replaced, or appended under a heading when it has none. */
    public static String update(String readme, String name, String version, String description, LaunchSpec released,
                                TextTemplates templates) throws IOException {
        return SECTION.update(readme, render(name, version, description, released, templates, false).strip());
    }

    private static String render(String name, String version, String description, LaunchSpec released, TextTemplates templates,
                                 boolean heading) throws IOException {
        return templates.render(TEMPLATE, Map.of("name", name, "version", version, "heading", heading,
                "lines", InstallLines.of(name, description, released)));
    }
}
