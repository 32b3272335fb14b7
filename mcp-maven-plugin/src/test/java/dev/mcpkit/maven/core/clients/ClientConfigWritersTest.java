package dev.mcpkit.maven.core.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import dev.mcpkit.maven.core.describe.Setting;
import dev.mcpkit.maven.core.launch.EnvVar;
import dev.mcpkit.maven.core.launch.Header;
import dev.mcpkit.maven.core.launch.LaunchMode;
import dev.mcpkit.maven.core.launch.LaunchSpec;
import dev.mcpkit.maven.core.launch.LaunchSpecs;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class ClientConfigWritersTest {

    static final List<Setting> SETTINGS = List.of(
            Setting.of("WEATHER_API_KEY", "API key for the weather service", true, true),
            new Setting("WEATHER_UNITS", "Units", "string", false, false, "metric"),
            Setting.of("WEATHER_REGION", "Region", true, false),
            Setting.of("OPTIONAL_TOKEN", "Optional", false, true));

    static final LaunchSpec LAUNCHER = LaunchSpecs.launcher(Path.of("/opt/weather/bin/weather"), SETTINGS);

    @Test
    void registryKnowsEverySupportedClient() {
        assertThat(ClientConfigs.ids()).containsExactly("claude-desktop", "claude-code", "vscode", "cursor", "windsurf", "cursor-agent",
                "zed", "goose", "gemini", "codex", "opencode", "antigravity", "antigravity-cli", "junie", "jetbrains");
        assertThatThrownBy(() -> ClientConfigs.get("chatgpt")).hasMessageStartingWith("ChatGPT runs no server on your machine")
                .hasMessageContaining("--transport http");
        assertThatThrownBy(() -> ClientConfigs.get("emacs")).hasMessageContaining("use one of claude-desktop");
    }

    @Test
    void claudeDesktopSnippetHasCommandArgsAndPlaceholderForTheSecret() {
        ObjectNode doc = ClientConfigs.get("claude-desktop").snippet("weather", LAUNCHER);

        JsonNode entry = doc.path("mcpServers").path("weather");
        assertThat(entry.path("command").asString()).isEqualTo("/opt/weather/bin/weather");
        assertThat(entry.path("args").isArray()).isTrue();
        assertThat(entry.path("env").path("WEATHER_API_KEY").asString()).isEqualTo("${WEATHER_API_KEY}");
        assertThat(entry.path("env").path("WEATHER_UNITS").asString()).isEqualTo("metric");
        assertThat(entry.path("env").path("WEATHER_REGION").asString()).isEqualTo("${WEATHER_REGION}");
        assertThat(entry.path("env").has("OPTIONAL_TOKEN")).isFalse();
    }

    @Test
    void snippetTextIsTwoSpaceJsonWithOneArgumentPerLine() {
        LaunchSpec java = LaunchSpecs.javaJar(Path.of("/usr/lib/jvm/17/bin/java"), Path.of("/opt/w/weather.jar"), List.of(), List.of());
        String text = ClientConfigs.get("claude-desktop").snippetText("weather", java);

        assertThat(text).isEqualTo("{\n"
                + "  \"mcpServers\": {\n"
                + "    \"weather\": {\n"
                + "      \"command\": \"/usr/lib/jvm/17/bin/java\",\n"
                + "      \"args\": [\n"
                + "        \"-XX:+DisplayVMOutputToStderr\",\n"
                + "        \"-Xlog:disable\",\n"
                + "        \"-Xlog:all=warning:stderr\",\n"
                + "        \"-jar\",\n"
                + "        \"/opt/w/weather.jar\"\n"
                + "      ]\n"
                + "    }\n"
                + "  }\n"
                + "}\n");
    }

    @Test
    void cursorAndWindsurfUseEnvInterpolation() {
        for (String id : List.of("cursor", "windsurf")) {
            JsonNode env = ClientConfigs.get(id).snippet("weather", LAUNCHER).path("mcpServers").path("weather").path("env");
            assertThat(env.path("WEATHER_API_KEY").asString()).as(id).isEqualTo("${env:WEATHER_API_KEY}");
        }
    }

    @Test
    void claudeCodeEntryIsStdioAndItsCommandLineKeepsPlaceholdersLiteral() {
        JsonNode entry = ClientConfigs.get("claude-code").snippet("weather", LAUNCHER).path("mcpServers").path("weather");
        assertThat(entry.path("type").asString()).isEqualTo("stdio");
        assertThat(entry.path("env").path("WEATHER_API_KEY").asString()).isEqualTo("${WEATHER_API_KEY}");

        LaunchSpec jbang = LaunchSpecs.jbang(17, "com.example", "weather", "1.2.0", SETTINGS);
        assertThat(ClientConfigs.claudeMcpAddCommand("weather", jbang, null)).isEqualTo(
                "claude mcp add --transport stdio weather --env 'WEATHER_API_KEY=${WEATHER_API_KEY}' --env WEATHER_UNITS=metric"
                        + " --env 'WEATHER_REGION=${WEATHER_REGION}' -- jbang --quiet --java 17+ --runtime-option=-XX:+DisplayVMOutputToStderr --runtime-option=-Xlog:disable --runtime-option=-Xlog:all=warning:stderr com.example:weather:1.2.0");
        assertThat(ClientConfigs.claudeMcpAddScript("weather", jbang)).startsWith("#!/bin/sh\n").contains("claude mcp add");
    }

    @Test
    void vscodeUsesInputsWithPasswordForSecrets() {
        ObjectNode doc = ClientConfigs.get("vscode").snippet("weather", LAUNCHER);

        JsonNode entry = doc.path("servers").path("weather");
        assertThat(entry.path("type").asString()).isEqualTo("stdio");
        assertThat(entry.path("env").path("WEATHER_API_KEY").asString()).isEqualTo("${input:weather-weather-api-key}");
        JsonNode inputs = doc.path("inputs");
        assertThat(inputs.size()).isEqualTo(2);
        assertThat(inputs.get(0).path("type").asString()).isEqualTo("promptString");
        assertThat(inputs.get(0).path("id").asString()).isEqualTo("weather-weather-api-key");
        assertThat(inputs.get(0).path("description").asString()).isEqualTo("API key for the weather service");
        assertThat(inputs.get(0).path("password").asBoolean()).isTrue();
        assertThat(inputs.get(1).has("password")).as("non-secret input is not masked").isFalse();
    }

    @Test
    void vscodeRemoveDropsOnlyInputsNoOtherServerUses() throws Exception {
        ClientConfigWriter vscode = ClientConfigs.get("vscode");
        ObjectNode doc = vscode.snippet("weather", LAUNCHER);
        ((ObjectNode) doc.path("servers")).putObject("other").putObject("env").put("K", "${input:weather-weather-region}");
        doc.withArray("inputs").addObject().put("type", "promptString").put("id", "someone-else");

        assertThat(vscode.remove(doc, "weather")).isTrue();

        assertThat(doc.path("servers").has("weather")).isFalse();
        assertThat(doc.path("inputs").findValuesAsString("id")).containsExactly("weather-weather-region", "someone-else");
        assertThat(vscode.remove(doc, "weather")).isFalse();
    }

    @Test
    void zedUsesContextServersWithFlatCommandAndLeavesUserValuesToTheEnvironment() {
        JsonNode entry = ClientConfigs.get("zed").snippet("weather", LAUNCHER).path("context_servers").path("weather");
        assertThat(entry.path("command").asString()).isEqualTo("/opt/weather/bin/weather");
        assertThat(entry.path("args").isArray()).isTrue();
        assertThat(entry.path("env").path("WEATHER_UNITS").asString()).isEqualTo("metric");
        assertThat(entry.path("env").has("WEATHER_API_KEY")).as("Zed would pass a placeholder literally").isFalse();
        assertThat(ClientConfigs.get("zed").placeholders(LAUNCHER)).containsExactly("WEATHER_API_KEY", "WEATHER_REGION");
    }

    @Test
    void gooseYamlEntryKeepsSecretsOutOfTheFile() {
        String yaml = ClientConfigs.get("goose").snippetText("weather", LaunchSpecs.jbang(17, "com.example", "weather", "1.2.0", SETTINGS));

        assertThat(yaml).isEqualTo("extensions:\n"
                + "  weather:\n"
                + "    enabled: true\n"
                + "    type: stdio\n"
                + "    name: weather\n"
                + "    cmd: jbang\n"
                + "    args:\n"
                + "    - --quiet\n"
                + "    - --java\n"
                + "    - 17+\n"
                + "    - --runtime-option=-XX:+DisplayVMOutputToStderr\n"
                + "    - --runtime-option=-Xlog:disable\n"
                + "    - --runtime-option=-Xlog:all=warning:stderr\n"
                + "    - com.example:weather:1.2.0\n"
                + "    envs:\n"
                + "      WEATHER_UNITS: metric\n"
                + "    env_keys:\n"
                + "    - WEATHER_API_KEY\n"
                + "    - WEATHER_REGION\n"
                + "    timeout: 300\n"
                + "    bundled: null\n"
                + "    description: null\n");
    }

    @Test
    void addReplacesAnExistingEntryInPlace() throws Exception {
        ClientConfigWriter desktop = ClientConfigs.get("claude-desktop");
        ObjectNode doc = (ObjectNode) ConfigFormat.JSON.read(
                "{\"mcpServers\":{\"a\":{\"command\":\"a\"},\"weather\":{\"command\":\"old\"},\"z\":{\"command\":\"z\"}}}");

        desktop.add(doc, "weather", LAUNCHER);

        assertThat(doc.path("mcpServers").propertyNames()).containsExactly("a", "weather", "z");
        assertThat(doc.path("mcpServers").path("weather").path("command").asString()).isEqualTo("/opt/weather/bin/weather");
    }

    @Test
    void serversKeyThatIsNotAnObjectIsReported() throws Exception {
        ObjectNode doc = ConfigFormat.JSON.read("{\"mcpServers\":[]}");
        assertThatThrownBy(() -> ClientConfigs.get("cursor").add(doc, "weather", LAUNCHER))
                .hasMessageContaining("'mcpServers' is array, but Cursor expects an object of servers");
    }

    @Test
    void codexTablesPassTheSecretsFromItsEnvironmentAndReadBackAsWritten() throws Exception {
        ClientConfigWriter codex = ClientConfigs.get("codex");
        LaunchSpec spec = new LaunchSpec(LaunchMode.LAUNCHER, "/opt/weather app/bin/weather", List.of("--a=\"b\""),
                List.of(new EnvVar("WEATHER_API_KEY", null, "key", true), new EnvVar("WEATHER_UNITS", "metric", "units", false)));
        String text = codex.snippetText("weather", spec);
        assertThat(text).isEqualTo("[mcp_servers.weather]\n"
                + "command = \"/opt/weather app/bin/weather\"\n"
                + "args = [\"--a=\\\"b\\\"\"]\n"
                + "env_vars = [\"WEATHER_API_KEY\"]\n"
                + "\n"
                + "[mcp_servers.weather.env]\n"
                + "WEATHER_UNITS = \"metric\"\n");
        assertThat(ConfigFormat.TOML.read(text)).isEqualTo(codex.snippet("weather", spec));
        assertThat(codex.placeholders(spec)).containsExactly("WEATHER_API_KEY");
    }

    @Test
    void opencodeRunsOneCommandArrayAndExpandsItsOwnEnvironment() {
        ObjectNode doc = ClientConfigs.get("opencode").snippet("weather", new LaunchSpec(LaunchMode.LAUNCHER, "/opt/w/bin/weather",
                List.of("--x"), List.of(new EnvVar("WEATHER_API_KEY", null, "key", true))));
        assertThat(doc.toString()).isEqualTo("{\"mcp\":{\"weather\":{\"type\":\"local\",\"command\":[\"/opt/w/bin/weather\",\"--x\"],"
                + "\"environment\":{\"WEATHER_API_KEY\":\"{env:WEATHER_API_KEY}\"},\"enabled\":true}}}");
    }

    @Test
    void oneLineInstallsCarryTheReleasedCoordinatesAndNoSecret() throws Exception {
        LaunchSpec jbang = LaunchSpecs.jbang(17, "com.example", "weather", "1.2.0", List.of(
                Setting.of("WEATHER_API_KEY", "API key", true, true), new Setting("WEATHER_UNITS", "Units", "string", false, false, "metric")));
        List<InstallLines.Line> lines = InstallLines.of("weather", "Forecasts & alerts", jbang);
        assertThat(lines).extracting(InstallLines.Line::client)
                .containsExactly("Cursor", "VS Code", "VS Code", "Goose", "Claude Code", "Gemini CLI", "Codex");
        assertThat(lines).allSatisfy(line -> assertThat(line.text()).doesNotContain("WEATHER_API_KEY"));
        assertThat(lines).filteredOn(line -> line.kind().equals("command"))
                .allSatisfy(line -> assertThat(line.text()).contains("com.example:weather:1.2.0"));

        String cursor = lines.get(0).text();
        assertThat(cursor).startsWith("cursor://anysphere.cursor-deeplink/mcp/install?name=weather&config=");
        JsonNode cursorEntry = JSON.readTree(java.util.Base64.getDecoder().decode(cursor.substring(cursor.indexOf("config=") + 7)));
        assertThat(cursorEntry.path("type").asString()).isEqualTo("stdio");
        assertThat(cursorEntry.path("command").asString()).isEqualTo("jbang");
        assertThat(cursorEntry.path("env").path("WEATHER_UNITS").asString()).isEqualTo("metric");

        String vscode = lines.get(1).text();
        JsonNode vscodeEntry = JSON.readTree(java.net.URLDecoder.decode(vscode.substring("vscode:mcp/install?".length()),
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(vscodeEntry.path("name").asString()).isEqualTo("weather");
        assertThat(vscodeEntry.path("args").get(vscodeEntry.path("args").size() - 1).asString()).isEqualTo("com.example:weather:1.2.0");
        assertThat(vscode).doesNotContain("+").doesNotContain(" ");
        assertThat(lines.get(2).text()).startsWith("code --add-mcp '{\"name\":\"weather\",\"type\":\"stdio\"");

        assertThat(lines.get(3).text()).startsWith("goose://extension?cmd=jbang&arg=--quiet&arg=--java&arg=17%2B&arg=")
                .contains("&id=weather&name=weather&description=Forecasts%20%26%20alerts&env=WEATHER_UNITS%3Dmetric");
        assertThat(lines.get(4).text()).startsWith("claude mcp add --transport stdio --scope user weather --env WEATHER_UNITS=metric -- jbang ");
        assertThat(lines.get(5).text()).startsWith("gemini mcp add --scope user -e WEATHER_UNITS=metric weather jbang --quiet");
        assertThat(lines.get(6).text()).startsWith("codex mcp add weather --env WEATHER_UNITS=metric -- jbang --quiet");
    }

    static final LaunchSpec REMOTE = LaunchSpecs.remote("https://weather.example.com/mcp",
            List.of(Header.parse("Authorization: Bearer {env:WEATHER_TOKEN}"), Header.parse("X-Region: eu")));

    private static JsonNode remoteEntry(String client) {
        ClientConfigWriter writer = ClientConfigs.get(client);
        return writer.snippet("weather", REMOTE).path(writer.serversKey()).path("weather");
    }

    @Test
    void aServerAtAUrlGetsEachClientsRemoteEntryWithItsPlaceholderForTheToken() {
        String url = "https://weather.example.com/mcp";
        assertThat(remoteEntry("claude-code").toString()).isEqualTo("{\"type\":\"http\",\"url\":\"" + url
                + "\",\"headers\":{\"Authorization\":\"Bearer ${WEATHER_TOKEN}\",\"X-Region\":\"eu\"}}");
        assertThat(remoteEntry("cursor").path("headers").path("Authorization").asString()).isEqualTo("Bearer ${env:WEATHER_TOKEN}");
        assertThat(remoteEntry("cursor").path("type").asString()).isEqualTo("http");
        assertThat(remoteEntry("windsurf").path("serverUrl").asString()).isEqualTo(url);
        assertThat(remoteEntry("antigravity").path("serverUrl").asString()).isEqualTo(url);
        assertThat(remoteEntry("gemini").path("httpUrl").asString()).isEqualTo(url);
        assertThat(remoteEntry("junie").has("type")).isFalse();
        assertThat(remoteEntry("junie").path("url").asString()).isEqualTo(url);
        assertThat(remoteEntry("jetbrains").path("type").asString()).isEqualTo("http");
        assertThat(remoteEntry("opencode").toString()).isEqualTo("{\"type\":\"remote\",\"url\":\"" + url
                + "\",\"headers\":{\"Authorization\":\"Bearer {env:WEATHER_TOKEN}\",\"X-Region\":\"eu\"},\"enabled\":true}");
        assertThat(remoteEntry("codex").toString()).isEqualTo("{\"url\":\"" + url
                + "\",\"bearer_token_env_var\":\"WEATHER_TOKEN\",\"http_headers\":{\"X-Region\":\"eu\"}}");
        JsonNode goose = remoteEntry("goose");
        assertThat(goose.path("type").asString()).isEqualTo("streamable_http");
        assertThat(goose.path("uri").asString()).isEqualTo(url);
        assertThat(goose.path("env_keys").toString()).isEqualTo("[\"WEATHER_TOKEN\"]");

        ObjectNode vscode = ClientConfigs.get("vscode").snippet("weather", REMOTE);
        assertThat(vscode.path("servers").path("weather").path("headers").path("Authorization").asString())
                .isEqualTo("Bearer ${input:weather-weather-token}");
        assertThat(vscode.path("inputs").get(0).path("password").asBoolean()).isTrue();

        assertThat(ClientConfigs.get("zed").snippet("weather", LaunchSpecs.remote(url, List.of())).path("context_servers").path("weather")
                .toString()).isEqualTo("{\"url\":\"" + url + "\"}");
        assertThatThrownBy(() -> ClientConfigs.get("zed").snippet("weather", REMOTE)).hasMessageContaining("Zed reads no header value");
        assertThatThrownBy(() -> ClientConfigs.get("claude-desktop").snippet("weather", REMOTE))
                .hasMessageContaining("Settings → Connectors → Add custom connector, with " + url);
        for (ClientConfigWriter writer : ClientConfigs.all()) {
            if (!List.of("zed", "claude-desktop").contains(writer.id())) {
                assertThat(writer.snippetText("weather", REMOTE)).as(writer.id()).doesNotContain("\"command\"").contains(url);
            }
        }
    }

    @Test
    void aRemoteEntryRefusesACredentialWrittenOutAndPlainHttpToAnotherMachine() {
        assertThatThrownBy(() -> Header.parse("Authorization: Bearer abc123")).hasMessageContaining("would put a credential into the client's file")
                .hasMessageContaining("Bearer {env:API_TOKEN}");
        assertThatThrownBy(() -> Header.parse("X-Api-Key: abc123")).hasMessageContaining("X-Api-Key: {env:API_TOKEN}");
        assertThatThrownBy(() -> Header.parse("no colon")).hasMessageContaining("'Name: value'");
        assertThatThrownBy(() -> LaunchSpecs.remote("http://weather.example.com/mcp", List.of())).hasMessageContaining("in clear");
        assertThatThrownBy(() -> LaunchSpecs.remote("weather.example.com/mcp", List.of())).hasMessageContaining("-Dmcp.url=https://");
        assertThat(LaunchSpecs.remote("http://127.0.0.1:8080/mcp", List.of()).url()).isEqualTo("http://127.0.0.1:8080/mcp");
        assertThatThrownBy(() -> ClientConfigs.get("codex").snippet("weather", LaunchSpecs.remote("https://w.example/mcp",
                List.of(Header.parse("X-Api-Key: key {env:K}"))))).hasMessageContaining("\"X-Api-Key: {env:KEY}\"");
    }

    @Test
    void theClientsOwnCommandsAddAServerAtAUrl() {
        assertThat(ClientCommands.add("claude-code", "weather", REMOTE, true).steps().get(1).line()).isEqualTo("claude mcp add --transport http"
                + " --scope user weather https://weather.example.com/mcp --header 'Authorization: Bearer ${WEATHER_TOKEN}' --header 'X-Region: eu'");
        assertThat(ClientCommands.add("gemini", "weather", REMOTE, false).steps().get(0).line()).isEqualTo("gemini mcp add --scope project"
                + " --transport http -H 'Authorization: Bearer ${WEATHER_TOKEN}' -H 'X-Region: eu' weather https://weather.example.com/mcp");
        assertThat(ClientCommands.add("codex", "weather", REMOTE, true).whyNot()).contains("Authorization: Bearer {env:KEY}");
        LaunchSpec bearer = LaunchSpecs.remote("https://weather.example.com/mcp", List.of(Header.parse("Authorization: Bearer {env:T}")));
        assertThat(ClientCommands.add("codex", "weather", bearer, true).steps().get(0).line())
                .isEqualTo("codex mcp add weather --url https://weather.example.com/mcp --bearer-token-env-var T");
        assertThat(ClientCommands.add("vscode", "weather", LaunchSpecs.remote("https://weather.example.com/mcp", List.of()), true).steps()
                .get(0).line()).isEqualTo("code --add-mcp '{\"name\":\"weather\",\"type\":\"http\",\"url\":\"https://weather.example.com/mcp\"}'");
        assertThat(ClientCommands.add("vscode", "weather", REMOTE, true).possible()).isFalse();
    }

    private static final tools.jackson.databind.ObjectMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();
}
