package dev.mcpkit.classfile;

import dev.mcpkit.Resource;
import java.lang.annotation.Annotation;
import java.util.Map;

/** {@link Resource} read from a class file. */
final class ResourceLiteral extends Literal implements Resource {

    ResourceLiteral(Map<String, Object> values) {
        super(values);
    }

    @Override
    public Class<? extends Annotation> annotationType() {
        return Resource.class;
    }

    @Override
    public String uri() {
        return string("uri", "");
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
    public String mimeType() {
        return string("mimeType", "");
    }
}
