package dev.mcpkit.maven.core.packaging;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import dev.mcpkit.maven.core.describe.JsonValue;
import dev.mcpkit.maven.core.describe.Prompt;
import dev.mcpkit.maven.core.describe.Resource;
import dev.mcpkit.maven.core.describe.ServerDescriptor;
import dev.mcpkit.maven.core.describe.ServerInfo;
import dev.mcpkit.maven.core.describe.Setting;
import dev.mcpkit.maven.core.describe.Tool;
import dev.mcpkit.maven.core.project.ServerProject;
import dev.mcpkit.maven.core.project.TestProjects;
import tools.jackson.databind.json.JsonMapper;

/** A described server and a POM, as the packaging tests use them. */
final class Fixtures {

    private Fixtures() {
    }

    static ServerProject project(String description, String scm) {
        return project(description, scm, Path.of("weather"));
    }

    static ServerProject project(String description, String scm, Path basedir) {
        return TestProjects.weather(basedir, "1.2.0", description, scm);
    }

    /** Whether a command (unzip...) is installed, for the tests that run it. */
    static boolean onPath(String command) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Arrays.stream(path.split(File.pathSeparator)).anyMatch(d -> Files.isExecutable(Path.of(d, command)));
    }

    static ServerDescriptor descriptor() {
        JsonMapper m = JsonMapper.builder().build();
        Tool forecast = new Tool("forecast", null, "Current weather for a city",
                JsonValue.of(m.readTree("{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"},\"days\":{\"type\":\"integer\"}},\"required\":[\"city\"]}")),
                JsonValue.absent(), JsonValue.of(m.readTree("{\"readOnlyHint\":true}")), List.of("WEATHER_API_KEY"));
        return new ServerDescriptor(new ServerInfo("weather", "Weather", "1.2.0", "Forecasts", null), List.of("2025-11-25"),
                List.of(forecast), List.of(new Resource("weather://about", "about", null, "About", "text/plain")),
                List.of(new Resource("weather://cities/{country}", "cities", null, null, "application/json")),
                List.of(new Prompt("plan-trip", null, "Plan a trip", List.of(new Prompt.Argument("city", "City", true)))),
                List.of(new Setting("WEATHER_API_KEY", "API key", "string", true, true, null),
                        new Setting("WEATHER_UNITS", "metric or imperial", "string", false, false, "metric"),
                        new Setting("WEATHER_DAYS", "days ahead", "integer", false, false, "3")));
    }
}
