package dev.mcpkit.maven.core.output;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/**
 * The plugin's text outputs (launchers, the README's tools section, the mcp:inspect table) rendered from FreeMarker
 * templates: the project's template directory ({@code src/main/mcp/templates/}) first, then the plugin's own.
 * Templates use square-bracket syntax ({@code [=name]}, {@code [#list]}) so that shell {@code ${...}} needs no escaping.
 */
public final class TextTemplates {

    static final String CLASSPATH_TEMPLATES = "/dev/mcpkit/maven/templates";

    private final Configuration freemarker;

    /** @param overrides the project's template directory; may be null or missing */
    public TextTemplates(Path overrides) throws IOException {
        freemarker = new Configuration(Configuration.VERSION_2_3_34);
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setTagSyntax(Configuration.SQUARE_BRACKET_TAG_SYNTAX);
        freemarker.setInterpolationSyntax(Configuration.SQUARE_BRACKET_INTERPOLATION_SYNTAX);
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (overrides != null && Files.isDirectory(overrides)) {
            loaders.add(new FileTemplateLoader(overrides.toFile()));
        }
        loaders.add(new ClassTemplateLoader(TextTemplates.class, CLASSPATH_TEMPLATES));
        freemarker.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(new TemplateLoader[0])));
    }

    /** The plugin's own templates, for callers that have no project (tests, the validate checks). */
    public static TextTemplates builtIn() {
        try {
            return new TextTemplates(null);
        } catch (IOException e) {
            throw new IllegalStateException("no project directory to read, yet: " + e, e);
        }
    }

    public String render(String templateName, Map<String, ?> model) throws IOException {
        StringWriter out = new StringWriter();
        try {
            freemarker.getTemplate(templateName).process(model, out);
        } catch (TemplateException e) {
            throw new IOException("template " + templateName + " failed: " + e.getMessage(), e);
        }
        return out.toString();
    }
}
