package dev.mcpkit.jreleaser;

import java.io.File;
import java.io.PrintWriter;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.spi.ToolProvider;

/**
 * The bridge as mcp:publish sees it: found with ServiceLoader in a class loader of its own whose parent is the
 * platform class loader, called from a thread whose context class loader (Maven's plugin realm) knows no JReleaser.
 */
final class IsolatedTool {
    private IsolatedTool() {
    }

    static int run(PrintWriter out, PrintWriter err, String... args) throws Exception {
        try (URLClassLoader loader = new URLClassLoader("mcpkit-jreleaser", classPath(), ClassLoader.getPlatformClassLoader());
                URLClassLoader pluginRealm = new URLClassLoader("plugin-realm", new URL[0], ClassLoader.getPlatformClassLoader())) {
            ToolProvider tool = ServiceLoader.load(ToolProvider.class, loader).stream()
                    .map(ServiceLoader.Provider::get)
                    .filter(provider -> provider.name().equals("mcpkit-jreleaser"))
                    .findFirst()
                    .orElseThrow();
            if (tool.getClass().getClassLoader() != loader) {
                throw new IllegalStateException("the bridge came from " + tool.getClass().getClassLoader());
            }
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(pluginRealm);
            try {
                return tool.run(out, err, args);
            } finally {
                thread.setContextClassLoader(previous);
            }
        }
    }

    /** The module's classes and its dependencies: Surefire's test class path without the test classes. */
    private static URL[] classPath() throws MalformedURLException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<URL> urls = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isEmpty() && !Path.of(entry).endsWith("test-classes")) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        return urls.toArray(URL[]::new);
    }
}
