package dev.mcpkit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class ProjectPackagingTest {

    @Test
    void outputTimestampIsReadAsIsoOrAsSecondsSinceTheEpoch() {
        assertThat(ProjectPackaging.timestamp("2026-01-02T03:04:05Z")).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
        assertThat(ProjectPackaging.timestamp("2026-01-02T05:04:05+02:00")).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
        assertThat(ProjectPackaging.timestamp("1767323045")).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
    }

    @Test
    void unsetOrSingleCharacterTimestampMeansNow() {
        assertThat(Duration.between(ProjectPackaging.timestamp(null), Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
        assertThat(Duration.between(ProjectPackaging.timestamp("a"), Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
    }

    @Test
    void malformedTimestampNamesThePomProperty() {
        assertThatThrownBy(() -> ProjectPackaging.timestamp("yesterday")).hasMessageContaining("project.build.outputTimestamp");
    }
}
