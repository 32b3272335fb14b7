package dev.mcpkit.maven.core.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a real release refuses, read from a real git repository. */
class ReleaseGateTest {

    private static final EnumSet<ReleaseChannel> ALL = EnumSet.allOf(ReleaseChannel.class);

    @TempDir
    Path tmp;

    private static Map<String, String> credentials() {
        Map<String, String> env = new HashMap<>();
        for (ReleaseChannel c : ALL) {
            c.credentials().forEach(name -> env.put(name, "value-of-" + name));
        }
        return env;
    }

    @Test
    void aCleanTaggedReleaseWithEveryCredentialGoesOut() throws Exception {
        new ReleaseFixture(tmp).committed("v1.2.0");
        assertThat(ReleaseGate.problems("1.2.0", GitState.of(tmp), ALL, credentials())).isEmpty();
    }

    @Test
    void everythingWrongIsReportedAtOnce() throws Exception {
        new ReleaseFixture(tmp, "1.3.0-SNAPSHOT").committed(null);
        Files.writeString(tmp.resolve("NOTES.md"), "not committed\n");
        Map<String, String> env = credentials();
        env.remove("JRELEASER_GITHUB_TOKEN");
        env.put("JRELEASER_GPG_PASSPHRASE", " ");

        List<String> problems = ReleaseGate.problems("1.3.0-SNAPSHOT", GitState.of(tmp), ALL, env);

        assertThat(problems).hasSize(4);
        assertThat(problems.get(0)).contains("is a SNAPSHOT").contains("-DnewVersion=1.3.0");
        assertThat(problems.get(1)).contains("uncommitted changes").contains("NOTES.md");
        assertThat(problems.get(2)).contains("HEAD is not tagged v1.3.0-SNAPSHOT").contains("git tag v1.3.0-SNAPSHOT");
        assertThat(problems.get(3)).isEqualTo("missing environment variables: JRELEASER_GITHUB_TOKEN, JRELEASER_GPG_PASSPHRASE"
                + " (see the README's Releasing section for where each comes from)");
        assertThat(String.join("\n", problems)).doesNotContain("value-of-");
    }

    @Test
    void aProjectOutsideGitIsToldToCommitAndTag() throws Exception {
        new ReleaseFixture(tmp);
        List<String> problems = ReleaseGate.problems("1.2.0", GitState.of(tmp), ALL, credentials());
        assertThat(problems).singleElement().asString().contains("not in a git repository").contains("git tag v1.2.0");
    }

    @Test
    void aRepositoryWithoutOriginIsRefused() throws Exception {
        new ReleaseFixture(tmp).committed("v1.2.0").git("remote", "remove", "origin");
        assertThat(ReleaseGate.problems("1.2.0", GitState.of(tmp), ALL, credentials()))
                .singleElement().asString().contains("no remote named origin");
    }
}
