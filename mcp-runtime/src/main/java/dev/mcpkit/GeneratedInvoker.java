package dev.mcpkit;

/**
 * Calls the tool, resource, prompt and completion methods of one class directly, without reflection. mcpkit's
 * annotation processor, which comes with mcp-runtime, writes one for each class that declares such methods, named
 * after the class with {@code $$McpInvoker} (for {@code org.example.EchoTools}: {@code org.example.EchoTools$$McpInvoker}),
 * when javac runs it: with mcp-runtime on the compiler's annotation processor path, as the archetype's {@code pom.xml}
 * sets up. The runtime calls a method through it where it has the method, and by reflection otherwise.
 *
 * <p>Why: on JDK 18 and later the first reflective call of a method spins classes for it, which on JDK 25 costs a
 * user's first tool call about 4 ms. Not meant to be implemented by hand.
 */
public interface GeneratedInvoker {

    /**
     * The methods this invoker calls, in the order of their numbers: return type, name and parameter types as
     * {@link Class#getTypeName()} spells them, for example {@code java.lang.String echo(java.lang.String)}.
     */
    String[] methods();

    /**
     * Calls method number {@code index} of {@link #methods()} on {@code target} with {@code arguments}; whatever
     * the method throws comes out as it is. A void method returns null.
     */
    Object invoke(int index, Object target, Object[] arguments) throws Exception;
}
