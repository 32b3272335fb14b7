package dev.mcpkit.config;

import dev.mcpkit.Arg;
import dev.mcpkit.McpServer;
import dev.mcpkit.Secret;
import dev.mcpkit.ServerInfo;
import dev.mcpkit.Setting;
import dev.mcpkit.Tool;

/** A server with settings, run as a real process by the command-line tests. */
@ServerInfo(name = "configured", version = "2.0.0")
public class ConfiguredServer extends McpServer {

    @Setting(description = "API key for the service", secret = true)
    Secret SERVICE_API_KEY;

    @Setting(description = "Port of the service", defaultValue = "8080")
    int SERVICE_PORT;

    @Tool(description = "Calls the service with the key", settings = "SERVICE_API_KEY")
    public String callService(@Arg(description = "What to ask") String question) {
        return "asked '" + question + "' on port " + SERVICE_PORT + " with a key of " + SERVICE_API_KEY.reveal().length() + " characters";
    }

    @Tool(description = "Needs nothing")
    public String plain() {
        return "plain ok";
    }

    public static void main(String[] args) {
        new ConfiguredServer().run(args);
    }
}
