package dev.mcpkit;

/** A server whose tools fall into toolsets, some read-only, started as a real process by {@link ToolExposureProcessTest}. */
public final class ToolsetFixture extends McpServer {

    @Tool(description = "Searches issues", toolset = "issues", readOnly = true)
    public String search(@Arg(name = "query", description = "What to find") String query) {
        return "found " + query;
    }

    @Tool(description = "Closes an issue", toolset = "issues")
    public String closeIssue(@Arg(name = "number", description = "The issue") int number) {
        return "closed " + number;
    }

    @Tool(description = "Lists repositories", toolset = "repos", readOnly = true)
    public String listRepos() {
        return "mcpkit";
    }

    @Tool(description = "Who is asking", readOnly = true)
    public String whoami() {
        return "you";
    }

    @Tool(description = "Deletes everything")
    public String deleteEverything() {
        return "deleted";
    }

    public static void main(String[] args) {
        new ToolsetFixture().run(args);
    }
}
