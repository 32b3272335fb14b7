package dev.mcpkit.maven;

import dev.mcpkit.maven.core.validate.AllowedSecret;

/**
 * A credential-scanner hit that is not a credential, with the reason:
 * <pre>{@code <allowedSecrets><allowedSecret><path>src/main/resources/demo.properties</path><rule>jwt</rule>
 *   <reason>public demo token of the sandbox API</reason></allowedSecret></allowedSecrets>}</pre>
 */
public class AllowedSecretConfig {

    /** File relative to the project (or a folder ending in '/'). */
    private String path;
    /** Optional rule id (aws-access-key, github-token, gitlab-token, slack-token, sk-key, google-api-key, private-key, jwt, secret-assignment). */
    private String rule;
    /** Why the value is harmless; required. */
    private String reason;

    AllowedSecret toAllowed() {
        return new AllowedSecret(path, rule, reason);
    }
}
