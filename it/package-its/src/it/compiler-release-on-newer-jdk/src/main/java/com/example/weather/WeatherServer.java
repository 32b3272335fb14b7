package com.example.weather;

import dev.mcpkit.*;
import java.util.List;
import java.util.Optional;

@ServerInfo(name = "weather", title = "Weather",
        instructions = "Use forecast for weather questions about a city.")
public class WeatherServer extends McpServer {

    // A setting: read from the environment, a .env file or the OS keychain (never hard-coded).
    @Setting(description = "API key of the weather service", secret = true)
    Secret WEATHER_API_KEY;

    @Setting(description = "Units for temperatures", defaultValue = "metric")
    Units WEATHER_UNITS;

    public enum Units { metric, imperial }

    /** Results that are records become structured content with an output schema. */
    public record Forecast(@Arg(description = "City") String city,
                           @Arg(description = "Daily maximum temperatures") List<Double> maxima) { }

    @Tool(description = "Weather forecast for a city", readOnly = true, settings = "WEATHER_API_KEY")
    public Forecast forecast(@Arg(description = "City name") String city,
                             @Arg(description = "Days ahead", defaultValue = "3", min = 1, max = 14) int days) {
        // call the service with WEATHER_API_KEY.reveal() ...
        return new Forecast(city, List.of(12.5, 14.0, 9.5).subList(0, Math.min(3, days)));
    }

    @Tool(description = "Says hello")
    public String hello(@Arg(description = "Who to greet") String name,
                        @Arg(description = "Greeting style") Optional<String> style) {
        return style.orElse("Hello") + ", " + name + "!";
    }

    @Resource(uri = "weather://cities/{country}", mimeType = "application/json",
              description = "Cities we have forecasts for")
    public List<String> cities(@Arg(completions = {"NO", "SE", "DK"}) String country) {
        return List.of("Oslo", "Bergen");
    }

    @Prompt(description = "Plan a trip around the weather")
    public String planTrip(@Arg(description = "City") String city) {
        return "Plan a three-day trip to " + city + ", checking the forecast first.";
    }

    public static void main(String[] args) {
        new WeatherServer().run(args);
    }
}
