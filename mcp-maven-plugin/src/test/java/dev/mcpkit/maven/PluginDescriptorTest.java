package dev.mcpkit.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Pins the plugin's promises from the generated descriptor: goal prefix {@code mcp}, and for every user
 * parameter of every goal a description and an {@code mcp.*} property, so {@code -Dmcp.<name>} works.
 */
class PluginDescriptorTest {

    /** Lists of elements cannot be given as one property; these are documented as POM-only. */
    private static final Set<String> POM_ONLY = Set.of("settings", "skipChecks", "allowedSecrets");

    private static Document descriptor() throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("target/classes/META-INF/maven/plugin.xml").toFile());
    }

    @Test
    void goalPrefixIsMcp() throws Exception {
        assertThat(descriptor().getDocumentElement().getElementsByTagName("goalPrefix").item(0).getTextContent()).isEqualTo("mcp");
    }

    @Test
    void everyUserParameterHasADescriptionAndAnMcpProperty() throws Exception {
        List<String> problems = new ArrayList<>();
        NodeList mojos = descriptor().getElementsByTagName("mojo");
        int checked = 0;
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            String goal = mojo.getElementsByTagName("goal").item(0).getTextContent();
            if (goal.equals("help")) {
                continue;
            }
            Element configuration = (Element) mojo.getElementsByTagName("configuration").item(0);
            NodeList parameters = ((Element) mojo.getElementsByTagName("parameters").item(0)).getElementsByTagName("parameter");
            for (int j = 0; j < parameters.getLength(); j++) {
                Element parameter = (Element) parameters.item(j);
                String name = parameter.getElementsByTagName("name").item(0).getTextContent();
                boolean editable = Boolean.parseBoolean(parameter.getElementsByTagName("editable").item(0).getTextContent());
                if (!editable) {
                    continue;
                }
                checked++;
                String description = parameter.getElementsByTagName("description").getLength() == 0 ? ""
                        : parameter.getElementsByTagName("description").item(0).getTextContent();
                if (description.isBlank()) {
                    problems.add(goal + "." + name + " has no description");
                }
                NodeList expression = configuration.getElementsByTagName(name);
                String value = expression.getLength() == 0 ? "" : expression.item(0).getTextContent();
                if (!POM_ONLY.contains(name) && !value.startsWith("${mcp.")) {
                    problems.add(goal + "." + name + " has no mcp.* property");
                }
            }
        }
        assertThat(checked).isGreaterThan(20);
        assertThat(problems).isEmpty();
    }

    @Test
    void configAndInstallHaveTheirOwnSkipBesidesTheGlobalOne() throws Exception {
        String xml = java.nio.file.Files.readString(Path.of("target/classes/META-INF/maven/plugin.xml"));
        assertThat(xml).contains("${mcp.skip}").contains("${mcp.config.skip}").contains("${mcp.install.skip}");
    }
}
