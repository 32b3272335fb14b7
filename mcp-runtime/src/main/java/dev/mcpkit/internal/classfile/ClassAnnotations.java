package dev.mcpkit.internal.classfile;

import java.util.List;
import java.util.Map;

/**
 * What a class file says about annotations: on the class, its methods (keyed by name plus
 * descriptor, e.g. {@code echo(Ljava/lang/String;)Ljava/lang/String;}), fields and record components.
 */
public record ClassAnnotations(List<AnnotationValues> classAnnotations, Map<String, MemberAnnotations> methods,
                               Map<String, MemberAnnotations> fields, Map<String, MemberAnnotations> recordComponents) {
}
