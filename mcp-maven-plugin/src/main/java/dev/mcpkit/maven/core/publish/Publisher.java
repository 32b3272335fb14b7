package dev.mcpkit.maven.core.publish;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.spi.ToolProvider;

import dev.mcpkit.maven.core.packaging.FileDigest;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What {@code mcp:publish} does, without Maven: the release's files from {@code mcp:package}, JReleaser's configuration
 * built from the POM with the project's own laid over it, the refusals of a real release, the Maven Central staging,
 * then JReleaser (a {@link ToolProvider} from an isolated class loader, asked for only when it runs) and the MCP
 * Registry. Every line JReleaser writes reaches the log with credentials masked.
 */
public final class Publisher {

    /** The {@link ToolProvider} name of the bridge that runs JReleaser. */
    public static final String TOOL = "mcpkit-jreleaser";

    private final Supplier<ToolProvider> jreleaser;
    private final BundleSigning signing;
    private final Set<ReleaseChannel> channels = EnumSet.allOf(ReleaseChannel.class);

    /** Neither tool is asked for before it runs: a plan or a refused release needs none. */
    public Publisher(Supplier<ToolProvider> jreleaser, Supplier<ToolProvider> bundleSigner) {
        this.jreleaser = jreleaser;
        this.signing = new BundleSigning(bundleSigner);
    }

    /** The release as it would go out: its configuration, checked, without running anything. */
    public PublishPlan plan(PublishRequest request) throws PublishException, InterruptedException {
        ReleaseAssets assets = ReleaseAssets.find(request.project().layout().mcpDirectory(), request.project().coordinates().version());
        ObjectNode config = config(request, assets);
        List<String> refusals = new ArrayList<>();
        if (request.validated()) {
            ValidationGate.problem(assets).ifPresent(refusals::add);
        }
        GitState git = GitState.of(request.project().layout().basedir());
        if (request.dryRun()) {
            refusals.addAll(ReleaseGate.dryRunProblems(git));
        } else {
            refusals.addAll(ReleaseGate.problems(request.project().coordinates().version(), git, channels, request.environment()));
            String url = config.at("/deploy/maven/mavenCentral/" + JReleaserConfig.DEPLOYER + "/url").asString("");
            if (url.contains(".invalid/")) {
                refusals.add("Maven Central: the Central Publisher Portal's publisher API URL is not set: set <publishCentralUrl>"
                        + " (mcp.publish.centralUrl) to the URL the Portal's documentation gives for publishing with JReleaser");
            }
        }
        return new PublishPlan(request, assets, config, channels, refusals);
    }

    public void publish(PublishRequest request, Consumer<String> log) throws PublishException, IOException, InterruptedException {
        PublishPlan plan = plan(request);
        if (!request.validated()) {
            log.accept("WARNING the release does not wait for mcp:validate (mcp.validate.skip is true)");
        }
        if (!plan.refusals().isEmpty()) {
            throw new PublishException("mcp:publish refuses to release " + request.project().coordinates().version() + ":\n  - "
                    + String.join("\n  - ", plan.refusals()));
        }
        ReleaseJournal journal = request.dryRun() ? null
                : ReleaseJournal.open(request.project().layout().buildDirectory(), request.project().coordinates().version());
        if (journal != null && !journal.isEmpty()) {
            log.accept("Going on with the release of " + request.project().coordinates().version() + "; already out:");
            journal.wentOut().forEach(step -> log.accept("  " + step));
        }
        if (journal == null || !journal.done(ReleaseJournal.Step.JRELEASER)) {
            release(request, plan, journal, log);
        } else {
            // the bundle that went out is the one the registry must name, whatever this build packaged since
            BundleSigning.pointServerJsonAt(plan.assets(), journal.releasedBundleSha256());
            log.accept("JReleaser's release went out already: not run again");
        }
        publishToRegistry(request, plan, journal, log);
    }

    /** The MCP Registry, unless the journal says it has this version; records that it went out. */
    private static void publishToRegistry(PublishRequest request, PublishPlan plan, ReleaseJournal journal, Consumer<String> log)
            throws PublishException, IOException, InterruptedException {
        RegistryPublication registry = new RegistryPublication(plan.assets().serverJson(), request.dryRun(), request.environment());
        if (journal == null) {
            registry.run(log);
        } else if (journal.done(ReleaseJournal.Step.MCP_REGISTRY)) {
            log.accept("The MCP Registry has this version already: not published again");
        } else {
            try {
                if (registry.run(log)) {
                    journal.record(ReleaseJournal.Step.MCP_REGISTRY);
                }
            } catch (PublishException e) {
                throw new PublishException(e.getMessage() + "\n" + journal.afterFailureAt(ReleaseJournal.Step.MCP_REGISTRY));
            }
        }
    }

    /** Signs the bundle, stages for Central and runs JReleaser; records that it went out. */
    private void release(PublishRequest request, PublishPlan plan, ReleaseJournal journal, Consumer<String> log)
            throws PublishException, IOException {
        // staging first: it refuses a build without sources or javadoc before the bundle is touched
        List<Path> staged = MavenStaging.stage(request.project());
        log.accept("Staged " + staged.size() + " files for Maven Central in " + JReleaserConfig.STAGING);
        var author = request.project().metadata().author();
        signing.sign(plan.assets(), request.environment(), request.dryRun(),
                author != null ? author.name() : request.project().coordinates().groupId(), log);
        Path written = request.writtenConfig();
        Files.createDirectories(written.getParent());
        JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValue(written.toFile(), plan.config());
        try {
            runJReleaser(request, written, log);
        } catch (PublishException e) {
            throw journal == null ? e : new PublishException(e.getMessage() + "\n" + journal.afterFailureAt(ReleaseJournal.Step.JRELEASER));
        }
        if (journal != null) {
            journal.record(ReleaseJournal.Step.JRELEASER, FileDigest.sha256(plan.assets().mcpb()));
        }
    }

    private static ObjectNode config(PublishRequest request, ReleaseAssets assets) throws PublishException {
        ObjectNode config = JReleaserConfig.build(request.project(), assets, request.javaRelease(), request.mainClass(),
                request.centralUrl(), !request.dryRun() || request.hasSigningKey());
        return ConfigOverlay.merge(config, OverlayFile.read(request.configFile(), request.configRequired()));
    }

    private void runJReleaser(PublishRequest request, Path config, Consumer<String> log) throws PublishException {
        SecretMask mask = SecretMask.of(request.environment());
        List<String> args = new ArrayList<>(List.of("--config", config.toString(),
                "--basedir", request.project().layout().basedir().toString(),
                "--output-directory", request.project().layout().buildDirectory().toString()));
        if (request.dryRun()) {
            args.add("--dry-run");
            // JReleaser wants these non-blank even when it sends nothing; placeholders, never the real ones' place
            for (String name : List.of("JRELEASER_GITHUB_TOKEN", "JRELEASER_MAVENCENTRAL_USERNAME", "JRELEASER_MAVENCENTRAL_PASSWORD")) {
                String value = request.environment().get(name);
                if (value == null || value.isBlank()) {
                    args.addAll(List.of("--env", name + "=dry-run"));
                }
            }
            if (!request.hasSigningKey()) {
                log.accept("Signatures are left out of this dry run: JRELEASER_GPG_PUBLIC_KEY and JRELEASER_GPG_SECRET_KEY are not set");
            }
        }
        int exit;
        try (PrintWriter out = new PrintWriter(new MaskedLines(mask, log));
             PrintWriter err = new PrintWriter(new MaskedLines(mask, line -> log.accept("[JReleaser] " + line)))) {
            exit = jreleaser.get().run(out, err, args.toArray(String[]::new));
        } catch (RuntimeException e) {
            throw new PublishException("JReleaser stopped: " + mask.apply(String.valueOf(e.getMessage())));
        }
        if (exit != 0) {
            throw new PublishException("JReleaser failed (exit " + exit + "): its messages are above; the configuration it ran"
                    + " with is " + config);
        }
    }
}
