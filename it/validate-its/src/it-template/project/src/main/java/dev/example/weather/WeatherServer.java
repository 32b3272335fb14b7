package dev.example.weather;

import dev.mcpkit.Arg;
import dev.mcpkit.McpServer;
import dev.mcpkit.ServerInfo;
import dev.mcpkit.Tool;

/** The sample server of the mcp:validate invoker tests: every check passes on it as it is. */
@ServerInfo(name = "weather", title = "Weather", description = "Weather forecasts for MCP clients")
public class WeatherServer extends McpServer {

    @Tool(description = "Forecast for a city", readOnly = true)
    public String forecast(@Arg(description = "City name") String city,
                           @Arg(description = "Days ahead", defaultValue = "3") int days) {
        return city + ": sunny for " + days + " days";
    }

    @Tool(description = "Echoes a message back", readOnly = true)
    public String echo(@Arg(description = "The message to echo") String message) {
        return message;
    }

    //@TOOLS@

    public static void main(String[] args) throws Exception {
        //@MAIN@
        new WeatherServer().run(args);
    }
}
