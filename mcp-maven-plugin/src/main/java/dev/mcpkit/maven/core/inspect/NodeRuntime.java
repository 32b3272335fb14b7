package dev.mcpkit.maven.core.inspect;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.mcpkit.maven.core.process.Platform;
import dev.mcpkit.maven.core.process.ProcessRun;

/** The Node.js that runs the MCP Inspector: {@code node} and {@code npx} on the PATH, at least {@link #MINIMUM_MAJOR}. */
public record NodeRuntime(Path node, Path npx) {

    /** The Inspector version the plugin pins runs on Node.js 20; the ones after it need 22. */
    public static final int MINIMUM_MAJOR = 20;

    private static final Pattern VERSION = Pattern.compile("v?(\\d+)\\.(\\d+)\\.(\\d+)");

    /**
     * Finds {@code node} and {@code npx} on {@code PATH} (from {@code environment}) and checks node's version.
     *
     * @throws IllegalArgumentException saying what to install when either is missing or node is too old
     */
    public static NodeRuntime find(Map<String, String> environment, Platform platform) throws IOException, InterruptedException {
        Path node = onPath("node", environment, platform);
        Path npx = onPath("npx", environment, platform);
        if (node == null || npx == null) {
            throw new IllegalArgumentException(missing((node == null ? "node" : "npx") + " is not on the PATH"));
        }
        ProcessRun.Result version = ProcessRun.run(List.of(node.toString(), "--version"), Map.of(), false, null, Duration.ofSeconds(30));
        Matcher m = VERSION.matcher(version.stdout());
        if (version.exit() != 0 || !m.find()) {
            throw new IllegalArgumentException(missing(node + " --version did not answer with a version"));
        }
        if (Integer.parseInt(m.group(1)) < MINIMUM_MAJOR) {
            throw new IllegalArgumentException(missing("the Node.js on the PATH (" + node + ") is " + m.group() + ", too old"));
        }
        return new NodeRuntime(node, npx);
    }

    /** The error a developer gets without a usable Node.js: what is wrong, what to install, and that nothing else is needed. */
    static String missing(String why) {
        return "The MCP Inspector (mcp.inspector) is a Node.js program, and " + why + ". Install Node.js " + MINIMUM_MAJOR
                + " or newer, which comes with npm and npx: from https://nodejs.org, or e.g. `apt install nodejs npm`, "
                + "`brew install node`, `winget install OpenJS.NodeJS.LTS`; then run the goal again. The plugin fetches the "
                + "Inspector (" + InspectorWebUi.PACKAGE + "@" + InspectorWebUi.VERSION + ") through npx by itself.";
    }

    private static Path onPath(String command, Map<String, String> environment, Platform platform) {
        String path = environment.getOrDefault("PATH", environment.getOrDefault("Path", ""));
        List<String> names = platform == Platform.WINDOWS ? List.of(command + ".cmd", command + ".exe") : List.of(command);
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            for (String name : names) {
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return candidate.toAbsolutePath();
                }
            }
        }
        return null;
    }
}
