package dev.mcpkit.classfile;

import dev.mcpkit.Complete;
import java.lang.annotation.Annotation;
import java.util.Map;

/** {@link Complete} read from a class file. */
final class CompleteLiteral extends Literal implements Complete {

    CompleteLiteral(Map<String, Object> values) {
        super(values);
    }

    @Override
    public Class<? extends Annotation> annotationType() {
        return Complete.class;
    }

    @Override
    public String prompt() {
        return string("prompt", "");
    }

    @Override
    public String resource() {
        return string("resource", "");
    }

    @Override
    public String argument() {
        return string("argument", "");
    }
}
