package dev.mcpkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void methodNamesBecomeSnakeCase() {
        assertThat(Names.snakeCase("getWeather")).isEqualTo("get_weather");
        assertThat(Names.snakeCase("parseURLQuickly")).isEqualTo("parse_url_quickly");
        assertThat(Names.snakeCase("echo")).isEqualTo("echo");
        assertThat(Names.snakeCase("already_snake")).isEqualTo("already_snake");
        assertThat(Names.snakeCase("v2Api")).isEqualTo("v2_api");
    }

    @Test
    void serverNamesComeFromTheClassName() {
        class WeatherServer {
        }
        class GitHubMcpServer {
        }
        class Tools {
        }
        assertThat(Names.serverName(WeatherServer.class)).isEqualTo("weather");
        assertThat(Names.serverName(GitHubMcpServer.class)).isEqualTo("git-hub-mcp");
        assertThat(Names.serverName(Tools.class)).isEqualTo("tools");
    }

    @Test
    void toolNamesFollowTheSpecRecommendation() {
        assertThat(Names.isValidToolName("get_weather.v2-beta")).isTrue();
        assertThat(Names.isValidToolName("has space")).isFalse();
        assertThat(Names.isValidToolName("")).isFalse();
        assertThat(Names.isValidToolName("x".repeat(129))).isFalse();
    }
}
