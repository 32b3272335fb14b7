package dev.mcpkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Annotated methods are called through the invoker mcpkit's annotation processor wrote at test-compile (as a server's
 * build writes one), with reflection left for what that code cannot call, and for an invoker that no longer matches.
 */
class MethodCallerTest {

    private final InvokedTools tools = new InvokedTools();

    @Test
    void theProcessorWroteAnInvokerForEveryMethodItsPackageCanCall() throws Exception {
        Class<?> invoker = Class.forName(InvokedTools.class.getName() + "$$McpInvoker");
        String[] methods = ((dev.mcpkit.GeneratedInvoker) invoker.getDeclaredConstructor().newInstance()).methods();
        assertThat(methods).containsExactlyInAnyOrder("int add(int,long)", "void touch()",
                "java.lang.String join(java.util.List,java.lang.String[])", "java.lang.String fails()", "byte[] bytes()",
                "java.lang.String prompt(java.util.Map)", "java.util.List complete(java.lang.String)");
    }

    @Test
    void generatedCallsPassArgumentsAndResultsAsReflectionDoes() throws Exception {
        assertThat(call("add", new Object[] {2, 40L}, int.class, long.class)).isEqualTo(42);
        assertThat(call("touch", new Object[0])).isNull();
        assertThat(call("join", new Object[] {List.of("a", "b"), new String[] {"c"}}, List.class, String[].class)).isEqualTo("a+b+c");
        assertThat((byte[]) call("bytes", new Object[0])).containsExactly(1, 2);
        assertThat(call("prompt", new Object[] {Map.of("k", "v")}, Map.class)).isEqualTo("{k=v}");
        assertThat(call("complete", new Object[] {"x"}, String.class)).isEqualTo(List.of("x!"));
        for (String name : List.of("add", "touch", "join", "bytes", "prompt", "complete", "fails")) {
            assertThat(callerOf(name)).as(name).isInstanceOf(MethodCaller.Generated.class);
        }
    }

    @Test
    void whatTheMethodThrowsComesOutUnwrapped() {
        assertThatThrownBy(() -> call("fails", new Object[0])).isExactlyInstanceOf(IOException.class).hasMessage("disk gone");
    }

    @Test
    void methodsTheGeneratedCodeCannotCallAreCalledByReflection() throws Exception {
        assertThat(callerOf("secret")).isInstanceOf(MethodCaller.Reflective.class);
        assertThat(callerOf("throwsAnything")).isInstanceOf(MethodCaller.Reflective.class);
        assertThat(callerOf("hidden")).isInstanceOf(MethodCaller.Reflective.class);
        assertThat(callerOf("plain")).isInstanceOf(MethodCaller.Reflective.class);
        Method secret = InvokedTools.class.getDeclaredMethod("secret");
        secret.setAccessible(true);
        assertThat(MethodCaller.of(secret).call(tools, new Object[0])).isEqualTo("secret");
    }

    @Test
    void anInvokerThatNoLongerMatchesTheMethodIsNotUsed() throws Exception {
        Method greet = InvokedTools.Stale.class.getMethod("greet", String.class);
        MethodCaller caller = MethodCaller.of(greet);
        assertThat(caller).isInstanceOf(MethodCaller.Reflective.class);
        assertThat(caller.call(new InvokedTools.Stale(), new Object[] {"you"})).isEqualTo("hello you");
    }

    @Test
    void aClassCompiledWithoutTheProcessorIsCalledByReflection() throws Exception {
        MethodCaller caller = MethodCaller.of(String.class.getMethod("length"));
        assertThat(caller).isInstanceOf(MethodCaller.Reflective.class);
        assertThat(caller.call("four", new Object[0])).isEqualTo(4);
    }

    private MethodCaller callerOf(String name) {
        return MethodCaller.of(Arrays.stream(InvokedTools.class.getDeclaredMethods()).filter(m -> m.getName().equals(name))
                .findFirst().orElseThrow());
    }

    private Object call(String name, Object[] arguments, Class<?>... types) throws Exception {
        return MethodCaller.of(InvokedTools.class.getDeclaredMethod(name, types)).call(tools, arguments);
    }
}
