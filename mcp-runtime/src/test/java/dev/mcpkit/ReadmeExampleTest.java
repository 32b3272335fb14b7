package dev.mcpkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java code block of the root README compiles as written, its JUnit tests pass, and the server in
 * "Your first server" does what the README says.
 */
class ReadmeExampleTest {

    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern TYPE_NAME = Pattern.compile("^(?:public )?(?:final )?(?:class|record|interface|enum) (\\w+)", Pattern.MULTILINE);

    @TempDir
    Path dir;

    private final List<String> classNames = new ArrayList<>();
    private Path classes;

    @BeforeEach
    void compileEveryJavaBlock() throws Exception {
        String readme = Files.readString(RootReadme.path());
        List<Path> sources = new ArrayList<>();
        Matcher block = JAVA_BLOCK.matcher(readme);
        while (block.find()) {
            String source = block.group(1);
            Matcher pkg = PACKAGE.matcher(source);
            Matcher type = TYPE_NAME.matcher(source);
            assertThat(pkg.find() && type.find()).as("a README Java block is a whole source file (package and class):%n%s", source).isTrue();
            String className = pkg.group(1) + "." + type.group(1);
            Path file = dir.resolve("src").resolve(className.replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source);
            sources.add(file);
            classNames.add(className);
        }
        assertThat(classNames).as("README Java blocks").contains("com.example.weather.WeatherServer", "com.example.weather.WeatherServerTest");
        classes = Files.createDirectories(dir.resolve("classes"));
        List<String> arguments = new ArrayList<>(List.of("-parameters", "-d", classes.toString(), "-cp", System.getProperty("java.class.path")));
        sources.forEach(source -> arguments.add(source.toString()));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac.run(null, null, null, arguments.toArray(String[]::new))).as("javac exit status").isZero();
    }

    @Test
    void everyReadmeTestPasses() throws Exception {
        int ran = 0;
        try (URLClassLoader loader = loader()) {
            for (String className : classNames) {
                Class<?> type = loader.loadClass(className);
                for (Method method : type.getDeclaredMethods()) {
                    if (method.isAnnotationPresent(Test.class)) {
                        var constructor = type.getDeclaredConstructor();
                        constructor.setAccessible(true);
                        method.setAccessible(true);
                        try {
                            method.invoke(constructor.newInstance());
                        } catch (InvocationTargetException e) {
                            throw new AssertionError("README test " + className + "." + method.getName() + " failed", e.getCause());
                        }
                        ran++;
                    }
                }
            }
        }
        assertThat(ran).as("README @Test methods run").isPositive();
    }

    @Test
    void readmeServerAnswersAsTheReadmeSays() throws Exception {
        try (URLClassLoader loader = loader()) {
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
    }

    private URLClassLoader loader() throws Exception {
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
    }
}
