package dev.mcpkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A server with one of everything, for the runtime's own tests. */
@ServerInfo(name = "sample", version = "1.2.3", title = "Sample", instructions = "Use echo.")
public class SampleServer extends McpServer {

    public record Point(@Arg(description = "x coordinate") int x, int y) {
    }

    public enum Unit { celsius, fahrenheit }

    final List<String> calls = new ArrayList<>();

    @Tool(description = "Echoes")
    public String echo(@Arg(description = "Message") String message) {
        return message;
    }

    @Tool(description = "Makes a point", readOnly = true)
    public Point point(int x, @Arg(defaultValue = "7") int y) {
        return new Point(x, y);
    }

    @Tool(description = "Temperature")
    public String temperature(@Arg(description = "Unit", defaultValue = "celsius") Unit unit,
                              @Arg(min = -100, max = 100) Optional<Double> value) {
        return unit + ":" + value.map(String::valueOf).orElse("none");
    }

    @Tool(description = "Does nothing")
    public void nothing() {
        calls.add("nothing");
    }

    @Tool(description = "Fails")
    public String fails() {
        throw new ToolException("it failed on purpose");
    }

    @Tool(description = "Crashes")
    public String crashes() {
        throw new IllegalStateException("kaboom");
    }

    @Tool(description = "Protocol error")
    public String protocolError() {
        throw new McpException(-32042, "needs a URL", java.util.Map.of("url", "https://example.org"));
    }

    @Tool(description = "Waits until cancelled or done")
    public String waitFor(@Arg(defaultValue = "5000") int millis, RequestContext ctx) throws InterruptedException {
        for (int i = 1; i <= millis / 10; i++) {
            Thread.sleep(10);
            ctx.progress(i, (double) (millis / 10), null);
        }
        return "waited";
    }

    @Tool(description = "Progress that goes backwards")
    public String badProgress(RequestContext ctx) {
        ctx.progress(1);
        ctx.progress(3);
        ctx.progress(2);
        ctx.progress(4);
        return "ok";
    }

    @Tool(description = "Logs at every level")
    public String logAll(RequestContext ctx) {
        for (LogLevel l : LogLevel.values()) {
            ctx.log(l, "at " + l.wireName());
        }
        return "ok";
    }

    @Tool(description = "Asks the user")
    public String ask(RequestContext ctx) {
        ElicitResult r = ctx.elicit("Name?", java.util.Map.of("type", "object",
                "properties", java.util.Map.of("name", java.util.Map.of("type", "string"))));
        return r.action() + " " + r.content().get("name");
    }

    @Tool(description = "Asks the model")
    public String think(RequestContext ctx) {
        return ctx.sample(SamplingRequest.of("hello?", 10)).text();
    }

    @Tool(description = "Counts roots")
    public int rootCount(RequestContext ctx) {
        return ctx.roots().size();
    }

    @Resource(uri = "sample://readme", mimeType = "text/markdown")
    public String readme() {
        return "# Sample";
    }

    @Resource(uri = "sample://bytes", mimeType = "application/octet-stream")
    public byte[] bytes() {
        return new byte[] {1, 2, 3};
    }

    @Resource(uri = "sample://items/{id}/detail")
    public String item(@Arg(completions = {"apple", "apricot", "banana"}) String id) {
        if (id.equals("missing")) {
            throw McpException.resourceNotFound("sample://items/missing/detail");
        }
        return "item " + id;
    }

    @Prompt(description = "Says hi")
    public String sayHi(@Arg(description = "Name") String name, Optional<String> mood) {
        return "Hi " + name + mood.map(m -> " (" + m + ")").orElse("");
    }

    @Complete(prompt = "say_hi", argument = "mood")
    public List<String> moods(String prefix) {
        List<String> out = new ArrayList<>();
        for (String m : List.of("happy", "hungry", "sad")) {
            if (m.startsWith(prefix)) {
                out.add(m);
            }
        }
        return out;
    }
}
