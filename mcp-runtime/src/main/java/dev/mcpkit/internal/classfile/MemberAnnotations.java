package dev.mcpkit.internal.classfile;

import java.util.List;

/**
 * The annotations of a method, field or record component read from a class file.
 *
 * @param annotations runtime-visible annotations on the member
 * @param parameterAnnotations per formal parameter: declaration and type-use annotations (methods only)
 * @param parameterNames from the MethodParameters attribute (compiled with -parameters), or null
 */
public record MemberAnnotations(List<AnnotationValues> annotations, List<List<AnnotationValues>> parameterAnnotations,
                                List<String> parameterNames) {

    public AnnotationValues find(String descriptor) {
        for (AnnotationValues a : annotations) {
            if (a.descriptor().equals(descriptor)) {
                return a;
            }
        }
        return null;
    }
}
