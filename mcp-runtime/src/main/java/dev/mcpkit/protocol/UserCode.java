package dev.mcpkit.protocol;

import dev.mcpkit.McpException;
import dev.mcpkit.ToolException;
import dev.mcpkit.schema.BindingException;
import java.util.concurrent.CancellationException;

/**
 * Runs resource, prompt and completion code: {@link McpException} passes through, a
 * {@link ToolException} or an argument that cannot be bound becomes -32602 with its message,
 * anything else -32603 with only its class and an error id (see {@link ErrorLog}).
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
        } catch (ToolException | BindingException e) {
            throw McpException.invalidParams(e.getMessage());
        } catch (InterruptedException e) {
            throw new CancellationException("interrupted");
        } catch (Exception | StackOverflowError | OutOfMemoryError | LinkageError e) {
            String errorId = ErrorLog.record(ex.session(), what, e);
            throw new McpException(McpException.INTERNAL_ERROR, "Internal error in " + what + " (" + ErrorLog.clientText(e, errorId) + ")");
        }
    }
}
