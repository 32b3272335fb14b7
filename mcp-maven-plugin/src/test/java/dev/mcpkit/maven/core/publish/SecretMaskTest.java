package dev.mcpkit.maven.core.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SecretMaskTest {

    private static final String KEY = "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQOYBGZplantedLineOne0123456789abcdefghijklmnopqrstuvwxyzABCDEFGH\n"
            + "plantedLineTwo0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN\n=abcd\n-----END PGP PRIVATE KEY BLOCK-----\n";

    @Test
    void credentialValuesAndEachLineOfAnArmoredKeyAreMasked() {
        SecretMask mask = SecretMask.of(Map.of("JRELEASER_GITHUB_TOKEN", "ghp_plantedTokenValue123",
                "JRELEASER_GPG_SECRET_KEY", KEY, "JRELEASER_PROJECT_VERSION", "1.2.0", "HOME", "/home/ada"));

        assertThat(mask.apply("pushing with ghp_plantedTokenValue123 as 1.2.0 from /home/ada")).isEqualTo("pushing with **** as 1.2.0 from /home/ada");
        assertThat(mask.apply(KEY)).doesNotContain("plantedLine").contains("-----BEGIN PGP PRIVATE KEY BLOCK-----");
    }

    @Test
    void linesReachTheLogWholeAndMasked() {
        List<String> log = new ArrayList<>();
        try (PrintWriter out = new PrintWriter(new MaskedLines(SecretMask.of(Map.of("JRELEASER_MAVENCENTRAL_PASSWORD", "s3cr3t-planted")), log::add))) {
            out.print("uploading with s3cr3t-");
            out.print("planted\r\nsecond");
        }
        assertThat(log).containsExactly("uploading with ****", "second");
    }
}
