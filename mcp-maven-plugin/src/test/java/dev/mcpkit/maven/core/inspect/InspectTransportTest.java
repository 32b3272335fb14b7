package dev.mcpkit.maven.core.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;

import org.junit.jupiter.api.Test;

class InspectTransportTest {

    @Test
    void stdioUnlessHttpIsAskedForOrAUrlIsGiven() {
        assertThat(InspectTransport.of(null, null)).isEqualTo(new InspectTransport(false, null));
        assertThat(InspectTransport.of("stdio", "")).isEqualTo(new InspectTransport(false, null));
        assertThat(InspectTransport.of(" HTTP ", null)).isEqualTo(new InspectTransport(true, null));
        assertThat(InspectTransport.of("stdio", "http://127.0.0.1:9000/mcp"))
                .isEqualTo(new InspectTransport(true, URI.create("http://127.0.0.1:9000/mcp")));
    }

    @Test
    void anUnknownTransportOrAUrlThatIsNotAnHttpEndpointSaysWhatToSet() {
        assertThatThrownBy(() -> InspectTransport.of("sse", null)).hasMessage("unknown transport 'sse': set mcp.transport to stdio or http");
        assertThatThrownBy(() -> InspectTransport.of("http", "localhost:9000")).hasMessageContaining("such as http://127.0.0.1:8080/mcp");
        assertThatThrownBy(() -> InspectTransport.of("http", "ftp://host/mcp")).hasMessageContaining("not 'ftp://host/mcp'");
        assertThatThrownBy(() -> InspectTransport.of("http", "http://exa mple/")).hasMessageContaining("mcp.url");
    }
}
