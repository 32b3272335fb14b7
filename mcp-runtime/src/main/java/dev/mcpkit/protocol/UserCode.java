package dev.mcpkit.protocol;

import dev.mcpkit.McpException;
import dev.mcpkit.ToolException;
import java.util.concurrent.CancellationException;

/**
 * Runs resource, prompt and completion code: {@link McpException} passes through, a
 * {@link ToolException} or bad argument becomes -32602 with its message, anything else -32603
 * with the stack trace on stderr only.
 */
final class UserCode {

    interface Body {
        Object run() throws Exception;
    }

    private UserCode() {
    }

    static Object run(Exchange ex, String what, Body body) {
        try {
            return body.run();
        } catch (McpException | CancellationException e) {
            throw e;
        } catch (ToolException | IllegalArgumentException e) {
            throw McpException.invalidParams(e.getMessage());
        } catch (InterruptedException e) {
            throw new CancellationException("interrupted");
        } catch (Exception e) {
            System.err.println("mcpkit: " + what + " threw " + e.getClass().getName());
            e.printStackTrace();
            throw new McpException(McpException.INTERNAL_ERROR, "Internal error in " + what + ": " + e.getClass().getSimpleName());
        }
    }
}
