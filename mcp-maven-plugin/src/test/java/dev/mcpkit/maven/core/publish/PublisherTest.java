package dev.mcpkit.maven.core.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.spi.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublisherTest {

    @TempDir
    Path tmp;

    /** JReleaser is resolved only when it runs: a plan or a refused release never asks for it. */
    private final Publisher publisher = new Publisher(() -> {
        throw new AssertionError("JReleaser was asked for");
    }, () -> {
        throw new AssertionError("the bundle signer was asked for");
    });

    /** The real bundle signer (mcp-bundle-signer, a test dependency here), as the plugin finds it in its own loader. */
    private static ToolProvider bundleSigner() {
        return ToolProvider.findFirst(BundleSigning.TOOL).orElseThrow();
    }

    /** JReleaser's bridge as the publisher sees it: a tool that prints and exits as {@code run} says. */
    private static ToolProvider fakeJReleaser(java.util.function.BiFunction<java.io.PrintWriter, String[], Integer> run) {
        return new ToolProvider() {
            @Override
            public String name() {
                return Publisher.TOOL;
            }

            @Override
            public int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
                return run.apply(out, args);
            }
        };
    }

    private PublishRequest request(ReleaseFixture f, boolean dryRun, Map<String, String> env) {
        return new PublishRequest(f.project, 17, "org.example.WeatherServer", tmp.resolve("jreleaser.yml"), false, dryRun, env, null, true);
    }

    @Test
    void thePlanNamesEveryStepFileRemoteAndCredentialWithoutAValue() throws Exception {
        ReleaseFixture f = new ReleaseFixture(tmp);
        Files.writeString(tmp.resolve("jreleaser.yml"), "release:\n  github:\n    name: weather-server\n");
        f.committed("v1.2.0");

        List<String> lines = publisher.plan(request(f, false, Map.of("JRELEASER_GITHUB_TOKEN", "ghp_plantedToken0123"))).lines();

        String text = String.join("\n", lines);
        assertThat(lines.get(0)).isEqualTo("Release weather 1.2.0");
        assertThat(text).contains("JReleaser with target/jreleaser.json (jreleaser.yml laid over it)")
                .contains("GitHub release (tag, changelog, assets): github.com/ada/weather-server, tag v1.2.0")
                .contains("mcp-publisher publish target/mcp/server.json")
                .containsPattern("  target/mcp/weather-1.2.0.mcpb  \\d+ B\n")
                .contains("leave the .mcpb unsigned (MCPB_SIGNING_KEY and MCPB_SIGNING_CERT are not set)")
                .contains("  MCPB_SIGNING_KEY  not set (optional)")
                .contains("  JRELEASER_GITHUB_TOKEN  set")
                .contains("  JRELEASER_GPG_SECRET_KEY  missing")
                .contains("A real release would refuse:\n  - missing environment variables: JRELEASER_GPG_PUBLIC_KEY")
                .contains("  - Maven Central: the Central Publisher Portal's publisher API URL is not set")
                .doesNotContain("ghp_plantedToken0123");
    }

    @Test
    void aRealReleaseIsRefusedBeforeAnythingRunsOrIsWritten() throws Exception {
        ReleaseFixture f = new ReleaseFixture(tmp, "1.3.0-SNAPSHOT");
        List<String> log = new ArrayList<>();

        assertThatThrownBy(() -> publisher.publish(request(f, false, Map.of()), log::add))
                .isInstanceOf(PublishException.class)
                .hasMessageStartingWith("mcp:publish refuses to release 1.3.0-SNAPSHOT:\n  - the version 1.3.0-SNAPSHOT is a SNAPSHOT")
                .hasMessageContaining("not in a git repository")
                .hasMessageContaining("missing environment variables: JRELEASER_GITHUB_TOKEN, JRELEASER_GPG_PUBLIC_KEY");
        assertThat(log).isEmpty();
        assertThat(tmp.resolve("target/staging-deploy")).doesNotExist();
        assertThat(tmp.resolve("target/jreleaser.json")).doesNotExist();
    }

    @Test
    void evenADryRunWaitsForMcpValidateToHavePassedOnThisBuild() throws Exception {
        ReleaseFixture f = new ReleaseFixture(tmp).validated(false).committed(null);
        List<String> log = new ArrayList<>();

        assertThatThrownBy(() -> publisher.publish(request(f, true, Map.of()), log::add))
                .hasMessage("mcp:publish refuses to release 1.2.0:\n  - mcp:validate FAILED: 17 passed, 1 failed: fix what "
                        + tmp.resolve("target/mcp/validate-report.json") + " lists, then " + ValidationGate.RERUN);
        assertThat(String.join("\n", publisher.plan(request(f, true, Map.of())).lines()))
                .contains("1. check: mcp:validate passed on this build; (real releases only) a release version")
                .contains("The dry run would refuse:\n  - mcp:validate FAILED");
        assertThat(tmp.resolve("target/jreleaser.json")).doesNotExist();
    }

    @Test
    void nothingPackagedSaysToPackageFirst() throws Exception {
        ReleaseFixture f = new ReleaseFixture(tmp);
        Files.delete(tmp.resolve("target/mcp/weather-1.2.0.zip"));
        Files.delete(tmp.resolve("target/mcp/server.json"));
        assertThatThrownBy(() -> publisher.plan(request(f, true, Map.of())))
                .hasMessageContaining("lacks weather-1.2.0.zip, server.json").hasMessageContaining("run mvn clean package");
    }

    @Test
    void aDryRunNeedsCommitsAndAnOriginForJReleaser() throws Exception {
        ReleaseFixture f = new ReleaseFixture(tmp);
        assertThatThrownBy(() -> publisher.publish(request(f, true, Map.of()), line -> { }))
                .hasMessageContaining("not in a git repository").hasMessageContaining("git init and commit");
        f.committed(null);
        f.git("remote", "remove", "origin");
        assertThatThrownBy(() -> publisher.publish(request(f, true, Map.of()), line -> { }))
                .hasMessage("mcp:publish refuses to release 1.2.0:\n  - the repository has no remote named origin: git remote add"
                        + " origin <the repository's URL>");
    }

    @Test
    void aDryRunStagesForCentralWritesTheConfigurationAndRunsJReleaserWithMaskedOutput() throws Exception {
        ReleaseFixture f = new ReleaseFixture(tmp).committed(null);
        for (String suffix : List.of("-sources.jar", "-javadoc.jar", ".jar")) {
            Files.writeString(tmp.resolve("target/weather-server-1.2.0" + suffix), suffix);
        }
        List<String[]> calls = new ArrayList<>();
        ToolProvider recorder = fakeJReleaser((out, args) -> {
            calls.add(args);
            out.println("signing with ghp_plantedToken0123");
            return 0;
        });
        List<String> log = new ArrayList<>();

        new Publisher(() -> recorder, PublisherTest::bundleSigner)
                .publish(request(f, true, Map.of("JRELEASER_GITHUB_TOKEN", "ghp_plantedToken0123")), log::add);

        Path staged = tmp.resolve("target/staging-deploy/org/example/weather-server/1.2.0");
        assertThat(staged.resolve("weather-server-1.2.0-sources.jar")).hasContent("-sources.jar");
        assertThat(staged.resolve("weather-server-1.2.0.pom")).hasContent("<project/>");
        assertThat(tmp.resolve("target/jreleaser.json")).content().contains("\"stagingRepositories\"");
        assertThat(calls).singleElement().satisfies(args -> assertThat(args).containsSubsequence("--config",
                tmp.resolve("target/jreleaser.json").toString()).contains("--dry-run"));
        assertThat(log).contains("signing with ****").anyMatch(l -> l.contains("mcp-publisher publish"))
                .contains("weather-1.2.0.mcpb: valid signature by CN=Ada Example (dry run) (self-signed)");
        // the registry entry names the bytes that are released: the signed bundle's
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(tmp.resolve("target/mcp/weather-1.2.0.mcpb"))));
        assertThat(tmp.resolve("target/mcp/server.json")).content().contains("\"fileSha256\" : \"" + sha + "\"");
        // a second run finds the bundle signed and leaves it as it is
        byte[] signed = Files.readAllBytes(tmp.resolve("target/mcp/weather-1.2.0.mcpb"));
        log.clear();
        new Publisher(() -> recorder, PublisherTest::bundleSigner).publish(request(f, true, Map.of()), log::add);
        assertThat(log).anyMatch(l -> l.startsWith("weather-1.2.0.mcpb is signed already: valid signature"));
        assertThat(Files.readAllBytes(tmp.resolve("target/mcp/weather-1.2.0.mcpb"))).isEqualTo(signed);
    }

    /**
     * A real release that stops says what went out; run again, it goes on from where it stopped and never sends a
     * step twice (a fake JReleaser and a fake mcp-publisher that fail once each).
     */
    @Test
    void aReleaseRunAgainAfterAFailureGoesOnWhereItStoppedAndSaysWhatWentOut() throws Exception {
        ReleaseFixture f = new ReleaseFixture(tmp).committed("v1.2.0");
        for (String suffix : List.of("-sources.jar", "-javadoc.jar", ".jar")) {
            Files.writeString(tmp.resolve("target/weather-server-1.2.0" + suffix), suffix);
        }
        Path bin = Files.createDirectories(tmp.resolve("target/bin"));
        Path publisherFails = tmp.resolve("target/publisher-fails");
        Files.writeString(publisherFails, "");
        Path fakePublisher = Files.writeString(bin.resolve("mcp-publisher"), "#!/bin/sh\necho \"mcp-publisher $*\"\n"
                + "if [ \"$1\" = publish ] && [ -e " + publisherFails + " ]; then echo 'registry unavailable' >&2; exit 1; fi\n");
        Files.setPosixFilePermissions(fakePublisher, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        Map<String, String> env = new java.util.HashMap<>(Map.of("PATH", bin.toString()));
        for (ReleaseChannel channel : ReleaseChannel.values()) {
            channel.credentials().forEach(name -> env.put(name, "planted-" + name));
        }
        PublishRequest real = new PublishRequest(f.project, 17, "org.example.WeatherServer", tmp.resolve("jreleaser.yml"), false, false,
                env, "https://portal.example/api/v1/publisher", true);
        int[] jreleaserRuns = {0};
        ToolProvider jreleaser = fakeJReleaser((out, args) -> ++jreleaserRuns[0] == 1 ? 1 : 0);
        Publisher publisher = new Publisher(() -> jreleaser, PublisherTest::bundleSigner);
        List<String> log = new ArrayList<>();

        assertThatThrownBy(() -> publisher.publish(real, log::add)).hasMessageContaining("JReleaser failed (exit 1)")
                .hasMessageContaining("The release of 1.2.0 stopped at JReleaser's release: checksums and signatures, Maven Central,"
                        + " the GitHub release, the packagers; nothing went out before it. Fix the cause and run mvn verify"
                        + " mcp:publish again");
        assertThatThrownBy(() -> publisher.publish(real, log::add)).hasMessageStartingWith("mcp-publisher publish ")
                .hasMessageContaining("The release of 1.2.0 stopped at the MCP Registry; already out: JReleaser's release: ");
        String released = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                Files.readAllBytes(tmp.resolve("target/mcp/weather-1.2.0.mcpb"))));
        // mvn verify before the next run packages anew: server.json must still name the bundle that went out
        Files.writeString(tmp.resolve("target/mcp/server.json"), Files.readString(tmp.resolve("target/mcp/server.json"))
                .replace(released, "repackaged"));
        Files.delete(publisherFails);
        log.clear();

        publisher.publish(real, log::add);

        assertThat(jreleaserRuns[0]).isEqualTo(2);
        assertThat(log).contains("Going on with the release of 1.2.0; already out:", "JReleaser's release went out already: not run again")
                .anyMatch(l -> l.startsWith("  JReleaser's release: checksums and signatures"))
                .contains("mcp-publisher publish " + tmp.resolve("target/mcp/server.json"));
        assertThat(tmp.resolve("target/mcp/server.json")).content().contains("\"fileSha256\" : \"" + released + "\"");
        log.clear();
        publisher.publish(real, log::add);
        assertThat(jreleaserRuns[0]).isEqualTo(2);
        assertThat(log).contains("The MCP Registry has this version already: not published again")
                .noneMatch(l -> l.startsWith("mcp-publisher"));
    }

    @Test
    void missingSourcesOrJavadocNameThePluginsCentralNeeds() throws Exception {
        ReleaseFixture f = new ReleaseFixture(tmp);
        Files.writeString(tmp.resolve("target/weather-server-1.2.0.jar"), "jar");
        assertThatThrownBy(() -> MavenStaging.stage(f.project))
                .hasMessageContaining("missing: target/weather-server-1.2.0-sources.jar, target/weather-server-1.2.0-javadoc.jar")
                .hasMessageContaining("maven-source-plugin").hasMessageContaining("maven-javadoc-plugin");
    }
}
