package dev.mcpkit.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A {@code jbang} command for the GUI-like PATH, standing in for JBang's own launcher script: it runs
 * {@code dev.jbang.Main} from Maven Central's jbang-cli, and when that exits 255 it execs the command JBang printed,
 * as the real script does. The JDK and Maven repository it uses are its own, like an installed JBang's.
 */
final class JBangWrapper {

    private JBangWrapper() {
    }

    static Path write(Path bin, String classpath, Path java, Path javaHome, Path mavenRepository, Path jbangDir)
            throws IOException {
        Path script = bin.resolve("jbang");
        // JBANG_DIR: JBang's cache would otherwise go to the real user.home, outside the temporary HOME
        Files.writeString(script, "#!/bin/sh\n"
                + "output=$(JAVA_HOME=" + quote(javaHome) + " JBANG_REPO=" + quote(mavenRepository)
                + " JBANG_DIR=" + quote(jbangDir)
                + " JBANG_RUNTIME_SHELL=bash " + quote(java) + " -classpath " + quote(classpath) + " dev.jbang.Main \"$@\")\n"
                + "status=$?\n"
                + "if [ $status -eq 255 ]; then eval \"exec $output\"; fi\n"
                + "printf '%s\\n' \"$output\"\n"
                + "exit $status\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    private static String quote(Object value) {
        return "'" + value.toString().replace("'", "'\\''") + "'";
    }
}
