package dev.mcpkit.maven;

import java.io.IOException;
import java.nio.file.Path;

import dev.mcpkit.maven.core.describe.DescribeException;
import dev.mcpkit.maven.core.describe.ServerDescriber;
import dev.mcpkit.maven.core.packaging.JarLayout;
import dev.mcpkit.maven.core.packaging.OutputTimestamp;
import dev.mcpkit.maven.core.output.TextTemplates;
import dev.mcpkit.maven.core.packaging.PackagedFile;
import dev.mcpkit.maven.core.packaging.ServerImage;
import java.util.List;
import dev.mcpkit.maven.core.packaging.PackageRequest;
import dev.mcpkit.maven.core.packaging.PackageResult;
import dev.mcpkit.maven.core.packaging.ServerPackager;
import dev.mcpkit.maven.core.setup.ClientSetup;
import dev.mcpkit.maven.core.setup.ServerRequest;
import org.apache.maven.plugins.annotations.Parameter;

/** The parameters of {@code mcp:package} and {@code mcp:package-no-fork}, and the one call into the core. */
abstract class AbstractPackageMojo extends AbstractMcpMojo {

    /** Skips packaging. @since 0.1.0 */
    @Parameter(property = "mcp.package.skip", defaultValue = "false")
    boolean skipPackage;

    /** {@code uber} (one jar with every dependency) or {@code thin} (the project's jar plus {@code lib/}). @since 0.1.0 */
    @Parameter(property = "mcp.jarLayout", defaultValue = "uber")
    String jarLayout;

    /**
     * On JDK 17/18, runs the packaged server once (initialize, lists, read-only calls) to write the start-up
     * archive {@code lib/<name>.jsa}. Newer JDKs build their cache on the user's first run. @since 0.1.0
     */
    @Parameter(property = "mcp.startupCache", defaultValue = "true")
    boolean startupCache;

    /** The time stamped on every entry of the jar and archives, for reproducible builds. @since 0.1.0 */
    @Parameter(property = "mcp.outputTimestamp", defaultValue = "${project.build.outputTimestamp}")
    String outputTimestamp;

    /** Where a project overrides the plugin's templates; here the launchers. @since 0.1.0 */
    @Parameter(property = "mcp.templates", defaultValue = "${project.basedir}/src/main/mcp/templates")
    String templates;

    /**
     * {@code system} (the launchers find an installed Java) or {@code jlink}: also a self-contained
     * {@code <name>-<version>-<platform>.tar.gz} with a Java runtime for the build platform, cut to the modules the
     * server needs (jdeps + jlink of the JDK running the build). @since 0.1.0
     */
    @Parameter(property = "mcp.runtime", defaultValue = "system")
    String runtime;

    /**
     * The MCP Registry name. Default: the POM's {@code mcpName} property (the name other ecosystems' packages declare),
     * else {@code io.github.<owner>/<name>} from a GitHub {@code <scm>}, else {@code <groupId>/<name>}. @since 0.1.0
     */
    @Parameter(property = "mcp.registryName")
    String registryName;

    /** The MCP Registry description (at most 100 characters). Default: the POM's {@code <description>}. @since 0.1.0 */
    @Parameter(property = "mcp.registryDescription")
    String registryDescription;

    /** Where the .mcpb will be downloaded from. Default: the GitHub release asset of this version. @since 0.1.0 */
    @Parameter(property = "mcp.bundleUrl")
    String bundleUrl;

    /**
     * Also build an OCI container image of the server as {@code target/mcp/<name>-<version>-image.tar} (with Jib, no
     * Docker engine; Jib is downloaded once, when first asked for) and write Kubernetes manifests and an nginx
     * configuration for it into {@code target/mcp/deploy/}. @since 0.1.0
     */
    @Parameter(property = "mcp.image", defaultValue = "false")
    boolean image;

    /** The image's base: one with a Java runtime. Default: {@code eclipse-temurin:<release>-jre}. @since 0.1.0 */
    @Parameter(property = "mcp.image.base")
    String imageBase;

    /** The image's reference. Default: {@code <server name>:<version>}. @since 0.1.0 */
    @Parameter(property = "mcp.image.name")
    String imageName;

    @Override
    String goalSkipReason() {
        if (skipPackage) {
            return "mcp.package.skip is true";
        }
        if ("pom".equals(project.getPackaging())) {
            return "packaging 'pom' has no server to package";
        }
        return null;
    }

    String registryName() {
        return registryName != null && !registryName.isBlank() ? registryName : project.getProperties().getProperty("mcpName");
    }

    private boolean jlink() {
        String r = runtime == null ? "system" : runtime.trim();
        if (!r.equals("system") && !r.equals("jlink")) {
            throw new IllegalArgumentException("unknown runtime '" + runtime + "': set <runtime> (mcp.runtime) to system or jlink");
        }
        return r.equals("jlink");
    }

    private List<PackagedFile> containerImage(String name, Path out, PackageRequest request) throws IOException {
        String version = project.getVersion();
        String reference = imageName != null && !imageName.isBlank() ? imageName.trim() : name + ":" + version;
        String base = imageBase != null && !imageBase.isBlank() ? imageBase.trim() : ServerImage.defaultBase(request.javaRelease());
        return new ServerImage(IsolatedTool.image(artifacts()), new TextTemplates(Path.of(templates))).build(new ServerImage.Request(name,
                version, out.resolve("lib"), name + "-" + version + ".jar", out, base, reference, jvmOptions,
                serverProject().metadata(), offline()));
    }

    @Override
    void run(ClientSetup setup) throws DescribeException, IOException {
        long start = System.nanoTime();
        ServerRequest server = serverRequest();
        Path out = Path.of(mcpDirectory);
        PackageRequest request = new PackageRequest(serverProject(), server.command().mainClass(), JarLayout.parse(jarLayout),
                OutputTimestamp.parse(outputTimestamp), release(), jvmOptions, Path.of(templates), javaExecutable(), startupCache, registryName(), registryDescription,
                bundleUrl, System.getProperty("os.name", "").startsWith("Windows"), jlink());
        PackageResult result = new ServerPackager(new ServerDescriber()).pack(server, request);
        if (image) {
            result = result.with(containerImage(result.serverName(), out.toAbsolutePath(), request));
        }
        result.warnings().forEach(getLog()::warn);
        getLog().info("Packaged " + result.serverName() + " in " + out.toAbsolutePath() + " ("
                + (System.nanoTime() - start) / 1_000_000 + " ms):");
        for (String line : result.summary(out.toAbsolutePath()).split("\n")) {
            getLog().info(line);
        }
    }
}
