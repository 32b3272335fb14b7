package dev.mcpkit.maven.core.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.mcpkit.maven.core.launch.LaunchSpecs;
import dev.mcpkit.maven.core.output.TextTemplates;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateScalarModel;

/**
 * Renders the launchers {@code bin/<name>} (POSIX sh, executable) and {@code bin/<name>.cmd} (Windows, CRLF)
 * from {@link TextTemplates}: the project's {@code src/main/mcp/templates/} first, then the plugin's own.
 */
public final class LauncherWriter {

    /**
     * The launchers' start-up profile: the JIT compiles hot code three times later than by default. In a
     * server's first tens of milliseconds compiled code comes too late to speed start-up up, while on a machine
     * with few cores the compiler threads take the CPU the start-up needs (2 cores, JDK 17, the example server
     * with its start-up cache: spawn to initialize answer 39.1 ms by default, 35.8 ms with this; steady-state
     * throughput unchanged). A project's {@code jvmOptions} and {@code NAME_JAVA_OPTS} come later on the
     * command line, so {@code -XX:CompileThresholdScaling=1} there restores the default.
     */
    static final List<String> STARTUP_JVM_FLAGS = List.of("-XX:CompileThresholdScaling=3");


    public static final String POSIX_TEMPLATE = "launcher.sh.ftl";
    public static final String WINDOWS_TEMPLATE = "launcher.cmd.ftl";

    private final TextTemplates templates;

    /** @param overrides the project's template directory; may be null or missing */
    public LauncherWriter(Path overrides) throws IOException {
        templates = new TextTemplates(overrides);
    }

    public String renderPosix(LauncherRequest request) throws IOException {
        return render(POSIX_TEMPLATE, request);
    }

    /** Windows wants CRLF in batch files: a label after an LF-only line can be missed by cmd.exe. */
    public String renderWindows(LauncherRequest request) throws IOException {
        return render(WINDOWS_TEMPLATE, request).replace("\r\n", "\n").replace("\n", "\r\n");
    }

    /** Writes both launchers into {@code binDir}; returns {@code [posix, windows]}. */
    public List<Path> write(LauncherRequest request, Path binDir) throws IOException {
        Files.createDirectories(binDir);
        Path posix = binDir.resolve(request.name());
        Path windows = binDir.resolve(request.name() + ".cmd");
        Files.writeString(posix, renderPosix(request), StandardCharsets.UTF_8);
        Files.writeString(windows, renderWindows(request), StandardCharsets.UTF_8);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(posix, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return List.of(posix, windows);
    }

    private String render(String templateName, LauncherRequest request) throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("name", request.name());
        model.put("version", request.version() == null ? "" : request.version());
        model.put("jarName", request.jarName());
        model.put("javaRelease", String.valueOf(request.javaRelease()));
        List<String> flags = new ArrayList<>(LaunchSpecs.STDOUT_SAFE_JVM_FLAGS);
        flags.addAll(STARTUP_JVM_FLAGS);
        model.put("jvmFlags", flags);
        model.put("jvmOptions", request.jvmOptions());
        model.put("optsVariable", request.optsVariable());
        model.put("jarDigest", request.jarDigest());
        model.put("mainClass", request.mainClass());
        model.put("cmdArgument", (TemplateMethodModelEx) arguments ->
                CmdQuoting.argument(((TemplateScalarModel) arguments.get(0)).getAsString()));
        return templates.render(templateName, model);
    }
}
