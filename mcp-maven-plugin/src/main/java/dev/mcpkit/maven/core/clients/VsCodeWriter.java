package dev.mcpkit.maven.core.clients;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.mcpkit.maven.core.launch.EnvVar;
import dev.mcpkit.maven.core.launch.LaunchSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * VS Code's {@code mcp.json}: {@code servers} entries of {@code "type": "stdio"}, and for every value the user
 * supplies an {@code inputs} entry ({@code promptString}, {@code password: true} for secrets) referenced as
 * {@code ${input:<id>}}; VS Code asks once and stores it securely.
 * Source: code.visualstudio.com/docs/copilot/reference/mcp-configuration.
 */
final class VsCodeWriter extends ServerMapWriter {

    private static final Pattern INPUT_REF = Pattern.compile("\\$\\{input:([^}]+)}");

    VsCodeWriter() {
        super("vscode", "VS Code", "servers", ConfigFormat.JSONC);   // VS Code reads mcp.json as JSON with comments
    }

    static String inputId(String serverName, String key) {
        return (serverName + "-" + key).toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    ObjectNode entry(String name, LaunchSpec spec) {
        ObjectNode entry = JsonNodeFactory.instance.objectNode();
        entry.put("type", "stdio");
        return commandEntry(entry, name, spec, "command", "env");
    }

    @Override
    String placeholder(String serverName, EnvVar var) {
        return "${input:" + inputId(serverName, var.key()) + "}";
    }

    @Override
    public void add(ObjectNode document, String name, LaunchSpec spec) throws MalformedConfigException {
        super.add(document, name, spec);
        List<ObjectNode> wanted = new ArrayList<>();
        for (EnvVar var : spec.env()) {
            if (var.isPlaceholder()) {
                ObjectNode input = JsonNodeFactory.instance.objectNode();
                input.put("type", "promptString");
                input.put("id", inputId(name, var.key()));
                input.put("description", var.description() == null ? var.key() : var.description());
                if (var.secret()) {
                    input.put("password", true);
                }
                wanted.add(input);
            }
        }
        if (wanted.isEmpty()) {
            return;
        }
        ArrayNode inputs = inputs(document, true);
        for (ObjectNode input : wanted) {
            int at = indexOf(inputs, input.get("id").stringValue());
            if (at >= 0) {
                inputs.set(at, input);
            } else {
                inputs.add(input);
            }
        }
    }

    /** Removes the server and the inputs only it referred to; inputs another server uses stay. */
    @Override
    public boolean remove(ObjectNode document, String name) throws MalformedConfigException {
        ObjectNode servers = servers(document, false);
        JsonNode entry = servers == null ? null : servers.get(name);
        if (entry == null) {
            return false;
        }
        Set<String> ours = references(entry);
        servers.remove(name);
        for (JsonNode other : servers.values()) {
            ours.removeAll(references(other));
        }
        ArrayNode inputs = inputs(document, false);
        if (inputs != null) {
            for (Iterator<JsonNode> it = inputs.values().iterator(); it.hasNext(); ) {
                JsonNode input = it.next();
                if (ours.contains(input.path("id").asString(""))) {
                    it.remove();
                }
            }
        }
        return true;
    }

    private static Set<String> references(JsonNode entry) {
        Set<String> ids = new HashSet<>();
        Matcher m = INPUT_REF.matcher(entry.toString());
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static int indexOf(ArrayNode inputs, String id) {
        for (int i = 0; i < inputs.size(); i++) {
            if (id.equals(inputs.get(i).path("id").asString(""))) {
                return i;
            }
        }
        return -1;
    }

    private static ArrayNode inputs(ObjectNode document, boolean create) throws MalformedConfigException {
        JsonNode inputs = document.get("inputs");
        if (inputs == null || inputs.isNull()) {
            return create ? document.putArray("inputs") : null;
        }
        if (!inputs.isArray()) {
            throw new MalformedConfigException("'inputs' is not an array, but VS Code expects a list of inputs", -1, -1);
        }
        return (ArrayNode) inputs;
    }
}
