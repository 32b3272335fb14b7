package dev.mcpkit.oauth;

import dev.mcpkit.Arg;
import dev.mcpkit.Caller;
import dev.mcpkit.McpServer;
import dev.mcpkit.RequestContext;
import dev.mcpkit.Tool;

/** A server whose tools say who called them; one needs a scope of its own. Run by the tests as a process. */
public class OAuthFixtureServer extends McpServer {

    @Tool(description = "Who is calling", readOnly = true)
    public String whoami(RequestContext ctx) {
        Caller caller = ctx.caller().orElse(null);
        return caller == null ? "nobody" : caller.subject() + " via " + caller.clientId() + " with " + caller.scopes().stream().sorted().toList();
    }

    @Tool(description = "Writes a note", destructive = false, scopes = "notes:write")
    public String writeNote(@Arg(name = "text", description = "The note") String text) {
        return "written: " + text;
    }

    public static void main(String[] args) {
        new OAuthFixtureServer().run(args);
    }
}
