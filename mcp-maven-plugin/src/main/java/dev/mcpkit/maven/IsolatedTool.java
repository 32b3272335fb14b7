package dev.mcpkit.maven;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import java.util.spi.ToolProvider;

import dev.mcpkit.maven.core.mcp.PluginVersion;
import dev.mcpkit.maven.core.packaging.ServerImage;
import dev.mcpkit.maven.core.publish.BundleSigning;
import dev.mcpkit.maven.core.publish.Publisher;

/**
 * A tool the plugin does not carry, resolved only when it is first asked for: one of mcpkit's own modules
 * ({@code mcp-jreleaser}: JReleaser's whole tree; {@code mcp-bundle-signer}: BouncyCastle) at the plugin's version,
 * with its run-time dependencies, through the build's repositories, in a class loader of its own whose parent is the
 * platform's, so none of its libraries meets the plugin's. Only JDK types cross: the module provides a
 * {@link ToolProvider}.
 */
final class IsolatedTool implements Supplier<ToolProvider> {

    private static final String GROUP = "dev.mcpkit";

    private final MavenArtifacts artifacts;
    private final String artifactId;
    private final String version;
    private final String toolName;
    private final String what;
    private ToolProvider tool;

    /** @param what what the module brings, for the message when it cannot be resolved ("JReleaser, about 48 MB") */
    IsolatedTool(MavenArtifacts artifacts, String artifactId, String version, String toolName, String what) {
        this.artifacts = artifacts;
        this.artifactId = artifactId;
        this.version = version;
        this.toolName = toolName;
        this.what = what;
    }

    /** JReleaser's bridge, {@code mcp-jreleaser}, at the plugin's own version. */
    static IsolatedTool jreleaser(MavenArtifacts artifacts) {
        return new IsolatedTool(artifacts, "mcp-jreleaser", PluginVersion.current(), Publisher.TOOL, "JReleaser, about 48 MB");
    }

    /** The bundle signer, {@code mcp-bundle-signer}, at the plugin's own version. */
    static IsolatedTool bundleSigner(MavenArtifacts artifacts) {
        return new IsolatedTool(artifacts, "mcp-bundle-signer", PluginVersion.current(), BundleSigning.TOOL, "BouncyCastle, about 10 MB");
    }

    /** The image builder, {@code mcp-image} (Jib), at the plugin's own version. */
    static IsolatedTool image(MavenArtifacts artifacts) {
        return new IsolatedTool(artifacts, "mcp-image", PluginVersion.current(), ServerImage.TOOL, "Jib, about 9 MB");
    }

    @Override
    public synchronized ToolProvider get() {
        if (tool == null) {
            tool = load();
        }
        return tool;
    }

    private ToolProvider load() {
        String coordinates = GROUP + ":" + artifactId + ":" + version;
        List<Path> classpath;
        try {
            classpath = artifacts.runtimeClasspath(GROUP, artifactId, version);
        } catch (Exception e) {
            throw new IllegalStateException("cannot resolve " + coordinates + " (" + what + ", downloaded once, when first"
                    + " needed): " + e.getMessage() + ". Run it once online (without -o).", e);
        }
        URL[] urls = new URL[classpath.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = classpath.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }
        // left open for the build's lifetime: a tool may start threads that outlive one call
        URLClassLoader loader = new URLClassLoader(artifactId, urls, ClassLoader.getPlatformClassLoader());
        for (ToolProvider provider : ServiceLoader.load(ToolProvider.class, loader)) {
            if (toolName.equals(provider.name()) && provider.getClass().getClassLoader() == loader) {
                return provider;
            }
        }
        throw new IllegalStateException(coordinates + " provides no tool named " + toolName);
    }
}
