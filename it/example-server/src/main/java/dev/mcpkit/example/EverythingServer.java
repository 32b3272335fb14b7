package dev.mcpkit.example;

import dev.mcpkit.Arg;
import dev.mcpkit.Complete;
import dev.mcpkit.Content;
import dev.mcpkit.ElicitResult;
import dev.mcpkit.McpException;
import dev.mcpkit.McpServer;
import dev.mcpkit.Prompt;
import dev.mcpkit.PromptMessage;
import dev.mcpkit.PromptResult;
import dev.mcpkit.RequestContext;
import dev.mcpkit.Resource;
import dev.mcpkit.ResourceContents;
import dev.mcpkit.Root;
import dev.mcpkit.SamplingRequest;
import dev.mcpkit.ServerInfo;
import dev.mcpkit.Tool;
import dev.mcpkit.ToolException;
import dev.mcpkit.ToolResult;
import dev.mcpkit.ToolSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A server that uses every feature of mcp-runtime. The client tests in it/clients and the
 * benchmark in it/bench drive it over real stdio; its contract is in it/README.md.
 */
@ServerInfo(name = "everything", title = "Everything",
        description = "Exercises every feature of mcpkit's runtime",
        instructions = "A test server: call echo to check the connection.")
public class EverythingServer extends McpServer {

    /** A weather forecast, returned as structured content. */
    public record Forecast(@Arg(description = "The city") String city,
                           @Arg(description = "Number of days") int days,
                           @Arg(description = "Daily maximum in °C") List<Double> temperatures) {
    }

    /** Units for the forecast. */
    public enum Units { metric, imperial }

    @dev.mcpkit.Setting(description = "API key of the (pretend) weather service; used by secret_status", secret = true)
    dev.mcpkit.Secret EXAMPLE_API_KEY;

    @dev.mcpkit.Setting(description = "Units used by forecast_units", defaultValue = "metric")
    Units EXAMPLE_UNITS;

    @dev.mcpkit.Setting(description = "How long slow steps may take in total", defaultValue = "30s")
    java.time.Duration EXAMPLE_TIMEOUT;

    /** Log levels the log tool accepts. */
    public enum Level { debug, info, notice, warning, error }

    public EverythingServer() {
        register(new MediaTools());
        addTool(ToolSpec.builder("greet_dynamic")
                .description("Greets someone (registered through the builder API)")
                .inputSchema(object("type", "object",
                        "properties", object("name", object("type", "string", "description", "Who to greet")),
                        "required", List.of("name"),
                        "additionalProperties", Boolean.FALSE))
                .readOnly(true)
                .handler(new Greeter())
                .build());
    }

    @Tool(description = "Echoes the message back")
    public String echo(@Arg(description = "The message to echo") String message) {
        return message;
    }

    @Tool(description = "Adds two integers", readOnly = true)
    public long add(@Arg(description = "First addend") long a, @Arg(description = "Second addend") long b) {
        return a + b;
    }

    @Tool(description = "Weather forecast for a city", readOnly = true, openWorld = false)
    public Forecast forecast(@Arg(description = "City name") String city,
                             @Arg(description = "Days ahead", defaultValue = "3", min = 1, max = 14) int days) {
        List<Double> temps = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            temps.add(10.0 + (city.length() + i) % 7);
        }
        return new Forecast(city, days, temps);
    }

    @Tool(description = "Fails with the given message (a tool error the model sees)")
    public String fail(@Arg(description = "The error message") String message) {
        throw new ToolException(message);
    }

    @Tool(description = "Throws an unexpected exception")
    public String crash() {
        throw new IllegalStateException("boom");
    }

    @Tool(name = "protocol_error", description = "Answers with a JSON-RPC error")
    public String protocolError() {
        throw new McpException(-32001, "custom protocol error");
    }

    @Tool(description = "Works in steps, reporting progress and honouring cancellation")
    public String slow(@Arg(description = "Number of steps", defaultValue = "5", min = 1, max = 1000) int steps,
                       @Arg(description = "Milliseconds per step", defaultValue = "100", min = 0, max = 60000) int delayMillis,
                       RequestContext ctx) throws InterruptedException {
        for (int i = 1; i <= steps; i++) {
            Thread.sleep(delayMillis);
            ctx.checkCancelled();
            ctx.progress(i, (double) steps, "step " + i + " of " + steps);
        }
        return "completed " + steps + " steps";
    }

    @Tool(description = "Sends a log message to the client")
    public String log(@Arg(description = "The message") String message,
                      @Arg(description = "The level", defaultValue = "info") Level level,
                      RequestContext ctx) {
        ctx.log(dev.mcpkit.LogLevel.valueOf(level.name().toUpperCase(java.util.Locale.ROOT)), message);
        return "logged";
    }

    @Tool(description = "Asks the user to confirm something (elicitation)")
    public String confirm(@Arg(description = "The question") String question, RequestContext ctx) {
        ElicitResult answer = ctx.elicit(question, object("type", "object",
                "properties", object("confirmed", object("type", "boolean", "description", "Confirm?")),
                "required", List.of("confirmed")));
        return "action=" + answer.action().name().toLowerCase(java.util.Locale.ROOT) + " content=" + flatJson(answer.content());
    }

    @Tool(description = "Summarizes text with the client's model (sampling)")
    public String summarize(@Arg(description = "Text to summarize") String text, RequestContext ctx) {
        return ctx.sample(SamplingRequest.of("Summarize: " + text, 100)).text();
    }

    @Tool(name = "list_roots", description = "Lists the client's roots")
    public List<String> listRoots(RequestContext ctx) {
        List<String> uris = new ArrayList<>();   // the client gets them as a JSON array in one text block
        for (Root r : ctx.roots()) {
            uris.add(r.uri());
        }
        return uris;
    }

    @Tool(name = "stdout_polluter", description = "Prints to System.out, which must not reach the protocol stream")
    public String stdoutPolluter() {
        System.out.println("this must not reach stdout");
        return "ok";
    }

    @Tool(name = "add_tool", description = "Registers a tool at run time")
    public String addRuntimeTool(@Arg(description = "Name of the new tool") String name) {
        addTool(ToolSpec.builder(name).description("Added at run time").handler(new Constant("I am " + name)).build());
        return "added " + name;
    }

    @Tool(name = "remove_tool", description = "Removes a tool registered at run time")
    public String removeRuntimeTool(@Arg(description = "Name of the tool") String name) {
        return removeTool(name) ? "removed " + name : "no tool " + name;
    }

    @Tool(name = "secret_status", description = "Says whether the API key is configured (never shows it)",
            settings = "EXAMPLE_API_KEY", readOnly = true)
    public String secretStatus() {
        return "EXAMPLE_API_KEY is configured (" + EXAMPLE_API_KEY + ")";
    }

    @Tool(name = "forecast_units", description = "The units forecasts use", readOnly = true)
    public String forecastUnits() {
        return EXAMPLE_UNITS + " (timeout " + EXAMPLE_TIMEOUT + ")";
    }

    @Tool(name = "touch_resource", description = "Signals that a resource changed")
    public String touchResource(@Arg(description = "Resource URI") String uri) {
        notifyResourceUpdated(uri);
        return "touched " + uri;
    }

    @Resource(uri = "example://static/readme", name = "readme", mimeType = "text/markdown", description = "About this server")
    public String readme() {
        return "# Everything\nAn MCP server that uses every feature of mcpkit.\n";
    }

    @Resource(uri = "example://static/logo.png", name = "logo", mimeType = "image/png", description = "A tiny PNG")
    public byte[] logo() {
        return MediaTools.PNG;
    }

    @Resource(uri = "example://notes/{id}", name = "note", mimeType = "text/plain", description = "A note by id")
    public String note(@Arg(description = "Note id", completions = {"1", "2", "3", "42"}) String id) {
        return "Note " + id;
    }

    @Prompt(description = "Greets someone")
    public String greeting(@Arg(description = "Who to greet") String name,
                           @Arg(description = "Style of the greeting") Optional<String> style) {
        return "Please greet " + name + " in a " + style.orElse("friendly") + " style.";
    }

    @Complete(prompt = "greeting", argument = "style")
    public List<String> greetingStyles(String prefix) {
        List<String> out = new ArrayList<>();
        for (String s : List.of("formal", "casual", "pirate")) {
            if (s.startsWith(prefix)) {
                out.add(s);
            }
        }
        return out;
    }

    @Prompt(name = "code_review", description = "Reviews code with context")
    public PromptResult codeReview(@Arg(description = "The code to review") String code) {
        return PromptResult.of(
                PromptMessage.user("Please review this code:\n" + code),
                PromptMessage.user(Content.resource(ResourceContents.text("example://static/readme", "text/markdown", readme()))),
                PromptMessage.user(Content.image(MediaTools.PNG, "image/png")));
    }

    public static void main(String[] args) {
        new EverythingServer().run(args);
    }

    /** A JSON object (a schema) that keeps its members in the order written. */
    private static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }

    /**
     * Elicited content as compact JSON; its values are strings, numbers and booleans only. The
     * runtime's JSON codec is not API (on the module path it is not even visible), so this is by hand.
     */
    private static String flatJson(Map<String, Object> content) {
        StringBuilder json = new StringBuilder("{");
        for (Map.Entry<String, Object> e : content.entrySet()) {
            json.append(json.length() > 1 ? "," : "").append(quoted(e.getKey())).append(':');
            json.append(e.getValue() instanceof String ? quoted((String) e.getValue()) : String.valueOf(e.getValue()));
        }
        return json.append('}').toString();
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static final class Greeter implements dev.mcpkit.ToolHandler {
        @Override
        public Object call(Map<String, Object> arguments, RequestContext context) {
            return "Hello, " + arguments.get("name") + "!";
        }
    }

    private static final class Constant implements dev.mcpkit.ToolHandler {
        private final String text;

        Constant(String text) {
            this.text = text;
        }

        @Override
        public Object call(Map<String, Object> arguments, RequestContext context) {
            return ToolResult.text(text);
        }
    }
}
