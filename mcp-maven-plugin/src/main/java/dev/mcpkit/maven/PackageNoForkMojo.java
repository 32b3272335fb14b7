package dev.mcpkit.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mcp:package} for binding in a POM: the same work, in the {@code package} phase by default, without
 * forking the lifecycle (the build has compiled already), so nothing runs twice.
 *
 * @since 0.1.0
 */
@Mojo(name = "package-no-fork", defaultPhase = LifecyclePhase.PACKAGE, requiresDependencyResolution = ResolutionScope.RUNTIME,
        threadSafe = true)
public class PackageNoForkMojo extends AbstractPackageMojo {
}
