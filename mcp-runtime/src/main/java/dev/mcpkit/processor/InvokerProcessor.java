package dev.mcpkit.processor;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * javac's side of {@link dev.mcpkit.GeneratedInvoker}: for each class that declares {@code @Tool}, {@code @Resource},
 * {@code @Prompt} or {@code @Complete} methods, writes {@code <Class>$$McpInvoker}, which calls them directly. A
 * method it cannot call from the class's package (private, or naming a type the package cannot see, or throwing a
 * {@code Throwable} that is no {@code Exception}) is left out: the runtime calls that one by reflection, as it calls
 * every method of a class compiled without this processor. It reads the annotations by name, so it needs no class of
 * the runtime.
 */
@SupportedAnnotationTypes({"dev.mcpkit.Tool", "dev.mcpkit.Resource", "dev.mcpkit.Prompt", "dev.mcpkit.Complete"})
public final class InvokerProcessor extends AbstractProcessor {

    /** What the generated class's name adds to the binary name of the class it serves. */
    public static final String SUFFIX = "$$McpInvoker";

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        Map<TypeElement, List<ExecutableElement>> byClass = new LinkedHashMap<>();
        for (TypeElement annotation : annotations) {
            for (Element e : round.getElementsAnnotatedWith(annotation)) {
                if (e.getKind() == ElementKind.METHOD && e.getEnclosingElement() instanceof TypeElement) {
                    List<ExecutableElement> methods = byClass.computeIfAbsent((TypeElement) e.getEnclosingElement(), k -> new ArrayList<>());
                    if (!methods.contains(e)) {
                        methods.add((ExecutableElement) e);
                    }
                }
            }
        }
        Reach reach = new Reach(processingEnv.getElementUtils(), processingEnv.getTypeUtils());
        byClass.forEach((type, methods) -> {
            if (named(type)) {
                List<ExecutableElement> callable = new ArrayList<>();
                for (ExecutableElement m : methods) {
                    if (reach.callable(m, type)) {
                        callable.add(m);
                    }
                }
                if (!callable.isEmpty()) {
                    write(new InvokerSource(type, callable, reach));
                }
            }
        });
        return false;   // the annotations are the runtime's: other processors may read them too
    }

    /** A class the generated code can name: top level or a member class of one, never local or anonymous. */
    private static boolean named(TypeElement type) {
        for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
            NestingKind nesting = ((TypeElement) e).getNestingKind();
            if (nesting != NestingKind.TOP_LEVEL && nesting != NestingKind.MEMBER || e.getModifiers().contains(Modifier.PRIVATE)) {
                return false;
            }
        }
        return type.getKind() == ElementKind.CLASS || type.getKind() == ElementKind.RECORD || type.getKind() == ElementKind.ENUM;
    }

    private void write(InvokerSource source) {
        try (Writer out = processingEnv.getFiler().createSourceFile(source.qualifiedName(), source.type()).openWriter()) {
            out.write(source.text());
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    "mcpkit: cannot write " + source.qualifiedName() + ": " + e.getMessage(), source.type());
        }
    }
}
