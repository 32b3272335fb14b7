package dev.mcpkit.classfile;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a class file says about annotations: on the class, its annotated methods (keyed by name
 * plus descriptor, e.g. {@code echo(Ljava/lang/String;)Ljava/lang/String;}) and their names,
 * annotated fields, and record components. Members without annotations are not listed.
 */
public record ClassAnnotations(List<AnnotationValues> classAnnotations, Map<String, MemberAnnotations> methods,
                               Set<String> annotatedMethodNames, Map<String, MemberAnnotations> fields,
                               Map<String, MemberAnnotations> recordComponents) {
}
