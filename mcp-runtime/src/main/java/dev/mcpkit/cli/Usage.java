package dev.mcpkit.cli;

/** The usage text of every server's command line. */
public final class Usage {

    private Usage() {
    }

    public static String text(String command) {
        return "Usage: " + command + " [options]\n"
                + "\n"
                + "Runs the MCP server. With no options it serves MCP over stdio: an MCP client\n"
                + "(Claude Desktop, Claude Code, VS Code, Cursor...) starts it and talks JSON-RPC\n"
                + "on its stdin/stdout.\n"
                + "\n"
                + "Options:\n"
                + "  --version              print the server name and version, then exit\n"
                + "  --help, -h             print this help, then exit\n"
                + "  --validate-config      check every setting and say how to fix what is missing\n"
                + "  --setup                enter the settings interactively and store them safely\n"
                + "  --setup --non-interactive KEY=VALUE...\n"
                + "                         store settings without prompting (for scripts)\n"
                + "  --describe             print the server's tools, resources, prompts and\n"
                + "                         settings as JSON (used by the mcpkit Maven plugin)\n"
                + "  --transport http       serve MCP over Streamable HTTP at http://HOST:PORT/mcp\n"
                + "                         instead of stdio (the address goes to stderr)\n"
                + "  --host HOST            the address to bind with --transport http\n"
                + "                         (default 127.0.0.1: this machine only)\n"
                + "  --port PORT            the port for --transport http (default 8080;\n"
                + "                         0 picks a free one)\n"
                + "  --toolsets A,B         expose only the tools of these toolsets (and those\n"
                + "                         in none); all: every toolset (the default)\n"
                + "  --read-only            expose only the tools marked read-only\n"
                + "  --dynamic-toolsets     let the client list and enable toolsets while\n"
                + "                         connected (list_toolsets, enable_toolset)\n"
                + "\n"
                + "MCP_TRANSPORT, MCP_HOST, MCP_PORT, MCP_TOOLSETS, MCP_READ_ONLY=true and\n"
                + "MCP_DYNAMIC_TOOLSETS=true do the same where the command cannot change (a\n"
                + "container, a client's configuration): in the environment or a .env file,\n"
                + "read like the settings below. The command line wins over them.\n";
    }
}
