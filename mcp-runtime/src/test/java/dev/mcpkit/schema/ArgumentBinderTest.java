package dev.mcpkit.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mcpkit.json.Json;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArgumentBinderTest {

    private final ArgumentBinder forecast = new ArgumentBinder(Fixtures.params("forecast"), new ValueBinder());

    @SuppressWarnings("unchecked")
    private static Map<String, Object> args(String json) {
        return (Map<String, Object>) Json.parse(json);
    }

    @Test
    void argumentsAreBoundInParameterOrder() {
        assertThat(forecast.bind(args("{\"unit\":\"FAHRENHEIT\",\"days\":2,\"city\":\"Oslo\"}")))
                .containsExactly("Oslo", Optional.of(2), Fixtures.Unit.FAHRENHEIT);
    }

    @Test
    void absentArgumentsTakeTheirDefaultOrAnEmptyOptional() {
        assertThat(forecast.bind(args("{\"city\":\"Oslo\"}")))
                .containsExactly("Oslo", Optional.empty(), Fixtures.Unit.CELSIUS);
    }

    @Test
    void missingRequiredArgumentIsAnErrorNamingIt() {
        assertThatThrownBy(() -> forecast.bind(null)).isInstanceOf(BindingException.class)
                .hasMessage("/city: missing required property \"city\"");
    }

    @Test
    void badArgumentIsAnErrorNamingItsPath() {
        assertThatThrownBy(() -> forecast.bind(args("{\"city\":\"Oslo\",\"days\":3000000000}")))
                .hasMessage("/days: 3000000000 does not fit in int (-2147483648..2147483647)");
    }

    @Test
    void toolWithoutParametersBindsNothing() {
        assertThat(new ArgumentBinder(Fixtures.params("none"), new ValueBinder()).bind(Map.of())).isEmpty();
    }
}
