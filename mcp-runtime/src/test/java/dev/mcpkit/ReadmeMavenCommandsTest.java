package dev.mcpkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The goal prefix {@code mcp} resolves only in a project whose POM declares the plugin (or with a
 * {@code <pluginGroup>}), so the READMEs use it only after showing such a POM, and name the plugin in full elsewhere.
 */
class ReadmeMavenCommandsTest {

    /** A command line using the short prefix, e.g. {@code mvn -q mcp:config} or {@code mvn compile mcp:docs}. */
    private static final Pattern SHORT_PREFIX_COMMAND = Pattern.compile("mvn[^`\\n]*?\\smcp:[a-z-]+");
    private static final Pattern FULL_COORDINATES = Pattern.compile("dev\\.mcpkit:mcp-maven-plugin:([^:\\s`]+):[a-z-]+");
    private static final Pattern POM_BLOCK = Pattern.compile("```xml\n(<\\?xml.*?<project .*?</project>\n)```", Pattern.DOTALL);
    private static final String PLUGIN_GROUP = "<pluginGroups><pluginGroup>dev.mcpkit</pluginGroup></pluginGroups>";

    @Test
    void rootReadmeShowsAPomDeclaringThePluginBeforeAnyShortPrefixCommand() throws Exception {
        String readme = Files.readString(RootReadme.path());
        Matcher pom = POM_BLOCK.matcher(readme);
        assertThat(pom.find()).as("README shows the first server's whole pom.xml").isTrue();
        Document document = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder().parse(new ByteArrayInputStream(pom.group(1).getBytes(StandardCharsets.UTF_8)));
        String declared = (String) XPathFactory.newInstance().newXPath().evaluate(
                "/project/build/plugins/plugin[groupId='dev.mcpkit' and artifactId='mcp-maven-plugin']/version",
                document, XPathConstants.STRING);
        assertThat(declared).as("the README's POM declares mcp-maven-plugin in build/plugins").isEqualTo(projectVersion());

        Matcher command = SHORT_PREFIX_COMMAND.matcher(readme);
        while (command.find()) {
            assertThat(command.start()).as("README: `" + command.group() + "` before the POM that declares the plugin; "
                    + "use dev.mcpkit:mcp-maven-plugin:<version>:<goal> there").isGreaterThan(pom.start());
        }
        assertThat(readme).as("README tells how to use the short prefix everywhere").contains(PLUGIN_GROUP);
        assertThat(readme.substring(0, pom.start())).as("README names the plugin in full before its POM")
                .containsPattern(FULL_COORDINATES);
    }

    @Test
    void pluginReadmeSaysWhereTheShortPrefixWorksBeforeUsingIt() throws Exception {
        String readme = Files.readString(RootReadme.repository().resolve("mcp-maven-plugin/README.md"));
        Matcher first = SHORT_PREFIX_COMMAND.matcher(readme);
        assertThat(first.find()).isTrue();
        assertThat(readme.substring(0, first.start())).as("mcp-maven-plugin/README.md before `" + first.group() + "`")
                .containsPattern(FULL_COORDINATES).contains(PLUGIN_GROUP);
    }

    @Test
    void fullCoordinatesNameThisVersion() throws Exception {
        for (String file : new String[] {"README.md", "mcp-maven-plugin/README.md", "it/bench/README.md"}) {
            Matcher coordinates = FULL_COORDINATES.matcher(Files.readString(RootReadme.repository().resolve(file)));
            while (coordinates.find()) {
                assertThat(coordinates.group(1)).as(file + ": " + coordinates.group()).isEqualTo(projectVersion());
            }
        }
    }

    /** The toolkit's version: the first {@code <version>} of the root POM, which has no parent. */
    private static String projectVersion() throws Exception {
        Path pom = RootReadme.repository().resolve("pom.xml");
        Matcher version = Pattern.compile("<version>([^<]+)</version>").matcher(Files.readString(pom));
        assertThat(version.find()).isTrue();
        return version.group(1);
    }
}
