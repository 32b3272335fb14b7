package dev.mcpkit.protocol;

import dev.mcpkit.McpException;
import dev.mcpkit.ToolException;
import dev.mcpkit.model.ResultMapper;
import dev.mcpkit.model.ToolDefinition;
import dev.mcpkit.schema.BindingException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

/**
 * {@code tools/call}: validates the arguments against the tool's schema, runs the tool and maps
 * what it returned. Invalid arguments and tool failures become results with {@code isError}
 * (the model can correct itself); an unknown tool is a protocol error.
 */
final class ToolsCallHandler implements MethodHandler {

    @Override
    public boolean runsUserCode() {
        return true;
    }

    @Override
    public Object handle(Exchange ex) throws Exception {
        String name = ex.requireString("name");
        if (DynamicToolsets.handles(ex.session(), name)) {
            Map<String, Object> arguments = ex.optionalObject("arguments");
            return DynamicToolsets.call(ex.session(), name, arguments == null ? Map.of() : arguments);
        }
        ToolDefinition tool = ex.session().model().tool(name);
        if (tool == null) {
            throw McpException.invalidParams("Unknown tool: " + name);
        }
        if (!ex.session().exposure().exposes(tool)) {
            throw McpException.invalidParams("Tool " + name + " is not available: " + (ex.session().exposure().isEnabled(tool.toolset())
                    ? "the server runs read-only and it is not marked read-only"
                    : "its toolset " + tool.toolset() + " is not enabled"));
        }
        Map<String, Object> arguments = ex.optionalObject("arguments");
        CallHooks hooks = ex.session().options().hooks();
        long start = System.nanoTime();
        String outcome = "failed";
        try {
            Map<String, Object> result = call(ex, tool, arguments, hooks);
            outcome = Boolean.TRUE.equals(result.get("isError")) ? "tool_error" : "ok";
            return result;
        } catch (McpException e) {
            outcome = "protocol_error";
            throw e;
        } catch (CancellationException e) {
            outcome = "cancelled";
            throw e;
        } catch (InputRequired e) {
            outcome = "input_required";
            throw e;
        } finally {
            hooks.toolCalled(ex.session(), ex.id(), ex.caller(), name, arguments, ex.inFlight() != null && ex.inFlight().isCancelled()
                    ? "cancelled" : outcome, System.nanoTime() - start);
        }
    }

    private static Map<String, Object> call(Exchange ex, ToolDefinition tool, Map<String, Object> arguments, CallHooks hooks)
            throws Exception {
        List<String> problems = tool.validator().validate(arguments);
        if (!problems.isEmpty()) {
            return ResultMapper.toolError("Invalid arguments for tool '" + tool.name() + "': " + String.join("; ", problems));
        }
        String missing = hooks.missingRequirements(tool);
        if (missing != null) {
            return ResultMapper.toolError(missing);
        }
        try {
            Object value = tool.invoker().invoke(arguments, new CallContext(ex));
            return ResultMapper.toolResult(value, tool.structured());
        } catch (ToolException e) {
            return ResultMapper.toolError(e.getMessage() == null ? "Tool '" + tool.name() + "' failed" : e.getMessage());
        } catch (McpException | CancellationException e) {
            throw e;
        } catch (InterruptedException e) {
            throw new CancellationException("interrupted");
        } catch (BindingException e) {
            return ResultMapper.toolError("Invalid arguments for tool '" + tool.name() + "': " + e.getMessage());
        } catch (Exception | StackOverflowError | OutOfMemoryError | LinkageError e) {
            if (ex.inFlight() != null && ex.inFlight().isCancelled()) {
                throw new CancellationException("cancelled");
            }
            String errorId = ErrorLog.record(ex.session(), "tool '" + tool.name() + "'", e);
            return ResultMapper.toolError("Tool '" + tool.name() + "' failed unexpectedly (" + ErrorLog.clientText(e, errorId) + ")");
        }
    }
}
