package dev.mcpkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The runtime's packages depend one way: the public API at the bottom, then json and the class-file
 * reader, schema and config, the server model, the protocol engine, the transport, and the
 * assembly (command line, settings while serving, the engine behind McpServer) on top.
 */
class PackageLayersTest {

    /** Each layer, bottom first, with the layers below it that it may use. */
    private static final Map<String, List<String>> LAYERS = new LinkedHashMap<>();

    static {
        LAYERS.put("api", List.of());
        LAYERS.put("json", List.of());
        LAYERS.put("classfile", List.of("api"));
        LAYERS.put("schema", List.of("api", "json", "classfile"));
        LAYERS.put("config", List.of("api", "json", "classfile"));
        LAYERS.put("model", List.of("api", "json", "classfile", "schema"));
        LAYERS.put("protocol", List.of("api", "json", "schema", "model"));
        LAYERS.put("transport", List.of("api", "json", "protocol"));
        LAYERS.put("cli", List.of());
        LAYERS.put("processor", List.of());   // runs inside javac: names the runtime's annotations, uses none of its classes
        LAYERS.put("assembly", List.of("api", "json", "classfile", "schema", "config", "model", "protocol", "transport", "cli"));
    }

    private static final JavaClasses RUNTIME = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.mcpkit");

    private static String packageOf(String layer) {
        return layer.equals("api") ? "dev.mcpkit" : "dev.mcpkit." + layer + "..";
    }

    @Test
    void everyLayerUsesOnlyTheLayersBelowItThatItLists() {
        List<String> below = new ArrayList<>();
        for (Map.Entry<String, List<String>> layer : LAYERS.entrySet()) {
            assertThat(below).as("layers below " + layer.getKey()).containsAll(layer.getValue());
            below.add(layer.getKey());
        }
        LayeredArchitecture architecture = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (String layer : LAYERS.keySet()) {
            architecture = architecture.layer(layer).definedBy(packageOf(layer));
        }
        for (Map.Entry<String, List<String>> layer : LAYERS.entrySet()) {
            List<String> uses = layer.getValue();
            architecture = uses.isEmpty()
                    ? architecture.whereLayer(layer.getKey()).mayNotAccessAnyLayer()
                    : architecture.whereLayer(layer.getKey()).mayOnlyAccessLayers(uses.toArray(new String[0]));
        }
        architecture.ensureAllClassesAreContainedInArchitecture()
                .because("a new package takes its place in the layers here")
                .check(RUNTIME);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().assignedFrom(new FirstPackageBelowDevMcpkit()).should().beFreeOfCycles().check(RUNTIME);
    }

    @Test
    void publicApiUsesOnlyJdkTypesAndItsOwn() {
        classes().that().resideInAPackage("dev.mcpkit")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.mcpkit", "java..")
                .because("users import only dev.mcpkit; McpServer creates the engine (McpEngine) by its class name")
                .check(RUNTIME);
    }

    /** One slice per package directly below dev.mcpkit (sub-packages included), and one for dev.mcpkit itself. */
    private static final class FirstPackageBelowDevMcpkit implements SliceAssignment {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (name.equals("dev.mcpkit")) {
                return SliceIdentifier.of("dev.mcpkit");
            }
            if (!name.startsWith("dev.mcpkit.")) {
                return SliceIdentifier.ignore();
            }
            int end = name.indexOf('.', "dev.mcpkit.".length());
            return SliceIdentifier.of(end < 0 ? name : name.substring(0, end));
        }

        @Override
        public String getDescription() {
            return "the packages of mcp-runtime";
        }
    }
}
