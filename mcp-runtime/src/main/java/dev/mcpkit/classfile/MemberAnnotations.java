package dev.mcpkit.classfile;

import java.util.List;

/**
 * The annotations of a method, field or record component read from a class file.
 *
 * @param annotations runtime-visible annotations on the member
 * @param parameterAnnotations per formal parameter: declaration and type-use annotations (methods only)
 */
public record MemberAnnotations(List<AnnotationValues> annotations, List<List<AnnotationValues>> parameterAnnotations) {

    /** A member without annotations. */
    public static final MemberAnnotations NONE = new MemberAnnotations(List.of(), List.of());
}
