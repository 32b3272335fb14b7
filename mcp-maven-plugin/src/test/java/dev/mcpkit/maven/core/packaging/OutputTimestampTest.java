package dev.mcpkit.maven.core.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class OutputTimestampTest {

    @Test
    void outputTimestampIsReadAsIsoOrAsSecondsSinceTheEpoch() {
        assertThat(OutputTimestamp.parse("2026-01-02T03:04:05Z")).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
        assertThat(OutputTimestamp.parse("2026-01-02T05:04:05+02:00")).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
        assertThat(OutputTimestamp.parse("1767323045")).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
    }

    @Test
    void unsetOrSingleCharacterTimestampMeansNow() {
        assertThat(Duration.between(OutputTimestamp.parse(null), Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
        assertThat(Duration.between(OutputTimestamp.parse("a"), Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
    }

    @Test
    void malformedTimestampNamesThePomProperty() {
        assertThatThrownBy(() -> OutputTimestamp.parse("yesterday")).hasMessageContaining("project.build.outputTimestamp");
    }
}
