package dev.mcpkit.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcpkit.Arg;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ParameterSpecTest {

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE_USE)
    @interface Nullable {
    }

    @SuppressWarnings("unused")
    static final class Tools {
        public void mixed(String plain, Optional<String> optional, OptionalLong optionalLong,
                @Fixtures.Nullable String declarationNullable, @Nullable String typeUseNullable,
                @Arg(defaultValue = "1") int defaulted, @Arg(name = "renamed", description = "d") String original) {
        }
    }

    private static List<ParameterSpec> specs() {
        for (Method m : Tools.class.getDeclaredMethods()) {
            if (m.getName().equals("mixed")) {
                List<ParameterSpec> specs = new ArrayList<>();
                for (java.lang.reflect.Parameter p : m.getParameters()) {
                    specs.add(ParameterSpec.of(p));
                }
                return specs;
            }
        }
        throw new AssertionError();
    }

    @Test
    void onlyPlainParametersWithoutDefaultAreRequired() {
        assertThat(specs()).extracting(ParameterSpec::name).containsExactly("plain", "optional", "optionalLong",
                "declarationNullable", "typeUseNullable", "defaulted", "renamed");
        assertThat(specs()).extracting(ParameterSpec::required)
                .containsExactly(true, false, false, false, false, false, true);
    }

    @Test
    void specKeepsTheGenericTypeAndTheArg() {
        ParameterSpec optional = specs().get(1);
        assertThat(optional.type().getTypeName()).isEqualTo("java.util.Optional<java.lang.String>");
        assertThat(specs().get(6).arg().description()).isEqualTo("d");
        assertThat(specs().get(0).arg()).isNull();
    }
}
