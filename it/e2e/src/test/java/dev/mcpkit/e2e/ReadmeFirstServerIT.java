package dev.mcpkit.e2e;

import static dev.mcpkit.e2e.JsonTrees.list;
import static dev.mcpkit.e2e.JsonTrees.object;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mcpkit.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The root README's "Your first server", done as written by a new user: its pom.xml and Java blocks become a
 * project, and the Maven commands the README shows run with a local repository holding only the toolkit.
 */
class ReadmeFirstServerIT {

    private static String readme;
    private static Path work;
    private static Path project;
    private static Maven maven;

    @BeforeAll
    static void projectFromTheReadme() throws Exception {
        readme = Files.readString(Path.of(System.getProperty("e2e.supportDir")).resolve("../../../README.md").normalize());
        work = WorkDirectories.fresh("e2e-readme");
        maven = Maven.forNewUser(work);
        project = Files.createDirectories(work.resolve("weather"));
        Files.writeString(project.resolve("pom.xml"), block("xml", "<?xml"));
        for (String source : List.of(block("java", "package com.example.weather;\n\nimport dev.mcpkit.*;"),
                block("java", "package com.example.weather;\n\nimport static"))) {
            Matcher type = Pattern.compile("class (\\w+)").matcher(source);
            assertThat(type.find()).isTrue();
            String root = source.contains("@Test") ? "src/test/java" : "src/main/java";
            Path file = project.resolve(root + "/com/example/weather/" + type.group(1) + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source);
        }
        maven.run(project, "mcp:package");
    }

    @Test
    void readmeTestPassesUnderMvnTest() throws Exception {
        assertThat(maven.run(project, "test")).contains("Tests run: 1, Failures: 0, Errors: 0, Skipped: 0", "BUILD SUCCESS");
    }

    @Test
    void packagedJarPrintsTheVersionTheReadmeShows() throws Exception {
        Matcher line = Pattern.compile("\n(java -jar (\\S+) --version)\\s+# (.+)\n").matcher(readme);
        assertThat(line.find()).as("README: java -jar ... --version  # <output>").isTrue();
        Process java = new ProcessBuilder(javaCommand(), "-jar", line.group(2), "--version").directory(project.toFile())
                .redirectErrorStream(true).start();
        assertThat(java.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(new String(java.getInputStream().readAllBytes()).strip()).as(line.group(1)).isEqualTo(line.group(3));
    }

    @Test
    void shortPrefixPrintsTheClaudeDesktopEntryTheReadmeShows() throws Exception {
        Matcher command = Pattern.compile("`mvn (-q mcp:config [^`]+)`").matcher(readme);
        assertThat(command.find()).as("README: mvn -q mcp:config ...").isTrue();
        Map<String, Object> printed = weatherEntry(maven.run(project, command.group(1).split(" ")));
        Map<String, Object> shown = weatherEntry(block("json", "{\n  \"mcpServers\""));

        assertThat(Path.of((String) printed.get("command"))).isAbsolute().endsWith(Path.of("bin", "java"));
        List<Object> args = list(printed.get("args"));
        assertThat(Path.of((String) args.get(args.size() - 1))).isEqualTo(project.resolve("target/mcp/weather-1.0.0.jar"));
        assertThat(args.subList(0, args.size() - 1)).isEqualTo(list(shown.get("args")).subList(0, args.size() - 1));
        assertThat((String) list(shown.get("args")).get(args.size() - 1)).endsWith("/target/mcp/weather-1.0.0.jar");
        assertThat(printed.get("env")).isEqualTo(shown.get("env"));
    }

    @Test
    void fullCoordinatesWorkWhereNoPomDeclaresThePlugin() throws Exception {
        Matcher command = Pattern.compile("`mvn (dev\\.mcpkit:mcp-maven-plugin:[^`]+)`").matcher(readme);
        assertThat(command.find()).as("README: mvn dev.mcpkit:mcp-maven-plugin:<version>:help ...").isTrue();
        Path empty = Files.createDirectories(work.resolve("no-pom"));
        assertThat(maven.run(empty, command.group(1).split(" "))).contains("mcp:package", "mcp:config");
    }

    /** The README's fenced block in {@code language} that starts with {@code start}. */
    private static String block(String language, String start) {
        int at = readme.indexOf("```" + language + "\n" + start);
        assertThat(at).as("README block ```" + language + " starting with " + start).isNotNegative();
        int from = at + language.length() + 4;
        return readme.substring(from, readme.indexOf("```", from));
    }

    private static Map<String, Object> weatherEntry(String json) {
        return object(object(object(Json.parse(json.strip())).get("mcpServers")).get("weather"));
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
