package dev.mcpkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mcpkit.RequestContext;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Making a tool method ready ahead of its first call builds what the call needs and never runs the method. */
class MethodParametersTest {

    static int calls;

    public static final class Tools {
        public String echo(String message) {
            calls++;
            return message;
        }

        public static int add(int a, int b) {
            calls++;
            return a + b;
        }

        public String none(RequestContext context) {
            calls++;
            return "none";
        }
    }

    @Test
    void prepareNeverEntersTheMethodAndTheCallsAfterItWork() throws Exception {
        calls = 0;
        Tools tools = new Tools();
        MethodParameters echo = new MethodParameters(Tools.class.getMethod("echo", String.class));
        MethodParameters add = new MethodParameters(Tools.class.getMethod("add", int.class, int.class));
        MethodParameters none = new MethodParameters(Tools.class.getMethod("none", RequestContext.class));
        echo.prepare();
        add.prepare();
        none.prepare();
        assertThat(calls).as("methods entered by prepare()").isZero();

        assertThat(echo.invoke(tools, echo.bind(Map.of("message", "hi"), null))).isEqualTo("hi");
        assertThat(add.invoke(null, add.bind(Map.of("a", 2L, "b", 3L), null))).isEqualTo(5);
        assertThat(none.invoke(tools, none.bind(Map.of(), null))).isEqualTo("none");
        assertThat(calls).isEqualTo(3);
    }
}
