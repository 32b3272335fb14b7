package dev.mcpkit.maven.core.describe;

import java.util.List;
import java.util.Optional;

/** Everything the plugin knows about a server, from {@code --describe} or from a handshake. */
public record ServerDescriptor(ServerInfo server, List<String> protocolVersions, List<Tool> tools,
                               List<Resource> resources, List<Resource> resourceTemplates, List<Prompt> prompts,
                               List<Setting> settings) {

    public ServerDescriptor {
        protocolVersions = List.copyOf(protocolVersions);
        tools = List.copyOf(tools);
        resources = List.copyOf(resources);
        resourceTemplates = List.copyOf(resourceTemplates);
        prompts = List.copyOf(prompts);
        settings = List.copyOf(settings);
    }

    public Optional<Setting> setting(String key) {
        return settings.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** The same server with other settings (a handshake learns none; the plugin configuration declares them). */
    public ServerDescriptor withSettings(List<Setting> declared) {
        return new ServerDescriptor(server, protocolVersions, tools, resources, resourceTemplates, prompts, declared);
    }
}
