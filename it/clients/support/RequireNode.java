import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Run by the Maven build with the java source launcher before the client tests: fails with a clear
 * message when node or npm is not on the PATH, instead of exec-maven-plugin's "Cannot run program".
 */
public class RequireNode {

    private static final int MIN_NODE_MAJOR = 20;

    public static void main(String[] args) throws IOException, InterruptedException {
        List<String> problems = new ArrayList<>();
        File node = onPath("node");
        File npm = onPath("npm");
        if (node == null) {
            problems.add("node is not on the PATH");
        } else {
            String version = versionOf(node);
            int major = majorOf(version);
            if (major < MIN_NODE_MAJOR) {
                problems.add(node + " is version " + version.strip() + ", at least " + MIN_NODE_MAJOR + " is needed");
            }
        }
        if (npm == null) {
            problems.add("npm is not on the PATH");
        }
        if (!problems.isEmpty()) {
            System.err.println("[it/clients] The MCP client tests need Node.js >= " + MIN_NODE_MAJOR
                    + " and npm on the PATH: " + String.join("; ", problems) + ".");
            System.err.println("[it/clients] Install Node.js, or skip these tests with -DskipITs (or -DskipTests).");
            System.exit(1);
        }
        System.out.println("[it/clients] using " + node + " " + versionOf(node).strip() + " and " + npm);
    }

    private static File onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        boolean windows = System.getProperty("os.name").startsWith("Windows");
        String[] suffixes = windows ? new String[] {".exe", ".cmd", ".bat", ""} : new String[] {""};
        for (String dir : path.split(File.pathSeparator)) {
            for (String suffix : suffixes) {
                File candidate = new File(dir, command + suffix);
                if (candidate.isFile() && candidate.canExecute()) {
                    return candidate;
                }
            }
        }
        return null;
    }

    private static String versionOf(File node) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(node.getPath(), "--version").redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }

    /** "v20.20.2" -> 20; anything unreadable -> 0. */
    private static int majorOf(String version) {
        String v = version.strip();
        int start = v.startsWith("v") ? 1 : 0;
        int end = v.indexOf('.', start);
        try {
            return Integer.parseInt(end < 0 ? v.substring(start) : v.substring(start, end));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
