package dev.mcpkit.classfile;

import dev.mcpkit.Arg;
import java.lang.annotation.Annotation;
import java.util.Map;

/** {@link Arg} read from a class file. */
final class ArgLiteral extends Literal implements Arg {

    ArgLiteral(Map<String, Object> values) {
        super(values);
    }

    @Override
    public Class<? extends Annotation> annotationType() {
        return Arg.class;
    }

    @Override
    public String name() {
        return string("name", "");
    }

    @Override
    public String description() {
        return string("description", "");
    }

    @Override
    public String defaultValue() {
        return string("defaultValue", NO_DEFAULT);
    }

    @Override
    public double min() {
        return decimal("min", Double.NEGATIVE_INFINITY);
    }

    @Override
    public double max() {
        return decimal("max", Double.POSITIVE_INFINITY);
    }

    @Override
    public int minLength() {
        return integer("minLength", -1);
    }

    @Override
    public int maxLength() {
        return integer("maxLength", -1);
    }

    @Override
    public String pattern() {
        return string("pattern", "");
    }

    @Override
    public int minItems() {
        return integer("minItems", -1);
    }

    @Override
    public int maxItems() {
        return integer("maxItems", -1);
    }

    @Override
    public String[] completions() {
        return strings("completions");
    }
}
