package dev.mcpkit.classfile;

import dev.mcpkit.ServerInfo;
import java.lang.annotation.Annotation;
import java.util.Map;

/** {@link ServerInfo} read from a class file. */
final class ServerInfoLiteral extends Literal implements ServerInfo {

    ServerInfoLiteral(Map<String, Object> values) {
        super(values);
    }

    @Override
    public Class<? extends Annotation> annotationType() {
        return ServerInfo.class;
    }

    @Override
    public String name() {
        return string("name", "");
    }

    @Override
    public String version() {
        return string("version", "");
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
    public String instructions() {
        return string("instructions", "");
    }
}
