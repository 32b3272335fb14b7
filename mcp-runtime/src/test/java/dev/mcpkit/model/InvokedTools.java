package dev.mcpkit.model;

import dev.mcpkit.Complete;
import dev.mcpkit.Prompt;
import dev.mcpkit.Resource;
import dev.mcpkit.Tool;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Tool methods of every shape mcpkit's annotation processor meets; the test build runs it on this class. */
class InvokedTools {

    /** A type its package cannot name from outside this class. */
    private static final class Hidden {
    }

    @Tool(description = "primitives in and out")
    int add(int a, long b) {
        return (int) (a + b);
    }

    @Tool(description = "nothing out")
    public void touch() {
    }

    @Tool(description = "generic and varargs")
    protected <T extends CharSequence> String join(List<T> parts, String... more) {
        return String.join("+", parts) + (more.length > 0 ? "+" + String.join("+", more) : "");
    }

    @Tool(description = "a checked exception comes out as it is")
    public String fails() throws IOException {
        throw new IOException("disk gone");
    }

    @Resource(uri = "test://array", description = "an array out")
    public byte[] bytes() {
        return new byte[] {1, 2};
    }

    @Prompt(description = "a map in")
    public String prompt(Map<String, String> values) {
        return values.toString();
    }

    @Complete(prompt = "prompt", argument = "values")
    public List<String> complete(String prefix) {
        return List.of(prefix + "!");
    }

    @Tool(description = "private: called by reflection")
    private String secret() {
        return "secret";
    }

    @Tool(description = "names a private type: called by reflection")
    String hidden(Hidden h) {
        return "hidden";
    }

    @Tool(description = "throws a Throwable: called by reflection")
    public String throwsAnything() throws Throwable {
        return "anything";
    }

    /** Not annotated: the processor leaves it out. */
    public String plain() {
        return "plain";
    }

    /** A class whose invoker was written for an older version of it (a build without the processor since). */
    public static class Stale {
        public String greet(String name) {
            return "hello " + name;
        }
    }
}
