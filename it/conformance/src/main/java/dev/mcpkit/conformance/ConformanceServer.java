package dev.mcpkit.conformance;

import dev.mcpkit.Arg;
import dev.mcpkit.Complete;
import dev.mcpkit.Content;
import dev.mcpkit.ElicitResult;
import dev.mcpkit.InputRequest;
import dev.mcpkit.InputResponses;
import dev.mcpkit.McpServer;
import dev.mcpkit.Prompt;
import dev.mcpkit.PromptMessage;
import dev.mcpkit.PromptResult;
import dev.mcpkit.RequestContext;
import dev.mcpkit.Resource;
import dev.mcpkit.ResourceContents;
import dev.mcpkit.SamplingRequest;
import dev.mcpkit.ServerInfo;
import dev.mcpkit.Tool;
import dev.mcpkit.ToolResult;
import dev.mcpkit.ToolSpec;
import dev.mcpkit.json.Json;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fixture the official MCP conformance suite ({@code @modelcontextprotocol/conformance}) tests a server with: its
 * tools, resources and prompts under the names the suite calls, written as an mcpkit user writes a server. One
 * process serves both suites: 0.1.16 (MCP 2025-11-25, sessions opened with {@code initialize}) and 0.2.0-alpha.12
 * with {@code --requirements 2026-07-28} (stateless requests; the {@code test_input_required_*} tools and prompt ask
 * their client for input in one code path for both eras). Run it with {@code --transport http}.
 */
@ServerInfo(name = "mcpkit-conformance-server", title = "mcpkit conformance fixture",
        description = "The conformance suite's fixture, on mcpkit")
public class ConformanceServer extends McpServer {

    /** A 1x1 PNG. */
    static final String PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==";
    /** A 46-byte WAV: one channel, 8 kHz, 16 bits, one sample. */
    static final String WAV = "UklGRiYAAABXQVZFZm10IBAAAAABAAEAQB8AAAB9AAACABAAZGF0YQIAAAA=";

    public ConformanceServer() {
        Map<String, Object> schema = object(
                "$schema", "https://json-schema.org/draft/2020-12/schema",
                "type", "object",
                "$defs", object("address", object("$anchor", "addressDef", "type", "object",
                        "properties", object("street", object("type", "string"), "city", object("type", "string")))),
                "properties", object("name", object("type", "string"), "address", object("$ref", "#/$defs/address"),
                        "contactMethod", object("type", "string", "enum", List.of("phone", "email")),
                        "phone", object("type", "string"), "email", object("type", "string")),
                "allOf", List.of(object("anyOf", List.of(object("required", List.of("phone")), object("required", List.of("email"))))),
                "if", object("properties", object("contactMethod", object("const", "phone")), "required", List.of("contactMethod")),
                "then", object("required", List.of("phone")),
                "else", object("required", List.of("email")),
                "additionalProperties", false);
        addTool(ToolSpec.builder("json_schema_2020_12_tool")
                .description("Tool with JSON Schema 2020-12 features for conformance testing (SEP-1613)")
                .inputSchema(schema)
                .handler((args, ctx) -> "JSON Schema 2020-12 tool called with: " + Json.write(args))
                .build());
        addTool(ToolSpec.builder("test_custom_headers")
                .description("Repeats its region argument as the Mcp-Param-Region header (MCP 2026-07-28, x-mcp-header)")
                .inputSchema(object("type", "object",
                        "properties", object("region", object("type", "string", "x-mcp-header", "Region")),
                        "required", List.of("region")))
                .handler((args, ctx) -> "Region: " + args.get("region"))
                .build());
    }

    @Tool(name = "test_simple_text", description = "Tests simple text content response")
    public String simpleText() {
        return "This is a simple text response for testing.";
    }

    @Tool(name = "test_image_content", description = "Tests image content response")
    public ToolResult imageContent() {
        return ToolResult.of(Content.image(bytes(PNG), "image/png"));
    }

    @Tool(name = "test_audio_content", description = "Tests audio content response")
    public ToolResult audioContent() {
        return ToolResult.of(Content.audio(bytes(WAV), "audio/wav"));
    }

    @Tool(name = "test_embedded_resource", description = "Tests embedded resource content response")
    public ToolResult embeddedResource() {
        return ToolResult.of(Content.resource(ResourceContents.text("test://embedded-resource", "text/plain",
                "This is an embedded resource content.")));
    }

    @Tool(name = "test_multiple_content_types", description = "Tests response with multiple content types (text, image, resource)")
    public ToolResult multipleContentTypes() {
        return ToolResult.of(Content.text("Multiple content types test:"), Content.image(bytes(PNG), "image/png"),
                Content.resource(ResourceContents.text("test://mixed-content-resource", "application/json",
                        "{\"test\":\"data\",\"value\":123}")));
    }

    @Tool(name = "test_tool_with_logging", description = "Tests tool that emits log messages during execution")
    public String withLogging(RequestContext ctx) throws InterruptedException {
        ctx.info("Tool execution started");
        Thread.sleep(50);
        ctx.info("Tool processing data");
        Thread.sleep(50);
        ctx.info("Tool execution completed");
        return "Tool with logging executed successfully";
    }

    @Tool(name = "test_tool_with_progress", description = "Tests tool that reports progress notifications")
    public String withProgress(RequestContext ctx) throws InterruptedException {
        for (int step = 0; step <= 100; step += 50) {
            ctx.progress(step, 100.0, "Completed step " + step + " of 100");
            if (step < 100) {
                Thread.sleep(50);
            }
        }
        return "Progress reported";
    }

    @Tool(name = "test_error_handling", description = "Tests error response handling")
    public ToolResult errorHandling() {
        return ToolResult.error("This tool intentionally returns an error for testing");
    }

    @Tool(name = "test_reconnection", description = "Tests SSE stream disconnection and client reconnection (SEP-1699)")
    public String reconnection() throws InterruptedException {
        Thread.sleep(100);
        return "Reconnection test completed successfully.";
    }

    @Tool(name = "test_sampling", description = "Tests server-initiated sampling (LLM completion request)")
    public String sampling(@Arg(description = "The prompt to send to the LLM") String prompt, RequestContext ctx) {
        return "LLM response: " + ctx.sample(SamplingRequest.of(prompt, 100)).text();
    }

    @Tool(name = "test_elicitation", description = "Tests server-initiated elicitation (user input request)")
    public String elicitation(@Arg(description = "The message to show the user") String message, RequestContext ctx) {
        ElicitResult answer = ctx.elicit(message, object("type", "object",
                "properties", object("username", object("type", "string", "description", "User's response"),
                        "email", object("type", "string", "description", "User's email address")),
                "required", List.of("username", "email")));
        return "User response: " + describe(answer);
    }

    @Tool(name = "test_elicitation_sep1034_defaults", description = "Tests elicitation with default values per SEP-1034")
    public String elicitationDefaults(RequestContext ctx) {
        ElicitResult answer = ctx.elicit("Please review and update the form fields with defaults", object("type", "object",
                "properties", object(
                        "name", object("type", "string", "description", "User name", "default", "John Doe"),
                        "age", object("type", "integer", "description", "User age", "default", 30L),
                        "score", object("type", "number", "description", "User score", "default", 95.5),
                        "status", object("type", "string", "description", "User status",
                                "enum", List.of("active", "inactive", "pending"), "default", "active"),
                        "verified", object("type", "boolean", "description", "Verification status", "default", true)),
                "required", List.of()));
        return "Elicitation completed: " + describe(answer);
    }

    @Tool(name = "test_elicitation_sep1330_enums", description = "Tests elicitation with enum schema improvements per SEP-1330")
    public String elicitationEnums(RequestContext ctx) {
        ElicitResult answer = ctx.elicit("Please select options from the enum fields", object("type", "object",
                "properties", object(
                        "untitledSingle", object("type", "string", "description", "Select one option",
                                "enum", List.of("option1", "option2", "option3")),
                        "titledSingle", object("type", "string", "description", "Select one option with titles",
                                "oneOf", titled("value", "Option", "First", "Second", "Third")),
                        "legacyEnum", object("type", "string", "description", "Select one option (legacy)",
                                "enum", List.of("opt1", "opt2", "opt3"), "enumNames", List.of("Option One", "Option Two", "Option Three")),
                        "untitledMulti", object("type", "array", "description", "Select multiple options", "minItems", 1L,
                                "maxItems", 3L, "items", object("type", "string", "enum", List.of("option1", "option2", "option3"))),
                        "titledMulti", object("type", "array", "description", "Select multiple options with titles",
                                "minItems", 1L, "maxItems", 3L, "items", object("anyOf", titled("value", "Choice", "First", "Second", "Third")))),
                "required", List.of()));
        return "Elicitation completed: " + describe(answer);
    }

    // ---- MCP 2026-07-28: asking the client for input (an input_required result, then the request again with the answers)

    @Tool(name = "test_missing_capability", description = "Test tool requiring sampling")
    public String missingCapability(RequestContext ctx) {
        return "Success: " + ctx.sample(SamplingRequest.of("Say hello", 20)).text();
    }

    @Tool(name = "test_input_required_result_elicitation", description = "Asks the user's name (elicitation, key user_name)")
    public String inputElicitation(RequestContext ctx) {
        ElicitResult answer = ctx.ask(InputRequest.elicitation("user_name", "What is your name?", stringField("name")))
                .elicitation("user_name");
        return "Hello, " + answer.content().getOrDefault("name", "unknown") + "!";
    }

    @Tool(name = "test_input_required_result_sampling", description = "Asks the client's model a question (sampling)")
    public String inputSampling(RequestContext ctx) {
        String text = ctx.ask(InputRequest.sampling("sample_request", SamplingRequest.of("What is the capital of France?", 100)))
                .sampling("sample_request").text();
        return "Sampling result: " + (text == null ? "no response" : text);
    }

    @Tool(name = "test_input_required_result_list_roots", description = "Asks the client for its roots")
    public String inputRoots(RequestContext ctx) {
        return "Found " + ctx.ask(InputRequest.roots("roots_request")).roots("roots_request").size() + " root(s)";
    }

    @Tool(name = "test_input_required_result_request_state", description = "Asks for a confirmation; the answer comes back with the request state")
    public String inputRequestState(RequestContext ctx) {
        return Boolean.TRUE.equals(confirm(ctx).get("ok")) ? "state-ok: requestState validated" : "state-not-ok";
    }

    @Tool(name = "test_input_required_result_tampered_state", description = "Asks for a confirmation; a changed request state is refused")
    public String inputTamperedState(RequestContext ctx) {
        confirm(ctx);
        return "integrity-ok: state verified";
    }

    @Tool(name = "test_input_required_result_multiple_inputs", description = "Asks for a name, a greeting and the roots in one round")
    public String inputMultiple(RequestContext ctx) {
        InputResponses answers = ctx.ask(InputRequest.elicitation("user_name", "What is your name?", stringField("name")),
                InputRequest.sampling("greeting", SamplingRequest.of("Generate a greeting", 50)),
                InputRequest.roots("client_roots"));
        return "Name: " + answers.elicitation("user_name").content().get("name") + "; Greeting: " + answers.sampling("greeting").text()
                + "; Roots: " + answers.roots("client_roots").size();
    }

    @Tool(name = "test_input_required_result_multi_round", description = "Asks for a name, then for a colour")
    public String inputMultiRound(RequestContext ctx) {
        Object name = ctx.ask(InputRequest.elicitation("step1", "Step 1: What is your name?", stringField("name")))
                .elicitation("step1").content().get("name");
        Object color = ctx.ask(InputRequest.elicitation("step2", "Step 2: What is your favorite color?", stringField("color")))
                .elicitation("step2").content().get("color");
        return "Multi-round complete for " + name + " who likes " + color;
    }

    @Tool(name = "test_input_required_result_capabilities", description = "Asks only for what the client declared it can answer")
    public String inputCapabilities(RequestContext ctx) {
        List<InputRequest> requests = new ArrayList<>();
        if (ctx.clientSupports("elicitation")) {
            requests.add(InputRequest.elicitation("elicit_input", "Provide a value", stringField("value")));
        }
        if (ctx.clientSupports("sampling")) {
            requests.add(InputRequest.sampling("sample_input", SamplingRequest.of("Sample request", 50)));
        }
        if (requests.isEmpty()) {
            return "No supported capabilities declared";
        }
        ctx.ask(requests);
        return "capabilities-ok: received " + requests.size() + " answer(s)";
    }

    @Tool(name = "test_streaming_elicitation", description = "Asks the user for input while it runs")
    public String streamingElicitation(RequestContext ctx) {
        ctx.elicit("Anything to add?", stringField("note"));
        return "Streaming complete";
    }

    @Tool(name = "test_logging_tool", description = "Logs a message: sent only when the request asks for log messages")
    public String loggingTool(RequestContext ctx) {
        ctx.info("Logging tool ran");
        return "Logging evaluated";
    }

    @Tool(name = "test_trigger_tool_change", description = "Adds and removes a tool: listening clients are told the list changed")
    public String triggerToolChange() {
        addTool(ToolSpec.builder("test_transient_tool").description("Added and removed by test_trigger_tool_change")
                .handler((args, ctx) -> "transient").build());
        removeTool("test_transient_tool");
        return "Mutation triggered";
    }

    @Tool(name = "test_trigger_prompt_change", description = "Adds and removes a prompt: listening clients are told the list changed")
    public String triggerPromptChange() {
        register(new TransientPrompt());
        removePrompt("test_transient_prompt");
        return "Mutation triggered";
    }

    @Prompt(name = "test_input_required_result_prompt", description = "MRTR: prompt that requires elicitation input")
    public String inputPrompt(RequestContext ctx) {
        Object context = ctx.ask(InputRequest.elicitation("user_context", "What context should the prompt use?", stringField("context")))
                .elicitation("user_context").content().get("context");
        return "Prompt with context: " + context;
    }

    /** The prompt {@code test_trigger_prompt_change} adds and removes. */
    public static final class TransientPrompt {
        @Prompt(name = "test_transient_prompt", description = "Added and removed by test_trigger_prompt_change")
        public String prompt() {
            return "transient";
        }
    }

    private static Map<String, Object> confirm(RequestContext ctx) {
        return ctx.ask(InputRequest.elicitation("confirm", "Please confirm", object("type", "object",
                "properties", object("ok", object("type", "boolean")), "required", List.of("ok")))).elicitation("confirm").content();
    }

    private static Map<String, Object> stringField(String name) {
        return object("type", "object", "properties", object(name, object("type", "string")), "required", List.of(name));
    }

    @Resource(uri = "test://static-text", name = "static-text", title = "Static Text Resource",
            description = "A static text resource for testing", mimeType = "text/plain")
    public String staticText() {
        return "This is the content of the static text resource.";
    }

    @Resource(uri = "test://static-binary", name = "static-binary", title = "Static Binary Resource",
            description = "A static binary resource (image) for testing", mimeType = "image/png")
    public byte[] staticBinary() {
        return bytes(PNG);
    }

    @Resource(uri = "test://watched-resource", name = "watched-resource", title = "Watched Resource",
            description = "A resource clients subscribe to", mimeType = "text/plain")
    public String watched() {
        return "Watched resource content";
    }

    @Resource(uri = "test://template/{id}/data", name = "template", title = "Resource Template",
            description = "A resource template with parameter substitution", mimeType = "application/json")
    public String template(@Arg(description = "The id") String id) {
        return "{\"id\":\"" + id + "\",\"templateTest\":true,\"data\":\"Data for ID: " + id + "\"}";
    }

    @Prompt(name = "test_simple_prompt", title = "Simple Test Prompt", description = "A simple prompt without arguments")
    public String simplePrompt() {
        return "This is a simple prompt for testing.";
    }

    @Prompt(name = "test_prompt_with_arguments", title = "Prompt With Arguments", description = "A prompt with required arguments")
    public String promptWithArguments(@Arg(description = "First test argument") String arg1,
                                      @Arg(description = "Second test argument") String arg2) {
        return "Prompt with arguments: arg1='" + arg1 + "', arg2='" + arg2 + "'";
    }

    @Complete(prompt = "test_prompt_with_arguments", argument = "arg1")
    public List<String> completeArg1(String prefix) {
        return List.of();
    }

    @Prompt(name = "test_prompt_with_embedded_resource", title = "Prompt With Embedded Resource",
            description = "A prompt that includes an embedded resource")
    public PromptResult promptWithEmbeddedResource(@Arg(description = "URI of the resource to embed") String resourceUri) {
        return PromptResult.of(
                PromptMessage.user(Content.resource(ResourceContents.text(resourceUri, "text/plain", "Embedded resource content for testing."))),
                PromptMessage.user("Please process the embedded resource above."));
    }

    @Prompt(name = "test_prompt_with_image", title = "Prompt With Image", description = "A prompt that includes image content")
    public PromptResult promptWithImage() {
        return PromptResult.of(PromptMessage.user(Content.image(bytes(PNG), "image/png")),
                PromptMessage.user("Please analyze the image above."));
    }

    public static void main(String[] args) {
        new ConformanceServer().run(args);
    }

    private static byte[] bytes(String base64) {
        return Base64.getDecoder().decode(base64);
    }

    private static String describe(ElicitResult answer) {
        return "action=" + answer.action().name().toLowerCase(Locale.ROOT) + ", content=" + Json.write(answer.content());
    }

    /** {@code [{const: <prefix>1, title: "First <noun>"}, ...]}. */
    private static List<Object> titled(String prefix, String noun, String... ordinals) {
        Object[] items = new Object[ordinals.length];
        for (int i = 0; i < ordinals.length; i++) {
            items[i] = object("const", prefix + (i + 1), "title", ordinals[i] + " " + noun);
        }
        return List.of(items);
    }

    private static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
