package dev.mcpkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class InvocationTest {

    @Test
    void noArgumentsMeansServeStdio() throws Exception {
        Invocation inv = Invocation.parse(new String[0]);
        assertThat(inv.action()).isEqualTo(Invocation.Action.SERVE);
        assertThat(inv.transport()).as("not given: the settings or the default decide").isNull();
        assertThat(inv.host()).isNull();
        assertThat(inv.port()).isNull();
    }

    @Test
    void actionFlagsAndTransportOptionsParse() throws Exception {
        assertThat(Invocation.parse(new String[] {"--describe"}).action()).isEqualTo(Invocation.Action.DESCRIBE);
        Invocation http = Invocation.parse(new String[] {"--transport=http", "--host", "0.0.0.0", "--port", "9000"});
        assertThat(http.transport()).isEqualTo("http");
        assertThat(http.host()).isEqualTo("0.0.0.0");
        assertThat(http.port()).isEqualTo(9000);
        Invocation setup = Invocation.parse(new String[] {"--setup", "--non-interactive", "A=1", "B=x=y"});
        assertThat(setup.nonInteractive()).isTrue();
        assertThat(setup.setupValues()).isEqualTo(List.of("A=1", "B=x=y"));
    }

    @Test
    void mistakesAreUsageErrorsThatSayWhatIsWrong() {
        assertThatThrownBy(() -> Invocation.parse(new String[] {"--nope"})).hasMessageContaining("--nope");
        assertThatThrownBy(() -> Invocation.parse(new String[] {"--port", "70000"})).hasMessageContaining("65535");
        assertThatThrownBy(() -> Invocation.parse(new String[] {"--port"})).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> Invocation.parse(new String[] {"--transport", "sse"})).hasMessageContaining("stdio or http");
        assertThatThrownBy(() -> Invocation.parse(new String[] {"--version", "--help"})).hasMessageContaining("cannot be combined");
        assertThatThrownBy(() -> Invocation.parse(new String[] {"--non-interactive"})).hasMessageContaining("--setup");
        assertThatThrownBy(() -> Invocation.parse(new String[] {"A=1"})).hasMessageContaining("A=1");
    }
}
