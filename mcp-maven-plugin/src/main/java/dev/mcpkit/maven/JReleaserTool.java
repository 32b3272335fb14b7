package dev.mcpkit.maven;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import java.util.spi.ToolProvider;

import dev.mcpkit.maven.core.publish.Publisher;

/**
 * JReleaser, resolved only when a release runs: {@code dev.mcpkit:mcp-jreleaser} (the bridge, the plugin's own version)
 * with JReleaser's whole tree, through the build's repositories, in a class loader of its own whose parent is the
 * platform's, so neither JReleaser's Jackson nor anything else meets the plugin's. Only JDK types cross: the bridge is
 * a {@link ToolProvider}.
 */
final class JReleaserTool implements Supplier<ToolProvider> {

    private static final String GROUP = "dev.mcpkit";
    private static final String BRIDGE = "mcp-jreleaser";

    private final MavenArtifacts artifacts;
    private final String version;

    JReleaserTool(MavenArtifacts artifacts, String version) {
        this.artifacts = artifacts;
        this.version = version;
    }

    @Override
    public ToolProvider get() {
        List<Path> classpath;
        try {
            classpath = artifacts.runtimeClasspath(GROUP, BRIDGE, version);
        } catch (Exception e) {
            throw new IllegalStateException("cannot resolve " + GROUP + ":" + BRIDGE + ":" + version + " and JReleaser (about 48 MB,"
                    + " downloaded once, on the first mcp:publish): " + e.getMessage() + ". Run it once online (without -o).", e);
        }
        URL[] urls = new URL[classpath.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = classpath.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }
        // closed with the Maven session's class world: JReleaser may start threads that outlive one call
        URLClassLoader loader = new URLClassLoader("jreleaser", urls, ClassLoader.getPlatformClassLoader());
        for (ToolProvider tool : ServiceLoader.load(ToolProvider.class, loader)) {
            if (Publisher.TOOL.equals(tool.name()) && tool.getClass().getClassLoader() == loader) {
                return tool;
            }
        }
        throw new IllegalStateException(GROUP + ":" + BRIDGE + ":" + version + " provides no tool named " + Publisher.TOOL);
    }
}
