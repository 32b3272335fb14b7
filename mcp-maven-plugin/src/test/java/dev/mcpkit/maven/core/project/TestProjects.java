package dev.mcpkit.maven.core.project;

import java.nio.file.Path;
import java.util.List;

import dev.mcpkit.maven.core.release.DeclaredRelease;

/** The weather server's project as the tests of several packages use it. */
public final class TestProjects {

    private TestProjects() {
    }

    /**
     * {@code org.example:weather-server:<version>} in {@code basedir}: classes in target/classes, no dependencies, output in
     * target/mcp, Apache-2.0, one developer, the SCM URL given (null: no {@code <scm>}).
     */
    public static ServerProject weather(Path basedir, String version, String description, String scm) {
        ProjectMetadata metadata = new ProjectMetadata("Weather server", description, "https://example.org/weather",
                List.of(new ProjectMetadata.License("Apache-2.0", null)),
                List.of(new ProjectMetadata.Person("ada", "Ada Example", "ada@example.org", null)), null,
                scm == null ? null : new ProjectMetadata.Scm(scm, null, null), null);
        Path classes = basedir.resolve("target/classes");
        ProjectLayout layout = new ProjectLayout(basedir, basedir.resolve("target"), classes,
                basedir.resolve("target/weather-server-" + version + ".jar"), basedir.resolve("target/mcp"));
        return new ServerProject(new Coordinates("org.example", "weather-server", version, "jar"), metadata, layout,
                List.of(classes), true, List.of(), new DeclaredRelease("17", null, null, null, null), null, 17,
                "org.example.WeatherServer", null);
    }
}
