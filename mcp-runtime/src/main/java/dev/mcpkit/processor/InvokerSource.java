package dev.mcpkit.processor;

import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;

/** The Java source of one {@code <Class>$$McpInvoker}: a switch over the class's callable methods. */
final class InvokerSource {

    private final TypeElement type;
    private final List<ExecutableElement> methods;
    private final Reach reach;
    private final String packageName;
    private final String simpleName;

    InvokerSource(TypeElement type, List<ExecutableElement> methods, Reach reach) {
        this.type = type;
        this.methods = methods;
        this.reach = reach;
        PackageElement pkg = reach.packageOf(type);
        this.packageName = pkg.isUnnamed() ? "" : pkg.getQualifiedName().toString();
        String binary = reach.binaryName(type);
        this.simpleName = (packageName.isEmpty() ? binary : binary.substring(packageName.length() + 1)) + InvokerProcessor.SUFFIX;
    }

    TypeElement type() {
        return type;
    }

    String qualifiedName() {
        return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
    }

    String text() {
        String self = reach.sourceName(type.asType());
        StringBuilder s = new StringBuilder();
        if (!packageName.isEmpty()) {
            s.append("package ").append(packageName).append(";\n\n");
        }
        s.append("/** Written by mcpkit's annotation processor: calls the annotated methods of ").append(self)
                .append(" without reflection. */\n")
                .append("@SuppressWarnings({\"unchecked\", \"rawtypes\", \"deprecation\", \"removal\"})\n")
                .append("public final class ").append(simpleName).append(" implements dev.mcpkit.GeneratedInvoker {\n\n")
                .append("    /** Made by the runtime, once. */\n    public ").append(simpleName).append("() {\n    }\n\n")
                .append("    private static final String[] METHODS = {\n");
        for (ExecutableElement m : methods) {
            s.append("        \"").append(signature(m)).append("\",\n");
        }
        s.append("    };\n\n")
                .append("    @Override\n    public String[] methods() {\n        return METHODS.clone();\n    }\n\n")
                .append("    @Override\n    public Object invoke(int index, Object target, Object[] arguments) throws Exception {\n")
                .append("        ").append(self).append(" self = (").append(self).append(") target;\n")
                .append("        switch (index) {\n");
        for (int i = 0; i < methods.size(); i++) {
            ExecutableElement m = methods.get(i);
            String call = call(m);
            s.append("            case ").append(i).append(": ");
            if (m.getReturnType().getKind() == TypeKind.VOID) {
                s.append(call).append("; return null;\n");
            } else {
                s.append("return ").append(call).append(";\n");
            }
        }
        s.append("            default: throw new IllegalArgumentException(\"no method number \" + index);\n")
                .append("        }\n    }\n}\n");
        return s.toString();
    }

    /** As {@link dev.mcpkit.GeneratedInvoker#methods()} names a method. */
    private String signature(ExecutableElement m) {
        StringBuilder s = new StringBuilder(reach.typeName(m.getReturnType())).append(' ').append(m.getSimpleName()).append('(');
        List<? extends VariableElement> params = m.getParameters();
        for (int i = 0; i < params.size(); i++) {
            s.append(i > 0 ? "," : "").append(reach.typeName(params.get(i).asType()));
        }
        return s.append(')').toString();
    }

    private String call(ExecutableElement m) {
        StringBuilder s = new StringBuilder("self.").append(m.getSimpleName()).append('(');
        List<? extends VariableElement> params = m.getParameters();
        for (int i = 0; i < params.size(); i++) {
            s.append(i > 0 ? ", " : "").append('(').append(reach.sourceName(params.get(i).asType())).append(") arguments[")
                    .append(i).append(']');
        }
        return s.append(')').toString();
    }
}
