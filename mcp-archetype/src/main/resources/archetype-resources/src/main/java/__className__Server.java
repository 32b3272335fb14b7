package ${package};

import dev.mcpkit.Arg;
import dev.mcpkit.McpServer;
import dev.mcpkit.Prompt;
import dev.mcpkit.Resource;
import dev.mcpkit.ServerInfo;
import ${package}.tools.TextTools;

/**
 * The ${serverName} MCP server: its tools live in {@link TextTools}; this class adds a resource, a prompt
 * and the command line ({@code --help}, {@code --version}, {@code --setup}, {@code --validate-config},
 * {@code --describe}, and serving MCP over stdio when started without arguments).
 */
#set( $javaDescription = $description.replace('\', '\\').replace('"', '\"') )
#set( $title = "" )
#foreach( $word in $serverName.split("-") )
#if( $word.length() > 0 )
#set( $title = "$title ${word.substring(0,1).toUpperCase()}${word.substring(1)}" )
#end
#end
@ServerInfo(name = "${serverName}", title = "${title.trim()}",
        description = "${javaDescription}",
        instructions = "Use word_count to measure a text and sign to sign a message with the configured key.")
public class ${className}Server extends McpServer {

    public ${className}Server() {
        this(new TextTools());
    }

    /** A server with these tools; tests pass their own to set its settings. */
    public ${className}Server(TextTools tools) {
        register(tools);
    }

    @Resource(uri = "info://about", name = "about", mimeType = "text/markdown",
            description = "What this server offers")
    public String about() {
        return "# ${serverName}\n${javaDescription}\n\nTools: word_count, sign. Prompt: improve_text.\n";
    }

    @Prompt(name = "improve_text", description = "Ask the model to improve a text, measuring it first")
    public String improveText(@Arg(description = "The text to improve") String text) {
        return "Call word_count on the text below, then suggest a clearer version with fewer words.\n\n" + text;
    }

    public static void main(String[] args) {
        new ${className}Server().run(args);
    }
}
