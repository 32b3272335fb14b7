package dev.mcpkit.maven.core.validate;

/**
 * A credential-scanner hit the project accepts: a file (relative path, or a prefix ending in '/') and optionally
 * the rule, with the reason that makes it harmless. Without a reason it is refused.
 */
public record AllowedSecret(String path, String rule, String reason) {

    public AllowedSecret {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("<allowedSecrets>: an entry has no <path>; name the file the value is in");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("<allowedSecrets>: the entry for " + path.trim()
                    + " has no <reason>; say why the value is not a real credential");
        }
        path = path.trim().replace('\\', '/');
        rule = rule == null || rule.isBlank() ? null : rule.trim();
    }

    public boolean matches(String file, String ruleId) {
        boolean pathMatches = path.endsWith("/") ? file.startsWith(path) : file.equals(path);
        return pathMatches && (rule == null || rule.equals(ruleId));
    }
}
