package dev.mcpkit.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.mcpkit.mcp_maven_plugin.HelpMojo;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

/** What {@code mvn mcp:help -Ddetail} prints: each goal lists only the parameters it uses. */
@MojoTest
class HelpDetailTest {

    private static final String POM = "src/test/resources/unit/install/pom.xml";

    /** The help text, cut into one section per goal ("mcp:config" ... up to the next goal). */
    private static Map<String, String> sections(HelpMojo help) throws Exception {
        StringBuilder text = new StringBuilder();
        help.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                text.append(content).append('\n');
            }
        });
        help.execute();
        Map<String, String> sections = new LinkedHashMap<>();
        String goal = null;
        for (String line : text.toString().split("\n")) {
            if (line.startsWith("mcp:")) {
                goal = line.trim();
                sections.put(goal, "");
            } else if (goal != null) {
                sections.put(goal, sections.get(goal) + line + "\n");
            }
        }
        return sections;
    }

    @Test
    @InjectMojo(goal = "help", pom = POM)
    @MojoParameter(name = "detail", value = "true")
    void clientLaunchAndScopeAreListedOnlyForConfigAndInstall(HelpMojo help) throws Exception {
        Map<String, String> sections = sections(help);
        assertThat(sections.keySet()).contains("mcp:config", "mcp:install", "mcp:run", "mcp:inspect", "mcp:docs", "mcp:package",
                "mcp:package-no-fork", "mcp:validate");
        sections.forEach((goal, text) -> {
            boolean clientGoal = goal.equals("mcp:config") || goal.equals("mcp:install");
            for (String property : new String[] {"mcp.client", "mcp.launch", "mcp.scope", "mcp.jar"}) {
                assertThat(text.contains("User property: " + property + "\n")).as(goal + " lists " + property).isEqualTo(clientGoal);
            }
        });
    }
}
