package dev.mcpkit.classfile;

import java.util.Map;

/**
 * One annotation as written in a class file: its type descriptor ({@code Ldev/mcpkit/Tool;}) and
 * the element values given explicitly (defaults are not in the class file). Values are String,
 * Integer, Long, Float, Double, Boolean, Character, Short, Byte, {@link EnumValue}, a class
 * descriptor String, a nested {@code AnnotationValues}, or a {@code List} of those.
 */
public record AnnotationValues(String descriptor, Map<String, Object> values) {

    /** An enum constant element value. */
    public record EnumValue(String typeDescriptor, String name) {
    }

    /** The simple name of the annotation type: {@code Nullable} for {@code Lorg/jspecify/annotations/Nullable;}. */
    public String simpleName() {
        int slash = Math.max(descriptor.lastIndexOf('/'), descriptor.lastIndexOf('$'));
        return descriptor.substring(slash + 1, descriptor.length() - 1);
    }
}
