package dev.mcpkit.processor;

import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** What code in a class's own package can call, and how {@link Class#getTypeName()} spells an erased type. */
final class Reach {

    private final Elements elements;
    private final Types types;
    private final TypeMirror exception;
    private final TypeMirror error;

    Reach(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
        this.exception = elements.getTypeElement("java.lang.Exception").asType();
        this.error = elements.getTypeElement("java.lang.Error").asType();
    }

    /** An instance method of {@code type} that its package can call with every type it names, throwing only exceptions. */
    boolean callable(ExecutableElement m, TypeElement type) {
        Set<Modifier> modifiers = m.getModifiers();
        if (modifiers.contains(Modifier.PRIVATE) || modifiers.contains(Modifier.STATIC)) {
            return false;
        }
        PackageElement from = elements.getPackageOf(type);
        if (!visible(m.getReturnType(), from)) {
            return false;
        }
        for (VariableElement p : m.getParameters()) {
            if (!visible(p.asType(), from)) {
                return false;
            }
        }
        for (TypeMirror thrown : m.getThrownTypes()) {
            TypeMirror erased = types.erasure(thrown);
            if (!types.isAssignable(erased, exception) && !types.isAssignable(erased, error)) {
                return false;
            }
        }
        return true;
    }

    /** Whether code in {@code from} can name the erasure of {@code t}. */
    private boolean visible(TypeMirror t, PackageElement from) {
        TypeKind kind = t.getKind();
        if (kind.isPrimitive() || kind == TypeKind.VOID) {
            return true;
        }
        if (kind == TypeKind.ARRAY) {
            return visible(((ArrayType) t).getComponentType(), from);
        }
        if (kind == TypeKind.TYPEVAR) {
            return visible(types.erasure(t), from);
        }
        if (kind != TypeKind.DECLARED) {
            return false;
        }
        for (Element e = types.asElement(t); e instanceof TypeElement; e = e.getEnclosingElement()) {
            Set<Modifier> modifiers = e.getModifiers();
            if (modifiers.contains(Modifier.PRIVATE)
                    || !modifiers.contains(Modifier.PUBLIC) && !elements.getPackageOf(e).equals(from)) {
                return false;
            }
        }
        return true;
    }

    /** The erasure of {@code t} in Java source, without type annotations: {@code java.util.List}, {@code org.example.Outer.Inner[]}. */
    String sourceName(TypeMirror t) {
        return name(t, false);
    }

    /** The erasure of {@code t} as {@link Class#getTypeName()} spells it: {@code org.example.Outer$Inner[]}. */
    String typeName(TypeMirror t) {
        return name(t, true);
    }

    private String name(TypeMirror t, boolean binary) {
        TypeMirror erased = types.erasure(t);
        switch (erased.getKind()) {
            case ARRAY:
                return name(((ArrayType) erased).getComponentType(), binary) + "[]";
            case DECLARED:
                TypeElement type = (TypeElement) types.asElement(erased);
                return (binary ? elements.getBinaryName(type) : type.getQualifiedName()).toString();
            default:
                return erased.getKind().name().toLowerCase(java.util.Locale.ROOT);   // int, long, ..., void
        }
    }

    /** The binary name of a class: {@code org.example.Outer$Inner}. */
    String binaryName(TypeElement type) {
        return elements.getBinaryName(type).toString();
    }

    PackageElement packageOf(TypeElement type) {
        return elements.getPackageOf(type);
    }
}
