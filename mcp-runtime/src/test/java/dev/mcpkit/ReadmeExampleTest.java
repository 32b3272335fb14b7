package dev.mcpkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server in the README's "Your first server" compiles and does what the README says. */
class ReadmeExampleTest {

    @TempDir
    Path dir;

    @Test
    void readmeServerCompilesAndAnswers() throws Exception {
        String readme = Files.readString(Path.of("").toAbsolutePath().getParent().resolve("README.md"));
        Matcher m = Pattern.compile("```java\n(package com\\.example\\.weather;.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(m.find()).as("README has the WeatherServer example").isTrue();
        Path source = dir.resolve("src/com/example/weather/WeatherServer.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, m.group(1));
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, null, "-parameters", "-d", classes.toString(),
                "-cp", System.getProperty("java.class.path"), source.toString());
        assertThat(status).as("javac exit status").isZero();

        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            McpServer server = (McpServer) loader.loadClass("com.example.weather.WeatherServer").getConstructor().newInstance();
            try (McpTestClient client = McpTestClient.connect(server)) {
                assertThat(client.initializeResult().get("instructions").toString()).contains("forecast");
                assertThat(client.listTools()).extracting(t -> t.get("name")).containsExactlyInAnyOrder("forecast", "hello");
                assertThat(client.callTool("forecast", Map.of("city", "Oslo")).text()).contains("WEATHER_API_KEY");
                java.lang.reflect.Field key = server.getClass().getDeclaredField("WEATHER_API_KEY");
                key.setAccessible(true);
                key.set(server, Secret.of("test-key"));
                McpTestClient.ToolCall forecast = client.callTool("forecast", Map.of("city", "Oslo", "days", 2));
                assertThat(forecast.structuredContent()).isEqualTo(Map.of("city", "Oslo", "maxima", List.of(12.5, 14L)));
                assertThat(client.callTool("forecast", Map.of("city", "Oslo", "days", 15)).isError()).isTrue();
                assertThat(client.callTool("hello", Map.of("name", "Ada")).text()).isEqualTo("Hello, Ada!");
                assertThat(client.listResourceTemplates()).extracting(t -> t.get("uriTemplate")).containsExactly("weather://cities/{country}");
                assertThat(client.completeTemplateVariable("weather://cities/{country}", "country", "S")).containsExactly("SE");
                assertThat(client.listPrompts()).extracting(p -> p.get("name")).containsExactly("plan_trip");
            }
        }
        assertThat(new File(classes.toFile(), "com/example/weather/WeatherServer.class")).exists();
    }
}
