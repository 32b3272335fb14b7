package dev.mcpkit.classfile;

import dev.mcpkit.Setting;
import dev.mcpkit.SettingType;
import java.lang.annotation.Annotation;
import java.util.Map;

/** {@link Setting} read from a class file. */
final class SettingLiteral extends Literal implements Setting {

    SettingLiteral(Map<String, Object> values) {
        super(values);
    }

    @Override
    public Class<? extends Annotation> annotationType() {
        return Setting.class;
    }

    @Override
    public String key() {
        return string("key", "");
    }

    @Override
    public String description() {
        return string("description", "");
    }

    @Override
    public SettingType type() {
        Object v = raw("type");
        return v instanceof AnnotationValues.EnumValue ? SettingType.valueOf(((AnnotationValues.EnumValue) v).name()) : SettingType.AUTO;
    }

    @Override
    public boolean required() {
        return bool("required", true);
    }

    @Override
    public String defaultValue() {
        return string("defaultValue", NO_DEFAULT);
    }

    @Override
    public boolean secret() {
        return bool("secret", false);
    }
}
