package dev.mcpkit.maven.core.project;

import java.util.Locale;

/**
 * Which files of the project directory the zip, tar.gz and .mcpb carry: README*, LICENSE* (LICENCE*), NOTICE* and
 * .env.example. One rule for {@code mcp:package}, which ships them, and {@code mcp:validate}, which scans them.
 */
public final class DistributionDocuments {

    private DistributionDocuments() {
    }

    public static boolean isDocument(String fileName) {
        String upper = fileName.toUpperCase(Locale.ROOT);
        return upper.startsWith("README") || upper.startsWith("LICENSE") || upper.startsWith("LICENCE")
                || upper.startsWith("NOTICE") || fileName.equals(".env.example");
    }
}
