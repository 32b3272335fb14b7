package dev.mcpkit.maven.core.publish;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.mcpkit.maven.core.project.GitHubRepository;
import dev.mcpkit.maven.core.project.ProjectMetadata;
import dev.mcpkit.maven.core.project.ServerProject;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * JReleaser's configuration for an MCP server, built from what the plugin knows (the POM and {@code mcp:package}'s
 * output), in JReleaser's own format, so a project's {@code jreleaser.yml} can change or add anything on top
 * ({@link ConfigOverlay}). Paths are relative to the project directory, as in a hand-written {@code jreleaser.yml}.
 */
public final class JReleaserConfig {

    /** Where the release's Maven artifacts are staged for the Central Publisher Portal. */
    public static final String STAGING = "target/staging-deploy";

    private JReleaserConfig() {
    }

    /** JReleaser's packagers and the repository each publishes to, under the release's owner. */
    static final String[][] PACKAGERS = {{"jbang", "jbang-catalog"}, {"brew", "homebrew-tap"}, {"scoop", "scoop-bucket"}};

    /** The Maven Central deployer's name: JReleaser's variables for it are {@code JRELEASER_MAVENCENTRAL_CENTRAL_*}. */
    public static final String DEPLOYER = "central";

    /**
     * @param centralUrl the Central Publisher Portal's publisher API; a dry run uploads nothing and may leave it null
     * @param signing    whether to sign with the GPG key in {@code JRELEASER_GPG_*}
     * @throws PublishException when the POM lacks what a release needs (a GitHub {@code <scm>})
     */
    public static ObjectNode build(ServerProject project, ReleaseAssets assets, int javaRelease, String mainClass,
                                   String centralUrl, boolean signing) throws PublishException {
        GitHubRepository repo = GitHubRepository.fromScm(project.metadata().scmUrl());
        if (repo == null) {
            throw new PublishException("the POM's <scm> names no GitHub repository (" + project.metadata().scmUrl()
                    + "): add <scm><url>https://github.com/<owner>/<repository></url></scm>, where the release goes");
        }
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        projectSection(root.putObject("project"), project, assets, javaRelease, mainClass);
        ObjectNode github = root.putObject("release").putObject("github");
        github.put("owner", repo.owner());
        github.put("name", repo.name());
        github.put("tagName", "v{{projectVersion}}");
        github.put("overwrite", false);
        // a release run again after a failure (on a fresh CI machine too) adds what is missing to the release it made
        github.putObject("update").put("enabled", true).putArray("sections").add("ASSETS");
        github.putObject("changelog").put("formatted", "ALWAYS").put("preset", "conventional-commits");
        root.putObject("signing").putObject("pgp").put("active", signing ? "ALWAYS" : "NEVER").put("armored", true).put("mode", "MEMORY");
        root.putObject("checksum").put("individual", true).putArray("algorithms").add("SHA_256");
        ArrayNode files = root.putObject("files").putArray("artifacts");
        files.addObject().put("path", relative(project, assets.mcpb()));
        files.addObject().put("path", relative(project, assets.serverJson()));
        if (Files.isRegularFile(sbom(project))) {
            files.addObject().put("path", relative(project, sbom(project)));
        }
        ObjectNode distribution = root.putObject("distributions").putObject(assets.serverName());
        distribution.put("type", "JAVA_BINARY");
        distribution.putObject("executable").put("name", assets.serverName()).put("windowsExtension", "cmd");
        ArrayNode archives = distribution.putArray("artifacts");
        archives.addObject().put("path", relative(project, assets.zip()));
        archives.addObject().put("path", relative(project, assets.tarGz()));
        ObjectNode packagers = root.putObject("packagers");
        for (String[] packager : PACKAGERS) {
            packagers.putObject(packager[0]).put("active", "ALWAYS").putObject("repository").put("owner", repo.owner()).put("name", packager[1]);
        }
        ObjectNode central = root.putObject("deploy").putObject("maven").putObject("mavenCentral").putObject(DEPLOYER);
        central.put("active", "ALWAYS");
        // a dry run uploads nothing; the reserved .invalid domain names no host
        central.put("url", centralUrl != null && !centralUrl.isBlank() ? centralUrl.strip() : "https://central-portal.invalid/api/v1/publisher");
        central.put("applyMavenCentralRules", true);
        // Central takes only signed files; a dry run without a key rehearses the rest
        central.put("sign", signing);
        // mcp:validate checks the POM's metadata; JReleaser's own check would download its pomchecker tool
        central.put("verifyPom", false);
        central.putArray("stagingRepositories").add(STAGING);
        return root;
    }

    /**
     * The CycloneDX SBOM the build writes ({@code cyclonedx-maven-plugin} with {@code outputName}
     * {@code <artifactId>-<version>.cdx}, as the archetype's POM has it); released when it exists.
     */
    public static Path sbom(ServerProject project) {
        return project.layout().buildDirectory().resolve(project.coordinates().artifactId() + "-" + project.coordinates().version() + ".cdx.json");
    }

    private static void projectSection(ObjectNode p, ServerProject project, ReleaseAssets assets, int javaRelease, String mainClass) {
        ProjectMetadata m = project.metadata();
        p.put("name", assets.serverName());
        p.put("version", project.coordinates().version());
        if (m.description() != null) {
            p.put("description", m.description().strip());
        }
        if (!m.licenseNames().isEmpty()) {
            p.put("license", m.licenseNames().get(0));
        }
        ArrayNode authors = p.putArray("authors");
        m.developers().forEach(d -> authors.add(d.name()));
        if (authors.isEmpty() && m.author() != null) {
            authors.add(m.author().name());
        }
        // JReleaser requires a copyright line (it derives one only from an inception year)
        p.put("copyright", m.author() != null && m.author().name() != null ? m.author().name() : project.coordinates().groupId());
        if (m.url() != null) {
            p.putObject("links").put("homepage", m.url());
        }
        ObjectNode java = p.putObject("languages").putObject("java");
        java.put("groupId", project.coordinates().groupId());
        java.put("artifactId", project.coordinates().artifactId());
        java.put("version", String.valueOf(javaRelease));
        java.put("mainClass", mainClass);
    }

    private static String relative(ServerProject project, Path file) {
        Path base = project.layout().basedir().toAbsolutePath().normalize();
        Path abs = file.toAbsolutePath().normalize();
        return (abs.startsWith(base) ? base.relativize(abs) : abs).toString().replace('\\', '/');
    }
}
