package dev.mcpkit.model;

import java.util.List;

/** Naming rules: method names to MCP names, class names to server names. */
public final class Names {

    private Names() {
    }

    /** {@code getWeather} becomes {@code get_weather}, {@code parseURL} becomes {@code parse_url}. */
    public static String snakeCase(String javaName) {
        StringBuilder sb = new StringBuilder(javaName.length() + 4);
        for (int i = 0; i < javaName.length(); i++) {
            char c = javaName.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean prevLower = i > 0 && !Character.isUpperCase(javaName.charAt(i - 1)) && javaName.charAt(i - 1) != '_';
                boolean nextLower = i + 1 < javaName.length() && Character.isLowerCase(javaName.charAt(i + 1));
                boolean prevUpper = i > 0 && Character.isUpperCase(javaName.charAt(i - 1));
                if (prevLower || (prevUpper && nextLower)) {
                    sb.append('_');
                }
                sb.append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** {@code WeatherServer} becomes {@code weather}, {@code GitHubMcpServer} becomes {@code git-hub-mcp}. */
    public static String serverName(Class<?> serverClass) {
        String simple = serverClass.getSimpleName();
        if (simple.isEmpty()) {
            simple = "mcp-server";
        }
        if (simple.endsWith("Server") && simple.length() > "Server".length()) {
            simple = simple.substring(0, simple.length() - "Server".length());
        }
        return snakeCase(simple).replace('_', '-');
    }

    /** True for tool names MCP recommends: 1-128 characters of {@code A-Za-z0-9_.-}. */
    /**
     * The problem with a toolset name, or null: like a tool name (1-128 of A-Z a-z 0-9 _ . -), and not {@code all},
     * which names every toolset. Empty, no toolset, is fine.
     */
    public static String toolsetProblem(String toolset) {
        if (toolset.isEmpty() || isValidToolName(toolset) && !toolset.equals(ToolExposure.EVERY_TOOLSET)) {
            return null;
        }
        return "toolset '" + toolset + "' must be 1-128 characters of A-Z a-z 0-9 _ . - and not '" + ToolExposure.EVERY_TOOLSET + "'";
    }

    /**
     * The problem with a tool's OAuth scopes, or null: each is a scope token of RFC 6749 (one or more printable ASCII
     * characters other than space, {@code "} and {@code \\}).
     */
    public static String scopesProblem(List<String> scopes) {
        for (String scope : scopes) {
            boolean valid = !scope.isEmpty();
            for (int i = 0; valid && i < scope.length(); i++) {
                char c = scope.charAt(i);
                valid = c > 0x20 && c < 0x7f && c != '"' && c != '\\';
            }
            if (!valid) {
                return "scope '" + scope + "' must be one or more printable ASCII characters, without spaces, '\"' or '\\'";
            }
        }
        return null;
    }

    public static boolean isValidToolName(String name) {
        if (name.isEmpty() || name.length() > 128) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
