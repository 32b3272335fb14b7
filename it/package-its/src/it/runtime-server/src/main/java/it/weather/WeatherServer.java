package it.weather;

import dev.mcpkit.Arg;
import dev.mcpkit.McpServer;
import dev.mcpkit.Prompt;
import dev.mcpkit.ServerInfo;
import dev.mcpkit.Tool;

@ServerInfo(name = "weather", title = "Weather", description = "Weather forecasts for tests")
public class WeatherServer extends McpServer {

    @Tool(description = "Echoes the message back", readOnly = true)
    public String echo(@Arg(description = "The message to echo") String message) {
        return message;
    }

    @Tool(description = "Adds two integers", readOnly = true)
    public long add(@Arg(description = "First addend") long a, @Arg(description = "Second addend") long b) {
        return a + b;
    }

    @Prompt(description = "Plans a trip around the weather")
    public String planTrip(@Arg(description = "City") String city) {
        return "Plan a trip to " + city;
    }

    public static void main(String[] args) {
        new WeatherServer().run(args);
    }
}
