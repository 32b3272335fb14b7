package dev.mcpkit.classfile;

import dev.mcpkit.Tool;
import java.lang.annotation.Annotation;
import java.util.Map;

/** {@link Tool} read from a class file. */
final class ToolLiteral extends Literal implements Tool {

    ToolLiteral(Map<String, Object> values) {
        super(values);
    }

    @Override
    public Class<? extends Annotation> annotationType() {
        return Tool.class;
    }

    @Override
    public String name() {
        return string("name", "");
    }

    @Override
    public String title() {
        return string("title", "");
    }

    @Override
    public String description() {
        return string("description", "");
    }

    @Override
    public boolean readOnly() {
        return bool("readOnly", false);
    }

    @Override
    public boolean destructive() {
        return bool("destructive", true);
    }

    @Override
    public boolean idempotent() {
        return bool("idempotent", false);
    }

    @Override
    public boolean openWorld() {
        return bool("openWorld", true);
    }

    @Override
    public String toolset() {
        return string("toolset", "");
    }

    @Override
    public String[] settings() {
        return strings("settings");
    }

    @Override
    public String[] scopes() {
        return strings("scopes");
    }
}
