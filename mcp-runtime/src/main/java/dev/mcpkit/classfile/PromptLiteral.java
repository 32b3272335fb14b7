package dev.mcpkit.classfile;

import dev.mcpkit.Prompt;
import java.lang.annotation.Annotation;
import java.util.Map;

/** {@link Prompt} read from a class file. */
final class PromptLiteral extends Literal implements Prompt {

    PromptLiteral(Map<String, Object> values) {
        super(values);
    }

    @Override
    public Class<? extends Annotation> annotationType() {
        return Prompt.class;
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
}
