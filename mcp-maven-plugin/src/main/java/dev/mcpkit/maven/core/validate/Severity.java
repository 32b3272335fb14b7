package dev.mcpkit.maven.core.validate;

/** How much a finding matters: errors fail the build, warnings fail it in strict mode, infos never do. */
public enum Severity {
    ERROR, WARNING, INFO
}
